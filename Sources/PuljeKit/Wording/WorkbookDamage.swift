/// Why an .xlsx workbook cannot be read at all (issue 17): the part of an `unreadable-file`
/// problem after "cannot be read". Names of sheets are shown as `[CPR]` when they look like a
/// CPR number (`SheetFile.shown`).
public enum WorkbookDamage: Hashable, Sendable, WordedText {
    /// No zip archive, or one cut short.
    case notAWorkbook
    /// The archive holds no workbook part (`xl/workbook.xml`).
    case noWorkbookPart(String)
    /// The workbook names a sheet its relationships do not place.
    case sheetPartNotNamed(sheet: String, relationships: String)
    /// The workbook's table of texts is named but missing.
    case sharedStringsMissing(String)
    /// The workbook has no worksheet.
    case noWorksheet
    /// A part, or a sheet, unpacks to more than the limit (a zip bomb, or no sheet).
    case partTooLarge(part: String, limit: Int)
    case sheetTooLarge(sheet: String, limit: Int)
    /// A part or sheet cannot be unpacked; `how` when the unpacking says.
    case partDamaged(part: String)
    case sheetDamaged(sheet: String, how: PartDamage?)
    /// Bytes that are no UTF-8 text.
    case partNotUTF8(String)
    case sheetNotUTF8(sheet: String)
    /// XML that is not well-formed; `code` is the XML parser's error number.
    case partNotXML(part: String, code: Int?)
    case sheetNotXML(sheet: String, code: Int?)
    /// A sheet's row or cell that cannot be read: the sheet, the row, the cell's column
    /// (1-based) when it is one cell, and what is wrong.
    case sheetCell(sheet: String, row: Int, column: Int?, problem: CellDamage)

    /// How a compressed part is damaged.
    public enum PartDamage: Hashable, Sendable {
        /// Its compressed data does not end where the archive says.
        case overrun
        /// The file ends inside it.
        case cutShort
        /// Its CRC-32 does not match.
        case checksum
        /// The archive has no such part.
        case missing
    }

    /// What is wrong with a row or cell of a worksheet.
    public enum CellDamage: Hashable, Sendable {
        /// A shared-string index the table of texts does not hold.
        case missingSharedString(String)
        /// A row number not after the row before.
        case rowNotAfter(String, previous: Int)
        /// A row after the last row a worksheet can have.
        case rowAfterLast
        /// A cell reference that is not a column after the last.
        case columnNotAfterLast(String)
    }

    /// `D7`, or nil for a whole row.
    var cellReference: String? {
        guard case .sheetCell(_, let row, let column?, _) = self else { return nil }
        return "\(SourceLocation.columnLetters(column))\(row)"
    }
}
