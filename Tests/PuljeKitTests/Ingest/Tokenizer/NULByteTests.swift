import Foundation
import Testing
@testable import PuljeKit

/// A NUL byte anywhere makes the whole file `not-a-text-file` (issue 13), not only in the
/// first 64 KiB chunk: none of its rows count, including those read before the NUL.
@Suite struct NULByteTests {
    /// `rows` institution rows of 19 bytes each ("Institution00001,8\n") below a 16-byte
    /// header; row `nulRow` (1-based) has a NUL in place of its first name byte.
    static func institutionSheet(rows: Int, nulRow: Int) -> [UInt8] {
        var bytes = Array("dagtilbud,boern\n".utf8)
        for row in 1...rows {
            var line = Array("Institution\(String(String(row + 100_000).dropFirst())),8\n".utf8)
            #expect(line.count == 19)
            if row == nulRow { line[0] = 0 }
            bytes += line
        }
        return bytes
    }

    @Test func aNULByteAfterTheFirst64KiBRefusesTheWholeFile() throws {
        // Row 3,500 starts at byte 16 + 3,499 x 19 = 66,497: in the second 64 KiB chunk.
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": Self.institutionSheet(rows: 3_600, nulRow: 3_500)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Validation().run(paths: [folder.path])
        #expect(result.problems.map(\.code) == ["not-a-text-file"])
        #expect(result.files.first?.refused == true)
        #expect(result.dataset.isEmpty)
        // The rows whole in the first chunk were read before the NUL: (65,536 - 16) / 19 =
        // 3,448, every one rejected with the file.
        #expect(result.rows == 3_448)
        #expect(result.rejectedRows == 3_448)
    }

    @Test func aNULByteAfterTheFirstMebibyteOfAChildSheetRefusesTheWholeFile() throws {
        // 23-byte header, 17-byte rows ("Spiren,B000001,g\n"); row 62,000 starts at byte
        // 23 + 61,999 x 17 = 1,054,006, past 1 MiB (1,048,576).
        var bytes = Array("dagtilbud,barn,trivsel\n".utf8)
        for row in 1...62_100 {
            var line = Array("Spiren,B\(String(String(row + 1_000_000).dropFirst())),g\n".utf8)
            if row == 62_000 { line[8] = 0 }
            bytes += line
        }
        let folder = TestSupport.folder(["morsoe/periode-6-boern.csv": bytes])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Validation().run(paths: [folder.path])
        #expect(result.problems.map(\.code) == ["not-a-text-file"])
        #expect(result.dataset.isEmpty)
        // The first 16 chunks were counted into tallies before the NUL: (1,048,576 - 23) / 17
        // = 61,679 rows, all rejected with the file.
        #expect(result.rows == 61_679)
        #expect(result.rejectedRows == 61_679)
    }

    @Test func theReaderFindsANULInAnyChunkOfBytesInMemory() {
        let bytes = Self.institutionSheet(rows: 40, nulRow: 39)
        #expect(throws: CSVReaderError.binary(path: "x.csv")) {
            try CSVReader(chunkSize: 16).read(bytes: bytes, name: "x.csv", into: CellReceiver())
        }
    }
}
