import Foundation
import Testing
@testable import PuljeKit

/// Exact halves in the files (issue 16): a figure computed from counts is rounded half away
/// from zero on its exact value, not on the nearest Double, which for a denominator with a
/// factor 5 lies on one side of the half or the other. Every expected cell is worked out by
/// hand from the sheets below.
@Suite struct ExactHalvesInFilesTests {
    /// Frederikshavn's Solsikken in periods 5, 6 and 7 (home visits and wellbeing lights), and
    /// 40 Haderslev institutions rating f1 in period 6.
    static let result: ValidationResult = {
        let ratings = (1...40).map { "R\($0),\($0 <= 9 ? 5 : 4)" }.joined(separator: "\n")
        let folder = TestSupport.folder(text: [
            "frederikshavn/periode-5.csv": "dagtilbud,trivsel_groen,trivsel_gul,trivsel_roed\nSolsikken,5,20,7\n",
            "frederikshavn/periode-6.csv": "dagtilbud,hjemmebesoeg,trivsel_groen,trivsel_gul,trivsel_roed\nSolsikken,32,3,1,1\n",
            "frederikshavn/periode-7.csv":
                "dagtilbud,hjemmebesoeg,trivsel_groen,trivsel_gul,trivsel_roed\nSolsikken,107,89,40,31\n",
            "haderslev/periode-6.csv": "dagtilbud,f1_daglig_kontakt\n" + ratings + "\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder)
    }()

    /// The rows of a CSV text as header -> cell.
    static func rows(_ csv: String) -> [[String: String]] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    static func file(_ name: String, of files: [(name: String, contents: String)]) -> [[String: String]] {
        rows(files.first { $0.name == name }!.contents)
    }

    @Test func reportSharesAndMeansRoundTheirExactHalvesAwayFromZero() throws {
        let files = DataReport(Self.result, catalogue: .standard, name: "halves").files(formats: [.csv])
        // Period 5: 5 green, 20 yellow, 7 red of 32: 5/32 = 0.15625, 20/32 = 0.625,
        // 7/32 = 0.21875.
        let five = try #require(
            Self.file("traffic_light.csv", of: files).first {
                $0["institution"] == "*" && $0["period"] == "5" && $0["measure"] == "trivsel"
            })
        #expect([five["share_green"], five["share_yellow"], five["share_red"]] == ["0.1563", "0.6250", "0.2188"])
        // f1 in period 6: 9 ratings of 5 and 31 of 4 make 45 + 124 = 169 over 40 = 4.225; the
        // nearest Double times 100 is 422.49999999999994, which gave 4.22.
        let f1 = try #require(
            Self.file("scales.csv", of: files).first {
                $0["project"] == "haderslev" && $0["institution"] == "*" && $0["period"] == "6"
            })
        #expect(f1["n"] == "40" && f1["mean"] == "4.23")
        // summary.txt shows the same mean.
        let summary = DataReport(Self.result, catalogue: .standard, name: "halves").files(formats: [.text])[0].contents
        #expect(summary.contains("p.6 4,23 (n=40)"))
    }

    @Test func diffDifferencesAndRelativeChangesRoundTheirExactHalvesAwayFromZero() throws {
        let diff = DiffReport(
            Self.result, from: .period(Period(6)), to: .period(Period(7)), catalogue: .standard, name: "halves"
        ).files(formats: [.csv])
        let rows = Self.file("diff.csv", of: diff).filter { $0["project"] == "frederikshavn" && $0["institution"] == "*" }
        // Home visits 32 -> 107: difference 75, relative change 75/32 = 2.34375.
        let visits = try #require(rows.first { $0["kind"] == "activity" && $0["measure"] == "hjemmebesoeg" })
        #expect(
            [visits["from_value"], visits["to_value"], visits["difference"], visits["relative_change"]]
                == ["32", "107", "75", "2.3438"])
        // Green 3 of 5 = 0.6 -> 89 of 160 = 0.55625; difference 89/160 - 96/160 = -7/160 =
        // -0.04375. The difference of the nearest Doubles, -0.043749999999999956, gave -0.0437.
        let lights = try #require(rows.first { $0["kind"] == "traffic_light" && $0["measure"] == "trivsel" })
        #expect([lights["from_value"], lights["to_value"], lights["difference"]] == ["0.6000", "0.5563", "-0.0438"])
    }
}
