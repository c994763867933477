#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The .xlsx tokenizer (issue 17): reads a workbook's registration worksheet, the first one
/// whose first rows hold a sheet header (an instructions sheet before it is passed over; with
/// none, the first worksheet, which the interpreter then refuses for what it lacks), and hands
/// its rows to the same `CellReceiver` as CSV: whole records until the receiver has a plan,
/// then cell by cell. Cells are typed (`CellKind`); line numbers are the worksheet's rows.
/// Every sheet name and every text of the workbook are searched for CPR numbers too.
struct XLSXReader: SheetTokenizer {
    /// The most bytes a worksheet may unpack to: a child sheet of a million rows fits, a zip
    /// bomb does not.
    var sheetLimit = 2 << 30
    /// The most bytes another part (the table of texts, the styles) may unpack to.
    var partLimit = 256 << 20

    func read(file path: String, into receiver: CellReceiver) throws(CSVReaderError) -> CSVReadSummary {
        guard let opened = FileStatus.of(path: path) else { throw .unreadable(path: path, errno: errno) }
        if let type = opened.type { throw .notRegularFile(path: path, type: type) }
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(path: path, limit: partLimit)
        } catch {
            throw .damagedWorkbook(path: path, damage: error.damage)
        }
        // Numbers come as decimal-point text, whatever the locale of the office that saved them.
        let dialect = CSVDialect(delimiter: CSVDialect.comma, encoding: .utf8)
        receiver.begin(dialect: dialect)
        let sheet: XLSXWorkbook.Worksheet
        do throws(XLSXWorkbook.Unreadable) {
            guard let found = try registrationSheet(of: workbook) else {
                throw XLSXWorkbook.Unreadable(damage: .noWorksheet)
            }
            sheet = found
            receiver.worksheet(sheet.name)
            let delivery = RowDelivery(receiver: receiver)
            try workbook.rows(of: sheet, limit: sheetLimit) { number, cells in
                delivery.row(number, cells)
                return true
            }
        } catch {
            throw .damagedWorkbook(path: path, damage: error.damage)
        }
        // SPEC 3.5: a CPR number anywhere refuses the file, in the sheets not read as well.
        // The other sheets' cells before the table of texts, so that a number there is located.
        for name in workbook.sheetNames { search(name, receiver) }
        do throws(XLSXWorkbook.Unreadable) {
            for other in workbook.worksheets where other.part != sheet.part {
                try workbook.rows(of: other, limit: sheetLimit) { number, cells in
                    for cell in cells { search(cell.text, receiver, sheet: other.name, line: number, column: cell.column) }
                    return true
                }
            }
        } catch {
            throw .damagedWorkbook(path: path, damage: error.damage)
        }
        for text in workbook.context.sharedStrings { search(text, receiver) }
        guard FileStatus.of(path: path) == opened else { throw .changedWhileRead(path: path) }
        return CSVReadSummary(dialect: dialect, bytes: opened.size)
    }

    /// The first worksheet with a `dagtilbud` column (or an alias) in its first
    /// `HeaderSearch.lines` rows; else the first worksheet.
    private func registrationSheet(of workbook: XLSXWorkbook) throws(XLSXWorkbook.Unreadable) -> XLSXWorkbook.Worksheet? {
        for sheet in workbook.worksheets {
            var found = false
            try workbook.rows(of: sheet, limit: sheetLimit) { number, cells in
                guard number <= HeaderSearch.lines else { return false }
                found = cells.contains { $0.kind == .text && ColumnRole(header: $0.text) == .institution }
                return !found
            }
            if found { return sheet }
        }
        return workbook.worksheets.first
    }

    private func search(
        _ text: String, _ receiver: CellReceiver, sheet: String? = nil, line: Int? = nil, column: Int? = nil
    ) {
        var text = text
        text.withUTF8 { receiver.textOutsideRows(UnsafeRawBufferPointer($0), sheet: sheet, line: line, column: column) }
    }
}
