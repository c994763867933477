/// An exact ratio of whole numbers: the value of every figure computed from counts (a share
/// k / n, a mean rating sum / n, children per period sum / periods) and of the differences and
/// quotients of such figures. Kept exact so that reports round it on its exact decimal value
/// (SPEC 6, Rounding): 89/160 - 3/5 is -0.04375, but the difference of the two nearest
/// Doubles is -0.043749999999999956, which rounds to -0.0437.
///
/// Always in lowest terms with a positive denominator, so equal values are equal ratios.
/// 128-bit: a count is at most 1,000,000 per cell (the reader's bound), so sums over a
/// national data set, and the products a difference of two ratios forms, stay far inside.
public struct Ratio: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let numerator: Int128
    /// Greater than 0.
    public let denominator: Int128

    /// `numerator / denominator`; the denominator must not be 0.
    public init(_ numerator: Int, _ denominator: Int = 1) {
        self.init(Int128(numerator), Int128(denominator))
    }

    /// A whole number.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    init(_ numerator: Int128, _ denominator: Int128) {
        precondition(denominator != 0, "a ratio needs a denominator other than 0")
        let divisor = Self.greatestCommonDivisor(numerator, denominator)
        let sign: Int128 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / divisor
        self.denominator = sign * denominator / divisor
    }

    /// The nearest Double, for computing (chart geometry, tests), never for printing.
    public var double: Double { Double(numerator) / Double(denominator) }

    public var isWhole: Bool { denominator == 1 }

    /// -1, 0 or 1.
    public var signum: Int { numerator < 0 ? -1 : numerator > 0 ? 1 : 0 }

    /// This ratio divided by `divisor`; nil when `divisor` is 0.
    public func divided(by divisor: Ratio) -> Ratio? {
        guard divisor.numerator != 0 else { return nil }
        return Ratio(numerator * divisor.denominator, denominator * divisor.numerator)
    }

    public static func - (lhs: Ratio, rhs: Ratio) -> Ratio {
        // Over the least common denominator, so that the products stay as small as they can.
        let common = greatestCommonDivisor(lhs.denominator, rhs.denominator)
        return Ratio(
            lhs.numerator * (rhs.denominator / common) - rhs.numerator * (lhs.denominator / common),
            lhs.denominator / common * rhs.denominator)
    }

    public static func < (lhs: Ratio, rhs: Ratio) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    /// `3/8`, or `3` when whole.
    public var description: String { isWhole ? "\(numerator)" : "\(numerator)/\(denominator)" }

    /// Euclid's algorithm on the magnitudes, in 64 bits where they fit (every count does):
    /// 128-bit division is a library call.
    private static func greatestCommonDivisor(_ a: Int128, _ b: Int128) -> Int128 {
        var a = a.magnitude
        var b = b.magnitude
        while b != 0 {
            if a <= UInt64.max && b <= UInt64.max {
                var small = (UInt64(a), UInt64(b))
                while small.1 != 0 { small = (small.1, small.0 % small.1) }
                return Int128(small.0)
            }
            (a, b) = (b, a % b)
        }
        return a == 0 ? 1 : Int128(a)
    }
}
