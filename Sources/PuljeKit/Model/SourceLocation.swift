/// Where a value came from: file, line and column of a sheet, and for a workbook (.xlsx) the
/// worksheet. Every problem and every registration carries one, so a number in a report can be
/// traced back to its input row.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file as the user named it (relative to the data folder given on the command line).
    public let file: String
    /// 1-based physical line where the record starts (a worksheet's row number); nil for a
    /// problem with the whole file.
    public let line: Int?
    /// 1-based field number, when the problem is with one cell.
    public let column: Int?
    /// The column's header as written in the file, when known.
    public let columnName: String?
    /// The worksheet of an .xlsx file the line is on; nil for a CSV file.
    public let sheet: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, columnName: String? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.sheet = sheet
    }

    /// The same place, narrowed to one cell.
    public func cell(_ column: Int, named name: String?) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, columnName: name, sheet: sheet)
    }

    /// The cell as a spreadsheet names it (`D7`), in a worksheet: column letters, row number.
    public var cellReference: String? {
        guard sheet != nil, let line, let column, column >= 1 else { return nil }
        return Self.columnLetters(column) + String(line)
    }

    /// `1` -> `A`, `27` -> `AA` (bijective base 26, as spreadsheets count columns).
    public static func columnLetters(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            rest -= 1
            letters.append(Character(Unicode.Scalar(UInt8(65 + rest % 26))))
            rest /= 26
        }
        return String(letters.reversed())
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }

    /// `periode-6.csv:12 (hjemmebesoeg)`; in a workbook
    /// `periode-5.xlsx, ark Registrering, celle D7:7 (hjemmebesoeg)`.
    public var description: String {
        var text = file
        if let sheet { text += ", ark \(sheet)" }
        if let cellReference { text += ", celle \(cellReference)" }
        if let line { text += ":\(line)" }
        if let columnName {
            text += " (\(columnName))"
        } else if let column {
            text += " (#\(column))"
        }
        return text
    }
}
