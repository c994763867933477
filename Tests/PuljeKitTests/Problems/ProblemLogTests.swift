import Foundation
import Testing
@testable import PuljeKit

/// Problems in bounded memory (README, Limits): per file and code the first
/// `ProblemLog.keptPerCode` are kept and the rest counted exactly; problems.csv lists them all.
@Suite struct ProblemLogTests {
    /// 2,500 rows, each with a count that is not a number (`x`) and every fifth also a rating
    /// out of range: 2,500 + 500 errors of two codes.
    private static func sheet() -> String {
        var text = "dagtilbud,hjemmebesoeg,f1_daglig_kontakt\n"
        for row in 0..<2_500 { text += "Inst \(row),x,\(row % 5 == 0 ? "9" : "4")\n" }
        return text
    }

    @Test func theFirstThousandOfACodeAreKeptAndTheRestCountedExactly() throws {
        let folder = TestSupport.folder(text: ["haderslev/periode-6.csv": Self.sheet()])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        let counts = Dictionary(grouping: result.problems, by: \.code).mapValues(\.count)
        #expect(counts == ["count-not-whole-number": 1_000, "scale-out-of-range": 500])
        #expect(result.omitted.map(\.code) == ["count-not-whole-number"])
        #expect(result.omitted.map(\.count) == [1_500])
        #expect(result.errorCount == 3_000)
        #expect(result.countsByCode == ["count-not-whole-number": 2_500, "scale-out-of-range": 500])
        #expect(result.hasErrors)
        #expect(result.rejectedRows == 2_500)
    }

    @Test func theListingSaysHowManyMoreAndProblemsCSVListsEveryOne() throws {
        let folder = TestSupport.folder(text: ["haderslev/periode-6.csv": Self.sheet()])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        let listing = ProblemListing(result, language: .danish)
        let text = listing.text()
        #expect(text.contains("... og 1.500 flere [count-not-whole-number] i denne fil (alle står i problems.csv)"))
        #expect(text.contains("2.500 rækker (2.500 afvist)"))
        #expect(text.contains("3.000 fejl"))
        let csv = listing.csv()
        let rows = csv.split(separator: "\n").dropFirst()
        #expect(rows.count == 3_000)
        #expect(rows.filter { $0.contains(",count-not-whole-number,") }.count == 2_500)
        // Every rejected row's count error is there once, at its own line (2 to 2,501).
        let lines = rows.filter { $0.contains(",count-not-whole-number,") }.map { $0.split(separator: ",")[2] }
        #expect(Set(lines) == Set((2...2_501).map { Substring(String($0)) }))
        // In a report folder the same file is written as it is produced.
        let out = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        try ReportFolder(out.path + "/report").write([listing.file()])
        #expect(try String(contentsOfFile: out.path + "/report/problems.csv", encoding: .utf8) == csv)
    }

    @Test func aFileChangedBeforeItsSecondReadingIsSaidToHaveChanged() throws {
        let folder = TestSupport.folder(text: ["haderslev/periode-6.csv": Self.sheet()])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        // The office saves the sheet again before problems.csv is written.
        let path = folder.path + "/haderslev/periode-6.csv"
        try (Self.sheet() + "Inst x,y,4\n").write(toFile: path, atomically: false, encoding: .utf8)
        let rows = ProblemListing(result).csv().split(separator: "\n").dropFirst()
        #expect(rows.count == 1_500 + 1)
        #expect(rows.last?.contains(",file-changed-while-read,") == true)
    }

    @Test func aFileUnderTheCapIsListedAsBefore() throws {
        let folder = TestSupport.folder(text: ["haderslev/periode-6.csv": "dagtilbud,hjemmebesoeg\nA,x\nB,y\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.omitted.isEmpty)
        #expect(result.problems.count == 2)
        #expect(!ProblemListing(result).text().contains("flere"))
    }
}
