import Foundation
import Testing
@testable import PuljeKit

/// Report files: their formats, their atomic writing, and the committed example report.
@Suite struct ReportTests {
    @Test func committedExampleReportIsCurrent() throws {
        let files = DataReport(EvaluationFixtureTests.result, catalogue: .standard, name: "evaluation").files()
        try expectCommitted(files, in: "reports/evaluation", kind: .report)
        #expect(
            FileManager.default.fileExists(atPath: TestSupport.root.appendingPathComponent("reports/evaluation-report.png").path))
    }

    @Test func committedExampleDiffIsCurrent() throws {
        let result = try Validation(keepsChildren: true).run(paths: [TestSupport.fixture("evaluation")])
        let files = DiffReport(
            result, from: .phase(.udbredelse), to: .phase(.virkning), catalogue: .standard, name: "evaluation"
        ).files()
        try expectCommitted(files, in: "reports/evaluation-diff-udbredelse-virkning", kind: .diff)
        for line in files.first(where: { $0.name == "diff.txt" })!.contents.split(separator: "\n") {
            #expect(line.count <= 100, "\(line)")
        }
    }

    /// The committed example folder holds exactly these files with these contents.
    private func expectCommitted(
        _ files: [(name: String, contents: String)], in path: String, kind: ReportFolder.Kind
    ) throws {
        let folder = TestSupport.root.appendingPathComponent(path)
        let committed = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0 != FolderManifest.fileName
        }
        #expect(Set(committed) == Set(files.map(\.name)), "run make report")
        // The folder is pulje's to replace: its marker lists what make report wrote.
        let manifest = try #require(FolderManifest.read(in: folder.path))
        #expect(manifest.kind == kind)
        #expect(Set(manifest.files) == Set(files.map(\.name)))
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(text == file.contents ? true : false, "\(path)/\(file.name) is stale: run make report")
        }
    }

    @Test func summaryLinesFitA100ColumnTerminal() {
        let files = DataReport(EvaluationFixtureTests.result, catalogue: .standard, name: "evaluation").files()
        let summary = files.first { $0.name == "summary.txt" }!.contents
        for line in summary.split(separator: "\n") {
            #expect(line.count <= 100, "\(line)")
        }
    }

    @Test func summaryLineCountsWhatWasRead() {
        let listing = ProblemListing(InvalidFixtureTests.run("count-not-whole-number"), language: .english)
        #expect(
            listing.summaryLine()
                == "1 file, 3 rows (2 rejected), 1 project, 1 institution, 1 period: 2 errors, 0 warnings")
        let danish = ProblemListing(EvaluationFixtureTests.result, language: .danish).summaryLine()
        #expect(danish.hasPrefix("103 filer, 1.315 rækker (0 afvist), 15 projekter, 104 dagtilbud, 6 perioder"))
    }

    @Test func problemsCSVHasTheSpecColumns() {
        let csv = ProblemListing(InvalidFixtureTests.run("scale-out-of-range"), language: .english).csv()
        let lines = csv.split(separator: "\n")
        #expect(lines[0] == "severity,file,line,column,code,message")
        #expect(
            lines[1].hasPrefix("error,scale-out-of-range/frederikshavn/periode-6.csv,3,f1_daglig_kontakt,scale-out-of-range,"))
    }

    @Test func formulaLikeCellsAreNeutralisedAndNumbersAreNot() {
        var writer = CSVWriter(header: ["a", "b", "c", "d"])
        writer.textRow(["=SUM(A1)", "-12", "+45 kr", "@x"])
        writer.textRow(["-0.2500", "1,5", "x\"y", "Solsikken"])
        #expect(writer.text == "a,b,c,d\n'=SUM(A1),-12,'+45 kr,'@x\n-0.2500,\"1,5\",\"x\"\"y\",Solsikken\n")
    }

    @Test func danishExcelStyleUsesSemicolonDecimalCommaAndBOM() {
        var writer = CSVWriter(header: ["share", "name"], style: .danishExcel)
        writer.number(ReportNumber(Ratio(1, 4), .share))
        writer.text("Sol; Nord")
        writer.endRow()
        // A text cell is a name, never rewritten, even when it reads as a number.
        writer.textRow(["0.2500", "3.14"])
        #expect(writer.text == "\u{FEFF}share;name\n0,2500;\"Sol; Nord\"\n0.2500;3.14\n")
    }

    @Test func numberCellsAreWrittenAsTheirKindSays() {
        for (style, expected) in [
            (CSVWriter.Style.standard, "-12,0.2500,,0.00,'=SUM(A1),0,0.13,4083.50,4384\n"),
            (.danishExcel, "-12;0,2500;;0,00;'=SUM(A1);0;0,13;4083,50;4384\n"),
        ] {
            var writer = CSVWriter(continuing: style)
            writer.integer(-12)
            writer.number(ReportNumber(Ratio(1, 4), .share))
            writer.number(nil)
            writer.number(ReportNumber(measured: -0.000_04, .mean))  // rounds to 0: no minus sign
            writer.text("=SUM(A1)")
            writer.integer(0)
            writer.number(ReportNumber(Ratio(1, 8), .mean))  // exactly half: away from zero
            // Children per period: 8167 / 2, and 8768 / 2 (whole).
            writer.number(ReportNumber(Ratio(8167, 2), .perPeriod))
            writer.number(ReportNumber(Ratio(8768, 2), .perPeriod))
            writer.endRow()
            #expect(writer.text == expected)
        }
    }

    @Test func numbersPrintTheDanishOrEnglishWay() {
        #expect(NumberFormat(.danish).integer(1099) == "1.099")
        #expect(NumberFormat(.english).integer(1_234_567) == "1,234,567")
        #expect(NumberFormat(.danish).text(ReportNumber(measured: 2.25, .mean)) == "2,25")
        #expect(NumberFormat(.danish).text(ReportNumber(measured: 1099.5, .percent)) == "1.099,5")
        #expect(NumberFormat(.english).text(ReportNumber(Ratio(8167, 2), .perPeriod)) == "4,083.50")
        #expect(NumberFormat(.danish).kroner(1098.5) == "1.099 kr.")
    }

    @Test func failedWriteLeavesThePreviousReport() throws {
        let parent = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let target = parent.appendingPathComponent("report").path
        try ReportFolder(target).write([.text("summary.txt", "first")])
        // The second file cannot be written: its folder is a file of the same report.
        #expect(throws: ReportFolder.Failure.self) {
            try ReportFolder(target).write([.text("summary.txt", "second"), .text("summary.txt/x", "boom")])
        }
        #expect(try String(contentsOfFile: "\(target)/summary.txt", encoding: .utf8) == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["report"])
        try ReportFolder(target).write([.text("summary.txt", "third")])
        #expect(try String(contentsOfFile: "\(target)/summary.txt", encoding: .utf8) == "third")
    }

    @Test func trafficLightTableWrittenInPartsIsTheWholeTable() {
        let result = EvaluationFixtureTests.result
        for style in [CSVWriter.Style.standard, .danishExcel] {
            let whole = DataReport(result, catalogue: .standard, name: "evaluation").files(formats: [.csv], csvStyle: style)
            var inParts = DataReport(result, catalogue: .standard, name: "evaluation")
            inParts.trafficLightRowsPerPart = 7
            let joined = inParts.files(formats: [.csv], csvStyle: style)
            #expect(joined.map(\.name) == whole.map(\.name))
            #expect(joined.map(\.contents) == whole.map(\.contents))
            // The fixture's table has many parts of 7 rows, a shorter last one, one header, one BOM.
            let table = joined.first { $0.name == "traffic_light.csv" }!.contents
            let rows = table.split(separator: "\n").count - 1
            #expect(rows > 7 * 10 && rows % 7 != 0)
            #expect(table.components(separatedBy: "project").count == 2)
            #expect(table.components(separatedBy: "\u{FEFF}").count == (style == .danishExcel ? 2 : 1))
        }
    }

    @Test func twoRunsGiveIdenticalFiles() {
        let first = DataReport(
            TestSupport.validate(URL(fileURLWithPath: TestSupport.fixture("evaluation"))),
            catalogue: .standard, name: "evaluation"
        ).files()
        let second = DataReport(
            TestSupport.validate(URL(fileURLWithPath: TestSupport.fixture("evaluation"))),
            catalogue: .standard, name: "evaluation"
        ).files()
        #expect(first.map(\.contents) == second.map(\.contents))
    }
}
