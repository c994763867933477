/// A small CSV file read whole into strings: the catalogue's tables and other reference data,
/// where convenience beats the streaming path sheets take.
public struct CSVTable: Sendable {
    /// The header cells, as written.
    public let header: [String]
    /// Data rows with the line each starts on.
    public let rows: [(line: Int, cells: [String])]
    public let name: String

    /// Reads a file or bytes; malformed quoting is thrown as a located error.
    public init(bytes: [UInt8], name: String) throws(CSVTableError) {
        var collector = Collector()
        do {
            try CSVReader().read(bytes: bytes, name: name, into: &collector)
        } catch {
            throw .unreadable(name: name, reason: error)
        }
        if let line = collector.malformedLine { throw .malformedQuoting(name: name, line: line) }
        guard let header = collector.records.first else { throw .empty(name: name) }
        self.name = name
        self.header = header.cells
        self.rows = Array(collector.records.dropFirst())
        var columns: [String: Int] = [:]
        for (index, cell) in header.cells.enumerated() where columns[ColumnName.fold(cell)] == nil {
            columns[ColumnName.fold(cell)] = index
        }
        self.columns = columns
    }

    /// Folded header name -> first column with it.
    private let columns: [String: Int]

    /// Index of a column, matched like sheet headers (SPEC 3.4 folding).
    public func column(_ name: String) -> Int? {
        columns[ColumnName.fold(name)]
    }

    /// A row's cell in a column: nil when the table has no such column, empty when the row is
    /// shorter than the header.
    public func cell(_ row: (line: Int, cells: [String]), _ column: String) -> String? {
        guard let index = self.column(column) else { return nil }
        return index < row.cells.count ? row.cells[index] : ""
    }

    private struct Collector: CSVConsumer {
        var encoding = TextEncoding.utf8
        var records: [(line: Int, cells: [String])] = []
        var malformedLine: Int?

        mutating func begin(dialect: CSVDialect) { encoding = dialect.encoding }

        mutating func consume(_ record: CSVRecord) {
            let cells = (0..<record.countIgnoringTrailingEmpty).map {
                encoding.decode(record[$0].bytes).trimmingSpaces()
            }
            records.append((record.line, cells))
        }

        mutating func malformedQuoting(line: Int, unterminated: Bool) {
            if malformedLine == nil { malformedLine = line }
        }
    }
}

/// Why a reference table could not be read. Its sentence is `FailureMessage`'s (exit 2).
public enum CSVTableError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(name: String, reason: CSVReaderError)
    case malformedQuoting(name: String, line: Int)
    case empty(name: String)

    /// The English sentence, for logs and test output.
    public var description: String { FailureMessage(self).sentence(.english) }
}

extension String {
    /// Without surrounding spaces and tabs (what SPEC 3.4 ignores around values).
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" { view.removeLast() }
        return String(view)
    }
}
