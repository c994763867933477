/// How text of a language writes a number (summary.txt, diff.txt, the cost tables,
/// report.html, messages): the decimal mark and the thousands separator. `NumberFormat` writes
/// every figure with the notation of its language; CSV files keep their own (`CSVWriter`).
public struct NumberNotation: Sendable, Hashable {
    /// Between the whole part and the decimals: `,` in Danish (`2,25`), `.` in English.
    public let decimalMark: UInt8
    /// Between groups of three digits of the whole part: `.` in Danish (`1.099`), `,` in English.
    public let groupSeparator: UInt8
}

extension Language {
    /// The notation this language writes numbers in: Danish `1.099,5`, English `1,099.5`.
    public var numberNotation: NumberNotation {
        switch self {
        case .danish: NumberNotation(decimalMark: UInt8(ascii: ","), groupSeparator: UInt8(ascii: "."))
        case .english: NumberNotation(decimalMark: UInt8(ascii: "."), groupSeparator: UInt8(ascii: ","))
        }
    }

    /// `count` in this language's notation with its noun in the number the count asks for:
    /// the singular with exactly one, the plural with every other count, 0 included (`1 fil`,
    /// `0 filer`, `1.099 rækker`; `1 file`, `2 files`). Both languages follow this rule; the
    /// nouns are the language tables'.
    func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        NumberFormat(self).integer(count) + " " + (count == 1 ? singular : plural)
    }
}
