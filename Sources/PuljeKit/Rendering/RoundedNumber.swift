/// A number rounded half away from zero on its exact decimal value (SPEC 6, Rounding), kept
/// as its digits: `magnitude` units of 10^-places, and a sign. Every number an output writes
/// passes through one, in CSV (`CSVWriter`) and text (`NumberFormat`) alike.
///
/// - An exact `Ratio` is rounded with integer arithmetic: 5/32 = 0.15625 is 0.1563, and
///   -7/160 = -0.04375 is -0.0438.
/// - A measured Double (kroner from decimal wages and hours, an interval bound, a p-value) is
///   rounded on its shortest decimal representation, the decimal with the fewest digits that
///   reads back as the same Double (Swift's `description`): 2.675, whose nearest Double lies
///   just below it, is 2.68. That decimal is the number the Double stands for (a decimal input
///   read, or the correctly rounded result of one operation on such, reads back as it); the
///   Double's exact binary expansion would let a digit no input had decide the half.
public struct RoundedNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Decimals after the mark.
    public let places: Int
    /// The rounded magnitude in units of 10^-places.
    let magnitude: UInt64
    /// False for every value that rounds to 0: no `-0.0000`.
    let negative: Bool

    /// The largest magnitude written digit by digit; beyond it (no count or share comes near)
    /// the initialisers give nil and the caller writes the Double as Swift spells it.
    private static let limit: UInt64 = 9_000_000_000_000_000_000

    /// `value` times 10^`shift` (2: a share as a percentage), rounded to `places` decimals.
    public init?(_ value: Ratio, places: Int, shift: Int = 0) {
        let scale = Self.powersOfTen[places + shift]
        let numerator = value.numerator.magnitude
        let denominator = value.denominator.magnitude
        let units: UInt64
        // 64 bits where they suffice (every share and mean of counts): 128-bit division is a
        // library call, and a national report rounds hundreds of thousands of shares.
        if numerator <= UInt64.max / scale, denominator <= UInt64.max {
            guard let rounded = Self.divideRoundingHalfUp(UInt64(numerator) * scale, by: UInt64(denominator)) else {
                return nil
            }
            units = rounded
        } else {
            let (scaled, overflow) = numerator.multipliedReportingOverflow(by: UInt128(scale))
            guard !overflow, let rounded = Self.divideRoundingHalfUp(scaled, by: denominator), rounded < UInt128(Self.limit)
            else { return nil }
            units = UInt64(rounded)
        }
        guard units < Self.limit else { return nil }
        self.init(magnitude: units, negative: value.numerator < 0, places: places)
    }

    /// `value` times 10^`shift`, rounded to `places` decimals on its shortest decimal
    /// representation; nil for a value that is not finite or is beyond 9e18 units.
    public init?(_ value: Double, places: Int, shift: Int = 0) {
        guard value.isFinite else { return nil }
        let digits = places + shift
        let scaled = value.magnitude * Self.doublePowersOfTen[digits]
        guard scaled < Double(Self.limit) else { return nil }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        let units: UInt64
        // Below 2^40 units the scaled Double is within 0.001 of the scaled shortest decimal
        // (a few units in its last place), so a fraction further than 0.01 from a half rounds
        // the same both ways; only near a half, or for large values, are the digits read.
        if scaled < 0x1p40 && abs(fraction - 0.5) > 0.01 {
            units = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
        } else {
            guard let exact = Self.roundedShortestDecimal(value.magnitude, places: digits) else { return nil }
            units = exact
        }
        guard units < Self.limit else { return nil }
        self.init(magnitude: units, negative: value < 0, places: places)
    }

    private init(magnitude: UInt64, negative: Bool, places: Int) {
        self.magnitude = magnitude
        self.negative = negative && magnitude != 0
        self.places = places
    }

    /// Whether the rounded value is a whole number.
    public var isWhole: Bool { magnitude % Self.powersOfTen[places] == 0 }

    /// The number with a `.` and no grouping, as CSV files and `data-*` attributes hold it.
    public var description: String { text(decimalMark: UInt8(ascii: "."), groupSeparator: nil) }

    /// The number with `decimalMark`, its whole part grouped in thousands by `groupSeparator`.
    func text(decimalMark: UInt8, groupSeparator: UInt8?) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.capacity) { buffer in
            let start = write(into: buffer, decimalMark: decimalMark, groupSeparator: groupSeparator)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// Room for any number `write` writes: 19 digits, 6 group separators, the mark and a sign.
    static let capacity = 32

    /// Writes the number right-aligned into `buffer` (at least `capacity` bytes) and returns
    /// where it starts: digit by digit, as a national report writes about a million numbers.
    func write(into buffer: UnsafeMutableBufferPointer<UInt8>, decimalMark: UInt8, groupSeparator: UInt8?) -> Int {
        precondition(buffer.count >= Self.capacity)
        var digits = magnitude
        var position = buffer.count
        func put(_ byte: UInt8) {
            position -= 1
            buffer[position] = byte
        }
        for _ in 0..<places {
            put(UInt8(ascii: "0") + UInt8(digits % 10))
            digits /= 10
        }
        if places > 0 { put(decimalMark) }
        var written = 0
        repeat {
            if let groupSeparator, written > 0 && written % 3 == 0 { put(groupSeparator) }
            put(UInt8(ascii: "0") + UInt8(digits % 10))
            digits /= 10
            written += 1
        } while digits > 0
        if negative { put(UInt8(ascii: "-")) }
        return position
    }

    /// Ordered by value; both at the same places.
    public static func < (lhs: RoundedNumber, rhs: RoundedNumber) -> Bool {
        precondition(lhs.places == rhs.places)
        return lhs.signedUnits < rhs.signedUnits
    }

    private var signedUnits: Int64 { negative ? -Int64(magnitude) : Int64(magnitude) }

    /// numerator / denominator rounded to a whole number, a half up (the operands are
    /// magnitudes, so up is away from zero); nil when rounding up overflows.
    private static func divideRoundingHalfUp<T: FixedWidthInteger & UnsignedInteger>(_ numerator: T, by denominator: T) -> T? {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        // remainder >= denominator / 2, without forming 2 * remainder.
        guard remainder >= denominator - remainder else { return quotient }
        let (up, overflow) = quotient.addingReportingOverflow(1)
        return overflow ? nil : up
    }

    /// `value` (finite, >= 0) times 10^places rounded half up on the digits of its shortest
    /// representation: `2.675` to 2 places is 268; `1e-05` to 4 places is 0.
    private static func roundedShortestDecimal(_ value: Double, places: Int) -> UInt64? {
        // Swift writes the shortest representation as `123.456`, `1e-05`, `1.5e-05` or `1e+16`.
        var digits: [UInt8] = []
        var digitsBeforePoint: Int?
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for byte in value.description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                } else {
                    digits.append(byte - UInt8(ascii: "0"))
                }
            case UInt8(ascii: "."): digitsBeforePoint = digits.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-"): exponentSign = -1
            default: continue
            }
        }
        // value = 0.d1 d2 d3 ... x 10^wholeDigits; the first `kept` digits are the units.
        let wholeDigits = (digitsBeforePoint ?? digits.count) + exponentSign * exponent
        let kept = wholeDigits + places
        var units: UInt64 = 0
        if kept > 0 {
            for index in 0..<kept {
                let (times, overflowTimes) = units.multipliedReportingOverflow(by: 10)
                let (plus, overflowPlus) = times.addingReportingOverflow(UInt64(index < digits.count ? digits[index] : 0))
                guard !overflowTimes, !overflowPlus else { return nil }
                units = plus
            }
        }
        // The first digit dropped decides: 5 or more rounds up, whatever follows.
        if (0..<digits.count).contains(kept), digits[kept] >= 5 { units += 1 }
        return units
    }

    private static let powersOfTen: [UInt64] = (0...19).map { places in (0..<places).reduce(1) { value, _ in value * 10 } }
    private static let doublePowersOfTen: [Double] = powersOfTen.map { Double($0) }
}
