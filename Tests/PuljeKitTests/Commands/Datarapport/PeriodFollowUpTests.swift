import Foundation
import Testing
@testable import PuljeKit

/// The period follow-up (issue 18) on a copy of Fixtures/evaluation/aabenraa with four
/// problems planted in period 7: Pilehuset's row left out, Lindely's tvaerfaglige_moeder
/// left blank (3 in period 6), Æblehaven's foraeldrearrangementer_deltagere multiplied by ten
/// (53 -> 530; 47 in period 6) and Bikuben's period-6 row copied into period 7.
@Suite struct PeriodFollowUpTests {
    static let planted: Dataset = {
        let source = TestSupport.fixture("evaluation/aabenraa")
        var files: [String: String] = [:]
        for name in try! FileManager.default.contentsOfDirectory(atPath: source) {
            var text = try! String(contentsOfFile: source + "/" + name, encoding: .utf8)
            if name == "periode-7.csv" {
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines.removeAll { $0.hasPrefix("aabenraa,Pilehuset,") }
                lines = lines.map { line in
                    switch line {
                    case "aabenraa,Lindely,7,84,3,21,3,1,2,1,1,2,5,,5,,6,69,2,3,61,9,4":
                        "aabenraa,Lindely,7,84,3,21,,1,2,1,1,2,5,,5,,6,69,2,3,61,9,4"
                    case "aabenraa,Æblehaven,7,100,6,53,3,4,2,3,2,1,6,,7,,6,88,3,1,86,4,2":
                        "aabenraa,Æblehaven,7,100,6,530,3,4,2,3,2,1,6,,7,,6,88,3,1,86,4,2"
                    case "aabenraa,Bikuben,7,68,4,30,1,3,2,2,0,0,4,,5,,5,59,3,0,54,4,4":
                        "aabenraa,Bikuben,7,65,1,9,2,2,1,1,1,0,6,,5,,5,51,3,3,51,3,3"
                    default: line
                    }
                }
                text = lines.joined(separator: "\n")
            }
            files["aabenraa/" + name] = text
        }
        let folder = TestSupport.folder(text: files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder).dataset
    }()

    static let followUp = PeriodFollowUp(dataset: planted, period: Period(7))

    func flags(_ code: QualityFlag.Code, _ institution: String) -> [QualityFlag] {
        Self.followUp.flags.filter { $0.code == code && $0.institution == institution }
    }

    @Test func institutionLeftOutIsMissing() {
        // Registered in periods 1-6, no row in 7.
        #expect(flags(.institutionMissing, "Pilehuset").count == 1)
        let entry = Self.followUp.completeness.first { $0.project == "aabenraa" }!
        #expect(entry.expected.count == 8)
        #expect(entry.registered.count == 7)
        #expect(entry.missing == ["Pilehuset"])
    }

    @Test func blankIndicatorIsMissing() {
        let found = flags(.indicatorMissing, "Lindely")
        #expect(found.map(\.measure) == ["tvaerfaglige_moeder"])
        #expect(found.first?.comparedWith == 3)
        #expect(found.first?.value == nil)
    }

    @Test func countTimesTenJumpsAndStandsOut() {
        let jump = flags(.valueJump, "Æblehaven")
        // 530 / 47 = 11.3 >= 3, and 530 - 47 = 483 >= 10.
        #expect(jump.map(\.measure) == ["foraeldrearrangementer_deltagere"])
        #expect(jump.first?.value == 530)
        #expect(jump.first?.comparedWith == 47)
        // Participants per child in period 7: Lindely 21/84, Rønnebærhuset 16/46,
        // Æblehaven 530/100, Bikuben 9/65 (the copied row), Uglereden 15/82; Lærkereden and
        // Mariehønen blank, Pilehuset left out. Sorted: 9/65, 15/82, 21/84, 16/46, 5.3, so
        // the median is 21/84 = 0.25; the deviations 0.1115, 0.0671, 0, 0.0978, 5.05 have the
        // median 16/46 - 21/84 = 0.0978. Æblehaven: z = 0.6745 (5.3 - 0.25) / 0.0978 = 34.8.
        let outlier = flags(.valueOutlier, "Æblehaven").filter { $0.measure == "foraeldrearrangementer_deltagere" }
        #expect(outlier.count == 1)
        #expect(outlier.first?.value == 5.3)
        #expect(outlier.first?.comparedWith == 0.25)
        let mad = 16.0 / 46 - 21.0 / 84
        let z = PlausibilityRules.modifiedZ(5.3, median: 0.25, mad: mad)
        #expect(abs(z - 0.6745 * 5.05 / 0.0978261) < 0.001)
        #expect(abs(z - 34.82) < 0.01)
        // Uglereden, the next farthest: 0.6745 (15/82 - 0.25) / 0.0978 = -0.463, not flagged.
        #expect(flags(.valueOutlier, "Uglereden").filter { $0.measure == "foraeldrearrangementer_deltagere" }.isEmpty)
    }

    @Test func copiedRowIsFound() {
        #expect(flags(.copiedRow, "Bikuben").count == 1)
        #expect(Self.followUp.flags.filter { $0.code == .copiedRow }.count == 1)
    }

    @Test func messagesComeFromTheWordingLayer() {
        let flag = flags(.valueJump, "Æblehaven")[0]
        #expect(Language.danish.text(FollowUpText.message(flag)).contains("530"))
        #expect(Language.english.text(FollowUpText.message(flag)).contains("previous period"))
    }

    @Test func cleanLastPeriod() throws {
        let dataset = try Validation().run(paths: [TestSupport.fixture("evaluation")]).dataset
        let clean = PeriodFollowUp(dataset: dataset, period: Period(7))
        // Svendborg sent only period 2 (three institutions): all three are missing in 7.
        let svendborg = clean.flags.filter { $0.project == "svendborg" }
        #expect(svendborg.map(\.code) == [.institutionMissing, .institutionMissing, .institutionMissing])
        // No bundled row repeats its previous period, and no bundled row breaks the two
        // validation warnings (validate finds none in period 7).
        #expect(!clean.flags.contains { $0.code == .copiedRow })
        #expect(!clean.flags.contains { $0.code == .moreAssessedThanAttached || $0.code == .moreEventsThanParticipants })
    }
}

extension PeriodFollowUpTests {
    @Test func qualityCSVHasTheJumpRow() {
        let text = QualityTable.csv(Self.followUp.flags, language: .danish)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "project,institution,period,code,measure,value,compared_with,message")
        // 530 against 47 (the planted jump), the numbers as perPeriod writes them in CSV.
        #expect(lines.contains { $0.hasPrefix("aabenraa,Æblehaven,7,value-jump,foraeldrearrangementer_deltagere,530,47,") })
    }
}
