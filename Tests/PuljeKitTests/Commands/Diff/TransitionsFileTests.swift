import Foundation
import Testing
@testable import PuljeKit

/// transitions.csv for a child who moved (issue 16): registered `udgaaet` at one institution
/// and active at another in the same period, then gone without a leaving row. The README: a
/// leaver's light is the last assessment before leaving, the active row where it moved to.
@Suite struct TransitionsFileTests {
    @Test func aChildWhoMovedAndThenDisappearedLeavesWithTheLightWhereItMovedTo() throws {
        // X: green at Ask in period 5; in period 6 Ask registers X udgaaet (yellow) and Bøgen
        // active (red); no row in period 7. Y: active at Bøgen in 6 (green) and 7 (yellow).
        let folder = TestSupport.folder(text: [
            "morsoe/periode-5-boern.csv": "dagtilbud,barn,trivsel,status\nAsk,X,groen,aktiv\n",
            "morsoe/periode-6-boern.csv":
                "dagtilbud,barn,trivsel,status\nAsk,X,gul,udgaaet\nBøgen,X,roed,aktiv\nBøgen,Y,groen,aktiv\n",
            "morsoe/periode-7-boern.csv": "dagtilbud,barn,trivsel,status\nBøgen,Y,gul,aktiv\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Validation(keepsChildren: true).run(paths: [folder.path])
        let files = DiffReport(
            result, from: .period(Period(6)), to: .period(Period(7)), catalogue: .standard, name: "moved", minimumCell: 1
        ).files(formats: [.csv])
        let rows = try #require(files.first { $0.name == "transitions.csv" }).contents.split(separator: "\n")
        func cells(_ institution: String, _ group: String) -> [String] {
            rows.filter { $0.hasPrefix("morsoe,\(institution),6,7,trivsel,\(group),") }.map {
                String($0.split(separator: ",", omittingEmptySubsequences: false)[8])
            }
        }
        // The project: Y stayed (green -> yellow); X left with Bøgen's red, not Ask's yellow.
        #expect(cells("*", "leaver") == ["0", "0", "1"])
        #expect(cells("*", "stayer") == ["0", "1", "0", "0", "0", "0", "0", "0", "0"])
        // Bøgen: X left from there, red. Ask had X active in period 5 only, outside both sides.
        #expect(cells("Bøgen", "leaver") == ["0", "0", "1"])
        #expect(cells("Ask", "leaver").isEmpty)
    }
}
