import Foundation
import Testing
@testable import PuljeKit

/// Where the office rules (issue 15) meet: cases a review of the merged rules found read wrong.
@Suite struct OfficeRuleInteractionTests {
    private static func read(_ files: [String: [UInt8]]) -> ValidationResult {
        let folder = TestSupport.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder)
    }

    private static let solsikken = RegistrationKey(project: "frederikshavn", institution: "Solsikken", period: Period(6))

    @Test func aSignedThousandsFigureInACommaFileIsAmbiguousToo() {
        let result = Self.read(["frederikshavn/periode-6.csv": Array("dagtilbud,boern,hjemmebesoeg\nSolsikken,+1.000,5\n".utf8)])
        #expect(result.problems.map(\.code) == ["count-ambiguous-thousands"])
        #expect(result.dataset.registrations.isEmpty)
    }

    @Test func twoEqualRowsBesideARowOfZerosAreNotEachOthersTotals() {
        // A = C = (3, 2), B = (0, 0): B adds nothing, so neither A nor C is a sum of two rows.
        let result = Self.read(["frederikshavn/periode-6.csv": Array("dagtilbud,boern,hjemmebesoeg\nA,3,2\nB,0,0\nC,3,2\n".utf8)])
        #expect(result.problems.isEmpty, "\(result.problems.map(\.code))")
        #expect(result.dataset.registrations.count == 3)
    }

    @Test func aVerticalTabOrNextLineInAHeaderOrNameIsASpace() {
        // FileMaker writes a line break typed in a cell as a vertical tab (0x0B).
        let sheet = Array(
            "dagtilbud,\"Antal børn\u{0B}tilknyttet projektet\",hjemmebesoeg\nBørnehuset\u{0B}Sol,10,5\nA\u{85}B,8,1\n".utf8)
        let result = Self.read(["frederikshavn/periode-6.csv": sheet])
        #expect(result.problems.isEmpty, "\(result.problems.map(\.code))")
        let key = RegistrationKey(project: "frederikshavn", institution: "Børnehuset Sol", period: Period(6))
        #expect(result.dataset[key]?[.boern] == 10)
        #expect(result.dataset[RegistrationKey(project: "frederikshavn", institution: "A B", period: Period(6))]?[.boern] == 8)
    }

    @Test func aTitleLineWithoutDelimiterLeavesTheHeaderToSayTheDelimiter() {
        let sheet = Array("Registrering periode 6\ndagtilbud;boern;hjemmebesoeg\nSolsikken;1.000;5\n".utf8)
        let result = Self.read(["frederikshavn/periode-6.csv": sheet])
        #expect(result.problems.map(\.code) == ["header-not-on-first-line"])
        #expect(result.problems.first?.location.line == 2)
        #expect(result.dataset[Self.solsikken]?[.boern] == 1_000)
        // In code page 850 too (ø is 0x9B there): the title does not settle the delimiter nor
        // the code page; the header does.
        let cp850 =
            Array("Tilmeldte b".utf8) + [0x9B] + Array("rn\r\ndagtilbud;boern;hjemmebesoeg\r\nS".utf8) + [0x9B]
            + Array("holt;12;5\r\n".utf8)
        let coded = Self.read(["frederikshavn/periode-6.csv": cp850])
        #expect(coded.problems.map(\.code) == ["header-not-on-first-line"], "\(coded.problems.map { $0.message(.english) })")
        #expect(coded.dataset[RegistrationKey(project: "frederikshavn", institution: "Søholt", period: Period(6))]?[.boern] == 12)
    }
}
