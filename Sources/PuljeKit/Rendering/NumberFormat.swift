/// Numbers as text shows them (summary.txt, diff.txt, the cost tables, report.html; SPEC 6):
/// Danish `1.099` and `2,25` by default, English `1,099` and `2.25` on request, each figure as
/// its `FigureKind` writes it in text. CSV files are written by `CSVWriter` from the same kinds.
public struct NumberFormat: Sendable {
    public let language: Language

    /// The language's decimal mark and thousands separator (the wording layer's).
    private let notation: NumberNotation

    public init(_ language: Language) {
        self.language = language
        notation = language.numberNotation
    }

    private var groupSeparator: UInt8 { notation.groupSeparator }
    private var decimalMark: UInt8 { notation.decimalMark }

    /// A whole number with thousands grouped: `1.099`.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(Character(UnicodeScalar(groupSeparator))) }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A figure as its kind shows it in `medium`, rounded half away from zero on its exact
    /// decimal value: `2,25` (a mean), `78,5` (a share of 0.785 as a percentage), `4.083,50`
    /// (children per period). A p-value below 0.001 is `<0,001`.
    public func text(_ number: ReportNumber, _ medium: FigureKind.Medium = .text) -> String {
        if number.kind == .probability, case .measured(let p) = number.value, p < 0.001 {
            return "<" + text(ReportNumber(measured: 0.001, .probability), medium)
        }
        guard let rounded = number.rounded(medium) else { return number.fallback }
        return rounded.text(decimalMark: decimalMark, groupSeparator: groupSeparator)
    }

    /// Kroner, whole: `1.099 kr.` A sum beyond 9e18 (only a data set built past the reader's
    /// count bound comes near) is written as the Double, never trapped on.
    public func kroner(_ value: Double) -> String {
        text(ReportNumber(measured: value, .kroner)) + " kr."
    }
}
