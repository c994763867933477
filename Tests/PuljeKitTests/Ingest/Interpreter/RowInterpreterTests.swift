import Foundation
import Testing
@testable import PuljeKit

/// The row rules run once per row, in one order, for both kinds of sheet (issue 15): cases the
/// two readings before the one row interpreter got wrong, found by reading the same mutated
/// sheets with both.
@Suite struct RowInterpreterTests {
    private static func read(_ files: [String: String]) -> ValidationResult {
        let folder = TestSupport.folder(text: files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder)
    }

    private static func key(_ institution: String) -> RegistrationKey {
        RegistrationKey(project: "morsoe", institution: institution, period: Period(6))
    }

    private static let trivsel = TrafficLightSeries(.trivsel)

    @Test func aChildRowTooWideThatNamesANewInstitutionLeavesTheNextRowsUnderThatInstitution() {
        // Line 3 is rejected for its width, but it names Kastanjen: lines 4 and 5 are
        // Kastanjen's children (red, green), not Spiren's, whose only child is line 2 (yellow).
        let sheet = """
            projekt,dagtilbud,periode,barn,trivsel
            morsoe,Spiren,6,A,gul
            morsoe,Kastanjen,6,B,gul,ekstra
            morsoe,Kastanjen,6,C,roed
            morsoe,Kastanjen,6,D,groen

            """
        let result = Self.read(["morsoe/periode-6-boern.csv": sheet])
        #expect(result.problems.map(\.code) == ["too-many-fields"])
        #expect(result.problems.first?.location.line == 3)
        #expect(result.dataset[Self.key("Spiren")]?[Self.trivsel] == TrafficLightCounts(green: 0, yellow: 1, red: 0))
        #expect(result.dataset[Self.key("Kastanjen")]?[Self.trivsel] == TrafficLightCounts(green: 1, yellow: 0, red: 1))
    }

    @Test func aChildRowAfterATooWideRowIsJudgedByItsOwnKey() {
        // Line 2 repeats the header (period "periode": outside the catalogue); line 3, too
        // wide, changes the key to Spiren, period 6; line 4 is then a valid row of Spiren.
        let sheet = """
            projekt,dagtilbud,periode,barn,trivsel
            morsoe,dagtilbud,periode,barn,
            morsoe,Spiren,6,A,groen,x
            morsoe,Spiren,6,B,gul

            """
        let result = Self.read(["morsoe/periode-6-boern.csv": sheet])
        #expect(result.problems.map(\.code) == ["period-outside-catalogue", "too-many-fields"])
        #expect(result.problems.map(\.location.line) == [2, 3])
        #expect(result.dataset[Self.key("Spiren")]?[Self.trivsel] == TrafficLightCounts(green: 0, yellow: 1, red: 0))
    }

    @Test func aTotalsRowInAChildSheetIsRejectedAndNotCounted() {
        let sheet = """
            projekt,dagtilbud,periode,barn,trivsel
            morsoe,Spiren,6,A,gul
            morsoe,I alt,6,,gul

            """
        let result = Self.read(["morsoe/periode-6-boern.csv": sheet])
        #expect(result.problems.map(\.code) == ["totals-row"])
        #expect(result.problems.first?.location.line == 3)
        #expect(result.dataset[Self.key("I alt")] == nil)
        #expect(result.dataset[Self.key("Spiren")]?[Self.trivsel] == TrafficLightCounts(green: 0, yellow: 1, red: 0))
    }

    @Test func theFirstCPRNumberAboveTheHeaderIsTheOneLocated() {
        // Two notes above the header each hold a CPR-like value: the first, on line 1, is
        // located (never shown); the whole file is refused.
        let sheet = """
            Kontakt 010190-1234
            Kopi til 020290-2345
            dagtilbud,boern
            Spiren,12

            """
        let result = Self.read(["morsoe/periode-6.csv": sheet])
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 1)
        #expect(result.dataset.registrations.isEmpty)
    }
}

/// A stray quote above the header, and CPR numbers in records broken by malformed quoting.
@Suite struct BrokenRecordTests {
    private static func read(_ name: String, _ sheet: String) -> ValidationResult {
        let folder = TestSupport.folder(text: [name: sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder)
    }

    @Test func aTitleWithAStrayQuoteIsPassedOverLikeAnyTitle() {
        let result = Self.read("morsoe/periode-6.csv", "Registrering \"periode 6\" x\ndagtilbud,boern\nSpiren,12\n")
        #expect(result.problems.map(\.code) == ["header-not-on-first-line"])
        #expect(result.problems.first?.location.line == 2)
        let key = RegistrationKey(project: "morsoe", institution: "Spiren", period: Period(6))
        #expect(result.dataset[key]?[.boern] == 12)
    }

    @Test func aBrokenHeaderWithNothingAfterItIsMalformedQuoting() {
        let result = Self.read("morsoe/periode-6.csv", "dagtilbud,\"boern\"x\n")
        #expect(result.problems.map(\.code) == ["malformed-quoting"])
        #expect(result.problems.first?.location.line == 1)
    }

    @Test func aCPRNumberBeforeTheBreakOfABrokenRowRefusesTheFile() {
        let result = Self.read(
            "morsoe/periode-6-boern.csv", "dagtilbud,barn,trivsel\nSpiren,010190-1234,\"gul\"x\nSpiren,B,gul\n")
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 2)
        #expect(result.dataset.registrations.isEmpty)
    }

    @Test func aCPRNumberInTheSkippedRestOfABrokenRowRefusesTheFile() {
        let result = Self.read("morsoe/periode-6-boern.csv", "dagtilbud,barn,trivsel\nSpiren,\"A\"x,010190-1234\nSpiren,B,gul\n")
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 2)
        #expect(result.dataset.registrations.isEmpty)
    }

    @Test func aCPRNumberInAQuoteNeverClosedRefusesTheFile() {
        let result = Self.read("morsoe/periode-6-boern.csv", "dagtilbud,barn,trivsel\nSpiren,B,gul\nSpiren,\"010190-1234,gul\n")
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 3)
        #expect(result.dataset.registrations.isEmpty)
    }

    @Test func aCPRNumberInABrokenTitleRefusesTheFile() {
        let result = Self.read("morsoe/periode-6.csv", "Kontakt \"010190-1234\"x\ndagtilbud,boern\nSpiren,12\n")
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 1)
        #expect(result.dataset.registrations.isEmpty)
    }
}

/// A line of empty cells is no row, but its blank key cells are what the next row repeats.
@Suite struct BlankLineKeyTests {
    private static func read(_ name: String, _ sheet: [UInt8]) -> ValidationResult {
        let folder = TestSupport.folder([name: sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder)
    }

    @Test func aRowWithABlankInstitutionAfterALineOfEmptyCellsIsMissingItsInstitution() {
        // Line 3 is `,` (blank); line 4 leaves `dagtilbud` blank too: it belongs to no
        // institution, not to Spiren of line 2.
        let result = Self.read("frederikshavn/periode-6.csv", Array("dagtilbud,boern\nSpiren,5\n,\n,7\n".utf8))
        #expect(result.problems.map(\.code) == ["missing-value"])
        #expect(result.problems.first?.location.line == 4)
        let spiren = RegistrationKey(project: "frederikshavn", institution: "Spiren", period: Period(6))
        #expect(result.dataset[spiren]?[.boern] == 5)
    }

    @Test func aChildRowWithABlankKeyAfterALineOfEmptyCellsIsNotCountedUnderTheLastKey() {
        let sheet = "projekt,dagtilbud,periode,trivsel\nfrederikshavn,Spiren,6,groen\n,,,\n,,,gul\n"
        let result = Self.read("frederikshavn/periode-6-boern.csv", Array(sheet.utf8))
        // The path gives project and period; the blank `dagtilbud` is the row's one problem.
        #expect(result.problems.map(\.code) == ["missing-value"])
        #expect(result.problems.first?.location.line == 4)
        let spiren = RegistrationKey(project: "frederikshavn", institution: "Spiren", period: Period(6))
        #expect(result.dataset[spiren]?[TrafficLightSeries(.trivsel)] == TrafficLightCounts(green: 1, yellow: 0, red: 0))
    }

    @Test func aCPRNumberAcrossAChunkBoundaryInTheRestOfABrokenLineRefusesTheFile() {
        // The broken line's rest spans the 64 KiB chunk boundary, the number across it.
        var sheet = Array("dagtilbud,boern,note\n".utf8)
        for index in 0..<6547 { sheet += Array(String(format: "I%05d,5,\n", index).utf8) }
        sheet += Array("Spiren,5,\"x\"y ".utf8)
        sheet += [UInt8](repeating: UInt8(ascii: "z"), count: 65532 - sheet.count)
        sheet += Array("150387-4721\nKastanjen,3,\n".utf8)
        let result = Self.read("frederikshavn/periode-6.csv", sheet)
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 6549)
    }

    @Test func aCPRNumberCutByTheStrayQuoteItselfRefusesTheFile() {
        let result = Self.read(
            "frederikshavn/periode-6-boern.csv",
            Array("dagtilbud,trivsel,barn\nSpiren,groen,\"150387\" 4721\nKastanjen,gul,b\n".utf8))
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 2)
    }
}
