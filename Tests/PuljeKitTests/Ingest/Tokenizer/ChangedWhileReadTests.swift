import Foundation
import Testing
@testable import PuljeKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that changes while it is read (issue 13) is refused with `file-changed-while-read`:
/// none of its rows count, never a row count of no one version of the file. The changes are
/// made at fixed points of the read (after the first 16-byte chunk, or from the sink), so
/// nothing depends on timing.
@Suite struct ChangedWhileReadTests {
    /// Three institutions in 53 bytes (16 + 12 + 11 + 14): four 16-byte chunks.
    static let sheet = "dagtilbud,boern\nSolsikken,8\nRegnbuen,5\nMariehoenen,3\n"

    static func sheetFile(in folder: URL) -> SheetFile {
        let path = folder.appendingPathComponent("frederikshavn/periode-6.csv").path
        return SheetFile(path: path, displayName: "frederikshavn/periode-6.csv", catalogue: .standard)
    }

    /// Reads the sheet in 16-byte chunks; `change` runs once, after the first chunk is read.
    static func read(change: @escaping @Sendable (String) -> Void) -> (SheetReadResult, SheetFile) {
        let folder = TestSupport.folder(text: ["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = sheetFile(in: folder)
        var reader = SheetReader(catalogue: .standard, chunkSize: 16)
        let path = file.path
        reader.afterChunkRead = { bytesSoFar in if bytesSoFar == 16 { change(path) } }
        return (reader.read(file), file)
    }

    static func append(_ text: String, to path: String) {
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }

    static func expectRefused(_ result: SheetReadResult, rows: Int) {
        #expect(result.problems.map(\.code) == ["file-changed-while-read"])
        #expect(result.rows == rows)
        #expect(result.problems.first?.location == SourceLocation(file: "frederikshavn/periode-6.csv"))
        #expect(result.problems.first?.severity == .error)
        #expect(result.refused)
        #expect(result.registrations.isEmpty)
        #expect(result.rejectedRows == result.rows)
        #expect(DatasetBuilder.join([result]).dataset.isEmpty)
    }

    @Test func theUnchangedSheetReadTheSameWayGivesItsThreeRows() {
        let (result, _) = Self.read { _ in }
        #expect(result.problems.isEmpty)
        #expect(result.rows == 3 && result.registrations.count == 3 && !result.refused)
    }

    @Test func aSheetThatGrowsWhileReadIsRefusedWithNoRowCounted() {
        // 10 bytes appended after the first chunk: the fourth read passes the 53 bytes the file
        // held when opened, and reading stops there. The 48 bytes parsed hold Solsikken,
        // Regnbuen and a row cut to "Mariehoen": three rows, all rejected with the file.
        let (result, _) = Self.read { path in Self.append("Valmuen,4\n", to: path) }
        Self.expectRefused(result, rows: 3)
    }

    @Test func aSheetTruncatedWhileReadIsRefusedWithNoRowCounted() {
        // Cut after "Solsikken,8\n" (28 bytes): a whole, valid sheet of one row, but not the
        // one that was opened.
        let (result, _) = Self.read { path in _ = truncate(path, 28) }
        Self.expectRefused(result, rows: 1)
    }

    @Test func aSheetRewrittenInPlaceToTheSameSizeIsRefusedByItsModificationTime() throws {
        let folder = TestSupport.folder(text: ["frederikshavn/periode-6.csv": Self.sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = Self.sheetFile(in: folder)
        // An old modification time, so that the rewrite's is another whatever the clock's grain.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: file.path)
        var reader = SheetReader(catalogue: .standard, chunkSize: 16)
        let path = file.path
        reader.afterChunkRead = { bytesSoFar in
            guard bytesSoFar == 16 else { return }
            // Regnbuen's 5 becomes 6 (byte 28 + 9), in place: the size stays 53.
            let handle = FileHandle(forWritingAtPath: path)!
            handle.seek(toFileOffset: 37)
            handle.write(Data("6".utf8))
            handle.closeFile()
        }
        let result = reader.read(file)
        Self.expectRefused(result, rows: 3)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        #expect(size == Self.sheet.utf8.count)
    }

    /// The reader on its own: a sink that appends to its file after the first record.
    @Test func theReaderThrowsWhenItsSinkGrowsTheFile() throws {
        final class AppendingSink: CellReceiver {
            let path: String
            var records = 0
            init(path: String) {
                self.path = path
                super.init()
            }
            override func record(_ record: CSVRecord) -> ColumnPlan? {
                records += 1
                if records == 1 { ChangedWhileReadTests.append("Valmuen,4\n", to: path) }
                return nil
            }
        }
        let folder = TestSupport.folder(text: ["frederikshavn/periode-6.csv": Self.sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = Self.sheetFile(in: folder).path
        #expect(throws: CSVReaderError.changedWhileRead(path: path)) {
            try CSVReader(chunkSize: 16).read(file: path, into: AppendingSink(path: path))
        }
    }

    @Test func theReaderThrowsWhenItsSinkTruncatesTheFile() throws {
        final class TruncatingSink: CellReceiver {
            let path: String
            init(path: String) {
                self.path = path
                super.init()
            }
            override func record(_ record: CSVRecord) -> ColumnPlan? {
                if record.line == 1 { _ = truncate(path, 16) }
                return nil
            }
        }
        let folder = TestSupport.folder(text: ["frederikshavn/periode-6.csv": Self.sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = Self.sheetFile(in: folder).path
        #expect(throws: CSVReaderError.changedWhileRead(path: path)) {
            try CSVReader(chunkSize: 16).read(file: path, into: TruncatingSink(path: path))
        }
    }
}
