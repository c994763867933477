import Foundation
import Testing
@testable import PuljeKit

/// Every case in Fixtures/invalid gives its expected problem code at its expected line
/// (Fixtures/invalid/cases.csv), and the CPR case's digits appear in no output.
@Suite struct InvalidFixtureTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let code: String
        let file: String
        let line: Int?
        var description: String { name }
    }

    static let cases: [Case] = {
        let bytes = [UInt8](FileManager.default.contents(atPath: TestSupport.fixture("invalid/cases.csv"))!)
        let table = try! CSVTable(bytes: bytes, name: "cases.csv")
        return table.rows.map { row in
            Case(
                name: row.cells[0], code: row.cells[1], file: row.cells[2],
                line: row.cells.count > 3 ? Int(row.cells[3]) : nil)
        }
    }()

    static func run(_ name: String) -> ValidationResult {
        try! Validation().run(paths: [TestSupport.fixture("invalid/\(name)")])
    }

    @Test(arguments: cases)
    func caseGivesItsCodeAtItsLine(_ testCase: Case) {
        let result = Self.run(testCase.name)
        let matching = result.problems.filter { $0.code == testCase.code }
        #expect(matching.count >= 1, "problems: \(result.problems.map(\.code))")
        #expect(
            matching.contains { $0.location.line == testCase.line && $0.location.file == testCase.file },
            "at \(matching.map(\.location))")
    }

    @Test func everyProblemCodeHasACase() {
        let covered = Set(Self.cases.map(\.code))
        // Codes a committed file cannot provoke are tested in InputFailureTests, SpecialFileTests
        // and ChangedWhileReadTests.
        let elsewhere: Set = ["unreadable-file", "field-too-large", "not-a-regular-file", "file-changed-while-read"]
        let all: Set = [
            "unreadable-file", "not-a-regular-file", "file-changed-while-read", "unsupported-encoding",
            "encoding-uncertain", "invalid-utf16", "not-a-text-file", "empty-file", "no-rows", "unrecognised-sheet",
            "missing-column",
            "duplicate-column", "unknown-column", "cpr-number", "field-too-large", "malformed-quoting",
            "too-many-fields", "missing-value", "count-not-whole-number", "count-implausible", "count-ambiguous-thousands",
            "scale-out-of-range", "traffic-light-invalid", "status-invalid", "age-invalid",
            "unknown-project", "period-outside-catalogue", "path-column-mismatch",
            "duplicate-registration", "child-counts-disagree", "totals-row", "period-not-collected",
            "traffic-light-incomplete", "more-assessed-than-attached", "more-events-than-participants",
            "header-not-on-first-line", "control-character-removed",
        ]
        #expect(all.subtracting(elsewhere) == covered)
    }

    @Test func errorsExitWithErrorsAndWarningsDoNot() {
        for testCase in Self.cases {
            let result = Self.run(testCase.name)
            let severity = result.problems.first { $0.code == testCase.code }?.severity
            #expect(result.hasErrors == (severity == .error), "\(testCase.name)")
        }
    }

    @Test func cprDigitsAppearInNoOutput() throws {
        let result = Self.run("cpr-number")
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.dataset.isEmpty)
        var outputs: [String] = []
        for language in Language.allCases {
            let listing = ProblemListing(result, language: language)
            outputs += [listing.text(), listing.csv()]
            outputs += DataReport(result, catalogue: .standard, language: language, name: "cpr").files().map(\.contents)
        }
        for output in outputs {
            #expect(!output.contains("010203"))
            #expect(!output.contains("1234"))
        }
        // The row is pointed at, so the analyst can find and fix it.
        #expect(result.problems[0].location.line == 3)
        #expect(result.problems[0].location.columnName == "barn")
    }

    @Test func rejectedRowsAreCountedNotDropped() {
        let result = Self.run("count-not-whole-number")
        #expect(result.rows == 3)
        #expect(result.rejectedRows == 2)
        #expect(result.dataset.registrations.count == 1)
        #expect(result.errors.map(\.location.line) == [3, 4])
    }
}
