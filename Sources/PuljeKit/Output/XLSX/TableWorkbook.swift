/// The workbook of `--format xlsx` (issue 17): a first sheet with the run's summary lines, then
/// one worksheet per table with a bold, frozen header row and an autofilter over the table;
/// figures are numeric cells in their kind's number format, empty cells are left empty.
public struct TableWorkbook: Sendable {
    /// The first sheet's name (`Oversigt` or `Summary`, from the wording layer).
    public let summaryName: String
    /// The summary's lines, one a row.
    public let summaryLines: [String]
    public let tables: [WorkbookTable]

    public init(summaryName: String, summaryLines: [String], tables: [WorkbookTable]) {
        self.summaryName = summaryName
        self.summaryLines = summaryLines
        self.tables = tables
    }

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(XLSXWriter.Failure) {
        let writer = try XLSXWriter(path: path)
        let summary = try writer.addSheet(named: summaryName)
        for (index, line) in summaryLines.enumerated() {
            try writer.write(text: line, sheet: summary, row: index, column: 0)
        }
        try writer.setColumnWidth(sheet: summary, first: 0, last: 0, width: 100)
        var styles: [FigureKind: XLSXWriter.Style] = [:]
        for table in tables {
            let sheet = try writer.addSheet(named: table.name)
            for (column, name) in table.header.enumerated() {
                try writer.write(text: name, sheet: sheet, row: 0, column: column, style: .bold)
                try writer.setColumnWidth(sheet: sheet, first: column, last: column, width: Double(max(10, name.count + 2)))
            }
            for (index, cells) in table.rows.enumerated() {
                for (column, cell) in cells.enumerated() {
                    switch cell {
                    case .text(let text): try writer.write(text: text, sheet: sheet, row: index + 1, column: column)
                    case .number(let value, let kind):
                        let style =
                            styles[kind]
                            ?? {
                                let style = XLSXWriter.Style(numberFormat: WorkbookTable.numberFormat(kind))
                                styles[kind] = style
                                return style
                            }()
                        try writer.write(number: value, sheet: sheet, row: index + 1, column: column, style: style)
                    case .blank: continue
                    }
                }
            }
            try writer.freezePanes(sheet: sheet, row: 1, column: 0)
            if !table.header.isEmpty {
                try writer.autofilter(
                    sheet: sheet, firstRow: 0, firstColumn: 0, lastRow: table.rows.count, lastColumn: table.header.count - 1)
            }
        }
        try writer.close()
    }
}
