/// Numbers as a report prints them (SPEC 6): Danish `1.099` and `2,25` by default, English
/// `1,099` and `2.25` on request. CSV files use `CSVNumber` instead.
public struct NumberFormat: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private var groupSeparator: Character { language == .danish ? "." : "," }
    private var decimalMark: Character { language == .danish ? "," : "." }

    /// A whole number with thousands grouped: `1.099`.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(groupSeparator) }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A number with a fixed count of decimals, rounded half away from zero: `2,25`.
    public func decimal(_ value: Double, places: Int) -> String {
        let text = CSVNumber.fixed(value, places: places)
        guard let dot = text.firstIndex(of: ".") else { return grouped(text) }
        return grouped(String(text[..<dot])) + String(decimalMark) + text[text.index(after: dot)...]
    }

    /// Kroner rounded to whole kroner: `1.099 kr.` A sum beyond Int (only a data set built
    /// past the reader's count bound comes near) is written as the Double, never trapped on.
    public func kroner(_ value: Double) -> String {
        guard let whole = Int(exactly: value.rounded(.toNearestOrAwayFromZero)) else {
            return decimal(value, places: 0) + " kr."
        }
        return integer(whole) + " kr."
    }

    private func grouped(_ integerPart: String) -> String {
        guard let value = Int(integerPart) else { return integerPart }
        let text = integer(value)
        return integerPart.hasPrefix("-") && value == 0 ? "-" + text : text
    }
}

/// Numbers as CSV outputs hold them (SPEC 6): `.` decimals, no grouping, fixed places.
public enum CSVNumber {
    /// `value` rounded half away from zero to `places` decimals, without exponent. Written
    /// digit by digit: a national report formats about a million numbers.
    public static func fixed(_ value: Double, places: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digitCapacity) { buffer in
            guard let start = digits(of: value, places: places, decimalMark: UInt8(ascii: "."), into: buffer) else {
                return "\(value)"
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// Room for any number `digits` writes: 19 digits, the mark and a sign.
    static let digitCapacity = 32

    /// Writes `fixed(value, places:)` right-aligned into `buffer` (`digitCapacity` bytes) with
    /// `decimalMark`, and returns where it starts; nil for a value that is not finite or beyond
    /// 9e18 once scaled (no count or share is).
    static func digits(
        of value: Double, places: Int, decimalMark: UInt8, into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        precondition((0...9).contains(places) && buffer.count >= digitCapacity)
        let scaled = (value * powersOfTen[places]).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(scaled) < 9e18 else { return nil }
        var digits = UInt64(abs(scaled))
        let negative = scaled < 0 && digits != 0
        // Right to left: fraction digits, the mark, then at least one whole digit.
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
        repeat {
            put(UInt8(ascii: "0") + UInt8(digits % 10))
            digits /= 10
        } while digits > 0
        if negative { put(UInt8(ascii: "-")) }
        return position
    }

    private static let powersOfTen: [Double] = (0...9).map { places in (0..<places).reduce(1.0) { value, _ in value * 10 } }
}
