import CLibXLSXWriter

/// Writes one .xlsx workbook through libxlsxwriter (issue 17): the only type that touches
/// `CLibXLSXWriter`. It hands out sheet handles, writes text, numbers and empty cells with an
/// optional `Style`, and creates each style's C format once. The C pointers are internal, not
/// private, so that extensions in this module (data validation, sheet protection) can reach
/// them; nothing outside `Output/XLSX` should.
///
/// libxlsxwriter keeps the whole workbook in memory and writes the file at `close()`; a
/// writer that is never closed writes nothing and its memory is freed in `deinit`.
public final class XLSXWriter {
    /// A cell's look: at most one C format per distinct style in a workbook.
    public struct Style: Hashable, Sendable {
        /// Bold type (a header row).
        public var bold: Bool
        /// An Excel number format such as `0.00` or `#,##0`; the spreadsheet shows it with
        /// its own locale's separators, the stored value is unchanged.
        public var numberFormat: String?
        /// False: the cell may be edited when the sheet is protected.
        public var locked: Bool
        /// Wraps long text within the cell.
        public var wrap: Bool

        public init(bold: Bool = false, numberFormat: String? = nil, locked: Bool = true, wrap: Bool = false) {
            self.bold = bold
            self.numberFormat = numberFormat
            self.locked = locked
            self.wrap = wrap
        }

        /// The header row's style.
        public static let bold = Style(bold: true)
    }

    /// A step that libxlsxwriter refused, where it was and the library's own reason.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The workbook's path.
        public let path: String
        /// What was being done (`open`, `add worksheet`, `write`, `autofilter`, `close`, ...).
        public let step: String
        /// The worksheet's name, when the step was on a sheet.
        public let sheet: String?
        /// The zero-based cell, when the step was on a cell.
        public let row: Int?
        public let column: Int?
        /// libxlsxwriter's error number (`lxw_error`), 0 when it returned no number (a null pointer).
        public let code: Int
        /// libxlsxwriter's English text for `code`.
        public let reason: String

        /// The English sentence, for logs and test output.
        public var description: String {
            var place = path
            if let sheet { place += ", sheet \(sheet)" }
            if let row, let column { place += ", row \(row + 1), column \(column + 1)" }
            return "\(step) failed (\(place)): \(reason)"
        }
    }

    /// A worksheet of the workbook; valid while its writer lives and is not closed.
    public struct Sheet {
        /// libxlsxwriter's worksheet (owned by the workbook).
        let pointer: UnsafeMutablePointer<lxw_worksheet>
        /// The worksheet's name as given to `addSheet`.
        public let name: String
    }

    /// The workbook's path.
    public let path: String
    /// libxlsxwriter's workbook; nil once closed.
    var workbook: UnsafeMutablePointer<lxw_workbook>?
    /// One C format per style; the workbook owns them.
    var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]
    /// Names given to sheets, compared as Excel does (case-insensitively).
    private var sheetNames: Set<String> = []

    /// Starts a workbook that `close()` writes to `path`.
    public init(path: String) throws(Failure) {
        self.path = path
        guard let workbook = workbook_new(path) else {
            throw Failure(
                path: path, step: "open", sheet: nil, row: nil, column: nil, code: 0,
                reason: "libxlsxwriter could not start the workbook")
        }
        self.workbook = workbook
    }

    deinit {
        // An unclosed workbook: free its memory. workbook_close would write the file, which
        // an abandoned writer must not do, so the library's free is called directly.
        if let workbook { lxw_workbook_free(workbook) }
    }

    /// The longest worksheet name Excel accepts.
    public static let maximumSheetNameLength = 31

    /// Adds a worksheet named `name` (at most 31 characters, none of `[]:*?/\`, unique
    /// ignoring case), after those already added.
    public func addSheet(named name: String) throws(Failure) -> Sheet {
        let workbook = try open("add worksheet", sheet: name)
        let check = workbook_validate_sheet_name(workbook, name)
        guard check == LXW_NO_ERROR, sheetNames.insert(name.lowercased()).inserted else {
            throw failure("add worksheet", sheet: name, error: check == LXW_NO_ERROR ? LXW_ERROR_SHEETNAME_ALREADY_USED : check)
        }
        guard let pointer = workbook_add_worksheet(workbook, name) else {
            throw failure("add worksheet", sheet: name, error: LXW_ERROR_MEMORY_MALLOC_FAILED)
        }
        return Sheet(pointer: pointer, name: name)
    }

    /// Writes a text cell (always a string, even one that looks like a number or a formula).
    public func write(text: String, sheet: Sheet, row: Int, column: Int, style: Style? = nil) throws(Failure) {
        let format = try self.format(style)
        let error = worksheet_write_string(sheet.pointer, try rowIndex(row, sheet), try columnIndex(column, sheet), text, format)
        try check(error, "write text", sheet: sheet, row: row, column: column)
    }

    /// Writes a numeric cell holding `number`; `style`'s number format decides how it is shown.
    public func write(number: Double, sheet: Sheet, row: Int, column: Int, style: Style? = nil) throws(Failure) {
        let format = try self.format(style)
        let error = worksheet_write_number(
            sheet.pointer, try rowIndex(row, sheet), try columnIndex(column, sheet), number, format)
        try check(error, "write number", sheet: sheet, row: row, column: column)
    }

    /// Writes an empty cell. Without a style there is nothing to store and nothing is written;
    /// with one the cell keeps its look (an unlocked input cell).
    public func writeBlank(sheet: Sheet, row: Int, column: Int, style: Style? = nil) throws(Failure) {
        let format = try self.format(style)
        let error = worksheet_write_blank(sheet.pointer, try rowIndex(row, sheet), try columnIndex(column, sheet), format)
        try check(error, "write blank", sheet: sheet, row: row, column: column)
    }

    /// Freezes the rows above `row` and the columns left of `column` (1, 0: a header row).
    public func freezePanes(sheet: Sheet, row: Int, column: Int) throws(Failure) {
        worksheet_freeze_panes(sheet.pointer, try rowIndex(row, sheet), try columnIndex(column, sheet))
    }

    /// An autofilter over the rectangle from (`firstRow`, `firstColumn`) to (`lastRow`,
    /// `lastColumn`), zero-based and inclusive; the first row holds the headers.
    public func autofilter(sheet: Sheet, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(Failure) {
        let error = worksheet_autofilter(
            sheet.pointer, try rowIndex(firstRow, sheet), try columnIndex(firstColumn, sheet), try rowIndex(lastRow, sheet),
            try columnIndex(lastColumn, sheet))
        try check(error, "autofilter", sheet: sheet, row: firstRow, column: firstColumn)
    }

    /// Sets the width of columns `first` through `last` (zero-based, inclusive), in characters
    /// of the default font, optionally with a style for the column's empty cells.
    public func setColumnWidth(sheet: Sheet, first: Int, last: Int, width: Double, style: Style? = nil) throws(Failure) {
        let format = try self.format(style)
        let error = worksheet_set_column(
            sheet.pointer, try columnIndex(first, sheet), try columnIndex(last, sheet), width, format)
        try check(error, "column width", sheet: sheet, row: nil, column: nil)
    }

    /// Writes the file and frees the workbook; the writer cannot be used after it, whether it
    /// succeeded or threw.
    public func close() throws(Failure) {
        let workbook = try open("close", sheet: nil)
        self.workbook = nil
        formats = [:]
        let error = workbook_close(workbook)
        guard error == LXW_NO_ERROR else { throw failure("close", sheet: nil, error: error) }
    }

    // MARK: - For this type and its extensions

    /// The workbook, or a failure naming `step` when it is already closed.
    func open(_ step: String, sheet: String?) throws(Failure) -> UnsafeMutablePointer<lxw_workbook> {
        guard let workbook else {
            throw Failure(
                path: path, step: step, sheet: sheet, row: nil, column: nil, code: 0, reason: "the workbook is closed")
        }
        return workbook
    }

    /// The C format for `style`, created once; nil (the default look) for nil.
    func format(_ style: Style?) throws(Failure) -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let cached = formats[style] { return cached }
        let workbook = try open("add format", sheet: nil)
        guard let format = workbook_add_format(workbook) else {
            throw failure("add format", sheet: nil, error: LXW_ERROR_MEMORY_MALLOC_FAILED)
        }
        if style.bold { format_set_bold(format) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if !style.locked { format_set_unlocked(format) }
        if style.wrap { format_set_text_wrap(format) }
        formats[style] = format
        return format
    }

    /// Throws a located failure unless `error` is `LXW_NO_ERROR`.
    func check(_ error: lxw_error, _ step: String, sheet: Sheet, row: Int?, column: Int?) throws(Failure) {
        guard error != LXW_NO_ERROR else { return }
        throw failure(step, sheet: sheet.name, row: row, column: column, error: error)
    }

    func failure(_ step: String, sheet: String?, row: Int? = nil, column: Int? = nil, error: lxw_error) -> Failure {
        let reason = lxw_strerror(error).map { String(cString: $0) } ?? "error \(error.rawValue)"
        return Failure(
            path: path, step: step, sheet: sheet, row: row, column: column, code: Int(error.rawValue), reason: reason)
    }

    /// Excel's limits: 1,048,576 rows and 16,384 columns.
    func rowIndex(_ row: Int, _ sheet: Sheet) throws(Failure) -> lxw_row_t {
        guard (0..<1_048_576).contains(row) else {
            throw failure("cell", sheet: sheet.name, row: row, column: 0, error: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        }
        return lxw_row_t(row)
    }

    func columnIndex(_ column: Int, _ sheet: Sheet) throws(Failure) -> lxw_col_t {
        guard (0..<16_384).contains(column) else {
            throw failure("cell", sheet: sheet.name, row: 0, column: column, error: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        }
        return lxw_col_t(column)
    }
}
