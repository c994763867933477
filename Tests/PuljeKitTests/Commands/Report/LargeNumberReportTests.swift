import Foundation
import Testing
@testable import PuljeKit

/// Nothing downstream of the reader traps on a large number (issue 13): `report` on a sheet
/// with 10^16 home visits used to pass `validate` and die of SIGILL pricing them.
@Suite struct LargeNumberReportTests {
    /// The `pulje` built beside the test bundle (`swift test` builds it), else in .build/debug.
    static var pulje: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pulje").path,
            TestSupport.root.appendingPathComponent(".build/debug/pulje").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, reason: Process.TerminationReason, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(pulje, "build pulje first"))
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, output)
    }

    @Test func reportOnAHugeCountExitsWithALocatedErrorNotACrash() throws {
        let folder = TestSupport.folder(text: [
            "frederikshavn/periode-6.csv": "dagtilbud,boern,hjemmebesoeg\nSolsikken,10,10000000000000000\nRegnbuen,8,3\n"
        ])
        let reports = TestSupport.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: reports)
        }
        let out = reports.appendingPathComponent("report").path
        let refused = try Self.run(["report", folder.path, "--out", out, "--lang", "en"])
        #expect(refused.reason == .exit && refused.status == 1, "\(refused.output)")
        #expect(refused.output.contains("line 2, hjemmebesoeg: error [count-implausible]"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // Skipping the invalid row, the report is written from Regnbuen alone.
        let skipped = try Self.run(["report", folder.path, "--out", out, "--skip-invalid", "--format", "text,csv,html"])
        #expect(skipped.reason == .exit && skipped.status == 0, "\(skipped.output)")
        let activity = try String(contentsOfFile: out + "/activity.csv", encoding: .utf8)
        #expect(activity.contains("frederikshavn,*,6,virkning,hjemmebesoeg,3,1\n"))
    }

    @Test func aHugeCountBuiltPastTheReaderIsReportedWithoutTrapping() {
        // 10^16 home visits cost about 10^19 kr., beyond Int: formatted, not converted.
        let registration = Registration(
            key: CountBoundTests.solsikken, counts: [.hjemmebesoeg: 10_000_000_000_000_000, .boern: 10])
        let result = ValidationResult(dataset: Dataset([registration]), problems: [], files: [], extraRejectedRows: 0)
        let files = DataReport(result, catalogue: .standard, name: "huge").files()
        #expect(files.map(\.name).contains("summary.txt"))
        let activity = files.first { $0.name == "activity.csv" }?.contents ?? ""
        #expect(activity.contains("frederikshavn,Solsikken,6,virkning,hjemmebesoeg,10000000000000000,1\n"))
    }

    @Test func numbersBeyondIntAreFormattedNotTrappedOn() {
        // Double(Int.max) is 2^63, one past Int.max: converting it to Int would trap.
        var writer = CSVWriter(continuing: .standard)
        writer.number(ReportNumber(measured: Double(Int.max), .perPeriod))
        writer.number(ReportNumber(measured: 1e19, .kroner))
        writer.endRow()
        #expect(writer.text == "9.223372036854776e+18,1e+19\n")
        #expect(NumberFormat(.danish).text(ReportNumber(measured: 1e19, .perPeriod)) == "1e+19")
        #expect(NumberFormat(.danish).kroner(1e19) == "1e+19 kr.")
        #expect(NumberFormat(.danish).kroner(1_099.4) == "1.099 kr.")
    }
}
