import Foundation
import Testing

@testable import PuljeKit

/// A workbook written through `TableWorkbook` and read back by openpyxl (a second reader,
/// `scripts/xlsx/dump-workbook.py`): figures are typed numbers with CSV's rounded value,
/// blanks are empty cells, text stays text even where it looks like a number.
@Suite struct TableWorkbookTests {
    /// openpyxl's view of a workbook, as the script prints it.
    struct Dump: Decodable {
        struct Cell: Decodable {
            let t: String
            let v: Value?
            let fmt: String?
        }
        enum Value: Decodable, Equatable {
            case text(String)
            case number(Double)
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Double.self) {
                    self = .number(number)
                } else {
                    self = .text(try container.decode(String.self))
                }
            }
        }
        struct Sheet: Decodable {
            let name: String
            let cells: [[Cell]]
            let freeze: String?
            let filter: String?
            let bold: [Bool]
        }
        let sheets: [Sheet]
    }

    static func dump(_ path: String) throws -> Dump {
        let python = try shell([TestSupport.root.appendingPathComponent("scripts/xlsx/python").path])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let json = try shell([python, TestSupport.root.appendingPathComponent("scripts/xlsx/dump-workbook.py").path, path])
        return try JSONDecoder().decode(Dump.self, from: Data(json.utf8))
    }

    static func shell(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func cellsAreTypedAsTheCSVWriterGetsThem() throws {
        var table = WorkbookTable(name: "Aktivitet", header: ["institution", "andel", "boern", "kroner"])
        // 1/3 as a share: CSV writes 0.3333 (4 decimals, half away from zero).
        table.text("3.14")
        table.number(ReportNumber(Ratio(1, 3), .share))
        table.integer(12)
        table.number(ReportNumber(Ratio(40835, 10), .kroner))
        table.endRow()
        table.text("=SUM(A1)")
        table.blank()
        table.integer(nil)
        table.number(nil)
        table.endRow()
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        try TableWorkbook(summaryName: "Oversigt", summaryLines: ["Linje 1", "Linje 2"], tables: [table]).write(to: path)

        let dump = try Self.dump(path)
        #expect(dump.sheets.map(\.name) == ["Oversigt", "Aktivitet"])
        #expect(dump.sheets[0].cells.map { $0.first?.v } == [.text("Linje 1"), .text("Linje 2")])
        let sheet = dump.sheets[1]
        #expect(sheet.freeze == "A2")
        #expect(sheet.filter == "A1:D3")
        #expect(sheet.bold == [true, true, true, true])
        #expect(sheet.cells[0].map(\.v) == ["institution", "andel", "boern", "kroner"].map { .text($0) })
        let first = sheet.cells[1]
        #expect(first.map(\.t) == ["s", "n", "n", "n"])
        #expect(first.map(\.v) == [.text("3.14"), .number(0.3333), .number(12), .number(4084)])
        #expect(first.map(\.fmt) == [nil, "0.0000", "#,##0", "#,##0"])
        let second = sheet.cells.count > 2 ? sheet.cells[2] : []
        #expect(second.first?.v == .text("=SUM(A1)"))
        #expect(second.dropFirst().allSatisfy { $0.t == "e" })
    }

    @Test func sheetNamesAreCheckedBeforeWriting() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try XLSXWriter(path: folder.appendingPathComponent("n.xlsx").path)
        _ = try writer.addSheet(named: "Skalaer")
        #expect(throws: XLSXWriter.Failure.self) { try writer.addSheet(named: "skalaer") }
        #expect(throws: XLSXWriter.Failure.self) { try writer.addSheet(named: String(repeating: "x", count: 32)) }
        #expect(throws: XLSXWriter.Failure.self) { try writer.addSheet(named: "a/b") }
        try writer.close()
        #expect(throws: XLSXWriter.Failure.self) { try writer.close() }
    }
}
