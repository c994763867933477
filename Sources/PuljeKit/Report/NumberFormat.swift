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

    /// Kroner rounded to whole kroner: `1.099 kr.`
    public func kroner(_ value: Double) -> String {
        integer(Int(value.rounded(.toNearestOrAwayFromZero))) + " kr."
    }

    private func grouped(_ integerPart: String) -> String {
        guard let value = Int(integerPart) else { return integerPart }
        let text = integer(value)
        return integerPart.hasPrefix("-") && value == 0 ? "-" + text : text
    }
}

/// Numbers as CSV outputs hold them (SPEC 6): `.` decimals, no grouping, fixed places.
public enum CSVNumber {
    /// `value` rounded half away from zero to `places` decimals, without exponent.
    public static func fixed(_ value: Double, places: Int) -> String {
        let scale = pow10(places)
        let rounded = (value * scale).rounded(.toNearestOrAwayFromZero) / scale
        if places == 0 { return String(Int(rounded)) }
        let negative = rounded < 0
        let scaled = Int((abs(rounded) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return (negative && scaled != 0 ? "-" : "") + "\(whole).\(fraction)"
    }

    private static func pow10(_ places: Int) -> Double {
        (0..<places).reduce(1.0) { value, _ in value * 10 }
    }
}
