import Foundation
@testable import PuljeKit

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ relative: String) -> String {
        root.appendingPathComponent("Fixtures").appendingPathComponent(relative).path
    }

    /// A fresh temporary folder, removed by the caller's `defer`.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pulje-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes files (relative path -> bytes) below a new temporary folder and returns it.
    static func folder(_ files: [String: [UInt8]]) -> URL {
        let folder = temporaryFolder()
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try! FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(bytes).write(to: url)
        }
        return folder
    }

    static func folder(text files: [String: String]) -> URL {
        folder(files.mapValues { Array($0.utf8) })
    }

    /// Validates a folder with the standard catalogue.
    static func validate(_ folder: URL) -> ValidationResult {
        try! Validation().run(paths: [folder.path])
    }
}

/// Collects what a CSVReader delivers, as strings, for assertions.
struct RecordCollector: CSVConsumer {
    var dialect: CSVDialect?
    var records: [(line: Int, cells: [String?])] = []
    var malformed: [(line: Int, unterminated: Bool)] = []

    mutating func begin(dialect: CSVDialect) { self.dialect = dialect }

    mutating func consume(_ record: CSVRecord) {
        let cells: [String?] = (0..<record.count).map { index in
            let field = record[index]
            return field.isNull ? nil : dialect!.encoding.decode(field.bytes)
        }
        records.append((record.line, cells))
    }

    mutating func malformedQuoting(line: Int, unterminated: Bool) {
        malformed.append((line, unterminated))
    }

    static func read(_ text: String, chunkSize: Int = 1 << 16) -> RecordCollector {
        read(Array(text.utf8), chunkSize: chunkSize)
    }

    static func read(_ bytes: [UInt8], chunkSize: Int = 1 << 16) -> RecordCollector {
        var collector = RecordCollector()
        try! CSVReader(chunkSize: chunkSize).read(bytes: bytes, name: "test.csv", into: &collector)
        return collector
    }
}

extension CSVWriter {
    /// A row of text cells, for the tests of quoting and neutralising.
    mutating func textRow(_ cells: [String]) {
        for cell in cells { text(cell) }
        endRow()
    }
}
