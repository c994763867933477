import Foundation

/// Writes tidy CSV (SPEC 6): UTF-8, `,`-separated, a header, RFC 4180 quoting where needed,
/// and cells that a spreadsheet would run as a formula neutralised. The Danish-Excel variant
/// uses `;`, a decimal comma and a byte-order mark.
public struct CSVWriter: Sendable {
    public enum Style: String, Sendable {
        case standard
        /// For Danish Excel: `;`, decimal comma, BOM.
        case danishExcel
    }

    public let style: Style
    private var lines: [String] = []

    public init(header: [String], style: Style = .standard) {
        self.style = style
        lines.append(row(header))
    }

    /// Appends a row of cells. Numbers should already be formatted with `CSVNumber`; the
    /// Danish-Excel style turns their decimal point into a comma.
    public mutating func append(_ cells: [String]) {
        lines.append(row(cells))
    }

    /// The file's bytes.
    public var text: String {
        (style == .danishExcel ? "\u{FEFF}" : "") + lines.map { $0 + "\n" }.joined()
    }

    private var delimiter: Character { style == .danishExcel ? ";" : "," }

    private func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: String(delimiter))
    }

    private func cell(_ raw: String) -> String {
        var value = raw
        if style == .danishExcel, Self.isNumber(value) {
            value = value.replacingOccurrences(of: ".", with: ",")
        }
        // SPEC 6: a cell starting with = + - @ that is not a number must not run as a formula.
        if let first = value.first, "=+-@".contains(first), !Self.isNumber(value) {
            value = "'" + value
        }
        if value.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            value = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// A plain decimal number such as `-12` or `0.2500`.
    static func isNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
