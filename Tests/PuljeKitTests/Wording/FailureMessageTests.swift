import Foundation
import Testing
@testable import PuljeKit

/// The one failure path (issue 16): every failure a user can meet has a sentence in the run's
/// language and the README's exit code, and no sentence shows Swift syntax.
@Suite struct FailureMessageTests {
    /// One value of every case of every failure type, with the exit code the README gives it:
    /// 1 for errors in the data, 2 for usage and I/O failures.
    static let everyFailure: [(any Error, Int32)] = [
        (Failure.usage(.unknownProject("nosuch")), 2),
        (Failure.usage(.parser("Missing required subcommand.")), 2),
        (Failure.reportNotWritten, 1),
        (Failure.disclosureUnproven, 2),
        (CatalogueError.missingFile(directory: "kat", file: "periods.csv"), 2),
        (CatalogueError.unreadable(file: "kat/periods.csv", reason: .permissionDeniedOrNotAFile), 2),
        (CatalogueError.malformedQuoting(file: "periods.csv", line: 2), 2),
        (CatalogueError.missingColumn(file: "periods.csv", column: "period"), 2),
        (CatalogueError.invalidValue(file: "periods.csv", line: 3, column: "collected", value: "maybe", expected: .yesOrNo), 2),
        (CatalogueError.duplicate(file: "periods.csv", line: 4, value: "3"), 2),
        (CatalogueError.unknownProject(file: "phases.csv", line: 5, value: "x"), 2),
        (CatalogueError.unknownPeriod(file: "phases.csv", line: 6, value: "9"), 2),
        (CostError.missingWage(role: "vikar", activity: "A", file: "a.csv", line: 2), 2),
        (CostError.noChildren(activity: "A", file: "a.csv", line: 2), 2),
        (CostError.negativeHours(role: "vikar", activity: "A", file: "a.csv", line: 2), 2),
        (CostError.invalidValue(file: "w.csv", line: 2, column: "annual_wage_kr", value: "abc", expected: .number), 2),
        (CostError.missingColumn(file: "w.csv", column: "role"), 2),
        (CostError.unreadable(file: "w.csv", reason: .notFoundOrUnreadable), 2),
        (CostError.malformedQuoting(file: "w.csv", line: 2), 2),
        (CostError.indexLacksYear(file: "i.csv", year: 2030), 2),
        (ReportFolder.Failure.isFile(path: "out"), 2),
        (ReportFolder.Failure.notOwned(path: "out", examples: ["a", "b"], count: 5), 2),
        (ReportFolder.Failure.holdsOtherFiles(path: "out", examples: ["a"], count: 1), 2),
        (ReportFolder.Failure.otherKind(path: "out", kind: .data), 2),
        (ReportFolder.Failure.isInput(path: "out", input: "/data"), 2),
        (ReportFolder.Failure.holdsInput(path: "out", input: "/data"), 2),
        (ReportFolder.Failure.insideInput(path: "out", input: "/data"), 2),
        (ReportFolder.Failure.danglingLink(path: "out"), 2),
        (ReportFolder.Failure.linkLoop(path: "out"), 2),
        (ReportFolder.Failure.isRoot(path: "/"), 2),
        (ReportFolder.Failure.mountPoint(path: "/mnt"), 2),
        (ReportFolder.Failure.cannotWrite(path: "out", reason: .system(EACCES)), 2),
        (ReportFolder.Failure.cannotWrite(path: "out", reason: .invalidFileNames(["../a", "b"])), 2),
        (ReportFolder.Failure.cannotWrite(path: "out", reason: .temporaryFolderChanged(".pulje-1-new-out")), 2),
        (ReportFolder.Failure.cannotWrite(path: "", reason: .emptyPath), 2),
        (ReportFolder.Failure.cannotWrite(path: "out", reason: .folderNotListable), 2),
        (DataDiscovery.Failure.notFound("data"), 2),
        (DataDiscovery.Failure.unreadableFolder("data/x"), 2),
        (DataDiscovery.Failure.reportFolder("reports/x"), 2),
        (PublishedTablesError.unreadable("r/diff.csv"), 2),
        (PublishedTablesError.nothingToAudit, 2),
        (CSVTableError.unreadable(name: "w.csv", reason: .binary(path: "w.csv")), 2),
        (CSVTableError.malformedQuoting(name: "w.csv", line: 2), 2),
        (CSVTableError.empty(name: "w.csv"), 2),
        (CSVReaderError.unreadable(path: "w.csv", errno: ENOENT), 2),
        (CSVReaderError.notRegularFile(path: "w.csv", type: .namedPipe), 2),
        (CSVReaderError.changedWhileRead(path: "w.csv"), 2),
        (CSVReaderError.unsupportedEncoding(path: "w.csv", encoding: "UTF-32"), 2),
        (CSVReaderError.invalidUTF16(path: "w.csv", line: 3), 2),
        (CSVReaderError.binary(path: "w.csv"), 2),
        (CSVReaderError.fieldTooLarge(path: "w.csv", line: 4), 2),
        (CocoaError(.fileNoSuchFile), 2),
    ]

    @Test func everyFailureTypeMapsToItsExitCode() {
        for (error, code) in Self.everyFailure {
            #expect(FailureMessage(error).exitCode == code, "\(type(of: error))")
        }
    }

    /// An enum dump (`malformedQuoting(name: "w.csv", line: 2)`), a type name (`CocoaError(`),
    /// an array or an optional would be Swift syntax.
    @Test func noSentenceShowsSwiftSyntax() throws {
        let swiftSyntax = try Regex(#"[A-Za-z]\((\w+: |")|Error\b|\["|Optional\("#)
        for (error, _) in Self.everyFailure {
            for language in Language.allCases {
                let sentence = FailureMessage(error).sentence(language)
                #expect(!sentence.isEmpty)
                #expect(sentence.firstMatch(of: swiftSyntax) == nil, "\(language): \(sentence)")
            }
        }
    }

    @Test func everyFailureHasADanishSentenceOfItsOwn() {
        for (error, _) in Self.everyFailure {
            let message = FailureMessage(error)
            if case .usage(.parser) = message.text { continue }  // the library's English, as it is
            #expect(message.sentence(.danish) != message.sentence(.english), "\(message.sentence(.english))")
        }
    }

    @Test func aDanishUnknownProjectIsToldInDanish() {
        let message = FailureMessage(Failure.usage(.unknownProject("nosuch")))
        #expect(message.sentence(.danish) == "--project nosuch står ikke i kataloget.")
        #expect(message.sentence(.english) == "--project nosuch is not in the catalogue.")
        #expect(message.isUsage)
    }

    @Test func aWageFileWithMalformedQuotingNamesFileAndLine() throws {
        let folder = TestSupport.folder(text: ["wages.csv": "role,municipality,annual_wage_kr\n\"paedagog,x\"y,,500000\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("wages.csv").path
        #expect(throws: CostError.malformedQuoting(file: path, line: 2)) { try WageTable.load(path) }
        let error = try #require(throws: CostError.self) { try WageTable.load(path) }
        #expect(FailureMessage(error).sentence(.danish) == "\(path):2: forkert brug af citationstegn.")
        #expect(FailureMessage(error).sentence(.english) == "\(path):2: malformed quoting.")
    }

    @Test func aWageFileThatIsNoTextSaysWhyInTheRunsLanguage() throws {
        let folder = TestSupport.folder(["wages.csv": Array("role,municipality,annual_wage_kr\npaedagog,,1\0\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("wages.csv").path
        let error = try #require(throws: CostError.self) { try WageTable.load(path) }
        #expect(error == .unreadable(file: path, reason: .notText))
        #expect(FailureMessage(error).sentence(.danish) == "\(path): kan ikke læses (ikke en tekstfil: den indeholder NUL-tegn).")
    }

    @Test func anInvalidCatalogueValueSaysWhatWasExpectedInTheRunsLanguage() {
        let error = CatalogueError.invalidValue(
            file: "periods.csv", line: 3, column: "collected", value: "maybe", expected: .yesOrNo)
        #expect(
            FailureMessage(error).sentence(.danish) == "periods.csv:3 (collected): 'maybe' er ugyldig; forventet yes eller no.")
        #expect(FailureMessage(error).sentence(.english) == "periods.csv:3 (collected): 'maybe' is invalid; expected yes or no.")
    }

    /// The system's refusals in Danish are pulje's words; in English the system's own.
    @Test func aSystemRefusalIsWordedInBothLanguages() {
        let error = ReportFolder.Failure.cannotWrite(path: "/proc/x", reason: .system(ENOENT))
        #expect(FailureMessage(error).sentence(.danish) == "Kan ikke skrive /proc/x: filen eller mappen findes ikke")
        #expect(FailureMessage(error).sentence(.english) == "Cannot write /proc/x: No such file or directory")
    }

    @Test func anUnknownErrorIsABugToldWithoutItsDescription() {
        struct Strange: Error { let detail = "secret" }
        let message = FailureMessage(Strange())
        #expect(message.sentence(.english) == "pulje stopped on an unexpected failure (a bug in pulje, please report it).")
        #expect(!message.sentence(.danish).contains("Strange"))
    }
}
