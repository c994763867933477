/// One table of a workbook (`--format xlsx`, issue 17): a worksheet's name, its header and its
/// rows, each cell typed as the CSV writer gets it (text, a figure of a `FigureKind`, or
/// empty), so that the worksheet holds the same values as the CSV file. It is built with the
/// calls `CSVWriter` takes (`text`, `blank`, `integer`, `number`, `flag`, `endRow`).
public struct WorkbookTable: Sendable {
    /// A cell as the engine wrote it.
    public enum Cell: Sendable, Equatable {
        /// A name, an id, a message: a string cell, never read as a number.
        case text(String)
        /// A figure: its value as CSV writes it (rounded as its kind says) and its kind.
        case number(Double, FigureKind)
        /// Not registered, or suppressed: an empty cell.
        case blank
    }

    /// The worksheet's name (at most 31 characters, unique in the workbook).
    public let name: String
    public let header: [String]
    public private(set) var rows: [[Cell]] = []
    private var row: [Cell] = []

    public init(name: String, header: [String]) {
        self.name = name
        self.header = header
    }

    /// Appends a text cell.
    public mutating func text(_ value: String) { row.append(.text(value)) }

    /// Appends an empty cell.
    public mutating func blank() { row.append(.blank) }

    /// Appends a whole number, or an empty cell for nil.
    public mutating func integer(_ value: Int?) {
        if let value { row.append(.number(Double(value), .count)) } else { blank() }
    }

    /// Appends a figure rounded as CSV writes it (`CSVWriter.number`), so the cell's value is
    /// the CSV file's; an empty cell for nil.
    public mutating func number(_ value: ReportNumber?) {
        guard let value else { return blank() }
        var writer = CSVWriter(continuing: .standard)
        writer.number(value)
        let text = writer.text
        if let number = Double(text) { row.append(.number(number, value.kind)) } else { row.append(.text(text)) }
    }

    /// Appends `true` or `false`, as text (as in CSV).
    public mutating func flag(_ value: Bool) { text(value ? "true" : "false") }

    /// Ends the row being written.
    public mutating func endRow() {
        rows.append(row)
        row = []
    }

    /// The Excel number format that shows a figure of `kind` with CSV's decimals; a Danish
    /// spreadsheet shows it with a decimal comma, the value unchanged.
    static func numberFormat(_ kind: FigureKind) -> String {
        let rendering = kind.rendering(.csv)
        if rendering.wholeWithoutDecimals { return "General" }
        if rendering.places == 0 { return "#,##0" }
        return "0." + String(repeating: "0", count: rendering.places)
    }
}
