/// Where a value came from: file, line and column of a sheet. Every problem and every
/// registration carries one, so a number in a report can be traced back to its input row.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file as the user named it (relative to the data folder given on the command line).
    public let file: String
    /// 1-based physical line where the record starts; nil for a problem with the whole file.
    public let line: Int?
    /// 1-based field number, when the problem is with one cell.
    public let column: Int?
    /// The column's header as written in the file, when known.
    public let columnName: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, columnName: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
    }

    /// The same place, narrowed to one cell.
    public func cell(_ column: Int, named name: String?) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, columnName: name)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }

    /// `periode-6.csv:12 (hjemmebesoeg)`
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let columnName {
            text += " (\(columnName))"
        } else if let column {
            text += " (#\(column))"
        }
        return text
    }
}
