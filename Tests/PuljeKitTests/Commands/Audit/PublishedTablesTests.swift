import Foundation
import Testing

@testable import PuljeKit

/// `pulje audit`'s model: the linked tables rebuilt from published files alone.
struct PublishedTablesTests {
    static let header =
        "project,institution,period,phase,measure,n,green,yellow,red,share_green,share_yellow,share_red,green_ci_low,green_ci_high,suppressed"

    static func audit(_ rows: [String]) throws -> DisclosureAudit {
        let folder = TestSupport.folder(text: ["traffic_light.csv": ([header] + rows).joined(separator: "\n") + "\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try PublishedTables(folders: [folder.path], catalogue: .standard, minimumCell: 5).audit()
    }

    @Test func aSuppressedRowBesideItsShownTotalAndSiblingIsRecovered() throws {
        // 14 = 4 + 10 and 11 green = x + 8: the hidden row's green is 3, by subtraction.
        let audit = try Self.audit([
            "frederikshavn,*,6,virkning,trivsel,14,11,2,1,,,,,,false",
            "frederikshavn,Regnbuen,6,virkning,trivsel,4,,,,,,,,,true",
            "frederikshavn,Solsikken,6,virkning,trivsel,10,8,1,1,,,,,,false",
        ])
        let green = try #require(audit.findings.first { $0.label.contains("Regnbuen") && $0.cell == 0 })
        #expect(green.interval == FeasibilityInterval(lower: 3, upper: 3))
        #expect(!audit.failures.isEmpty)
    }

    @Test func twoHiddenRowsUnderAShownTotalKeepTheirRoom() throws {
        // 4 + 10 children hidden, the project's 11/2/1 shown: Regnbuen's green lies in 1...4,
        // its yellow in 0...2, its red in 0...1 (width 1 < 2: the one red child pins it).
        let audit = try Self.audit([
            "frederikshavn,*,6,virkning,trivsel,14,11,2,1,,,,,,false",
            "frederikshavn,Regnbuen,6,virkning,trivsel,4,,,,,,,,,true",
            "frederikshavn,Solsikken,6,virkning,trivsel,10,,,,,,,,,false",
        ])
        let regnbuen = audit.findings.filter { $0.label.contains("Regnbuen") }.map(\.interval)
        #expect(
            regnbuen == [
                FeasibilityInterval(lower: 1, upper: 4), FeasibilityInterval(lower: 0, upper: 2),
                FeasibilityInterval(lower: 0, upper: 1),
            ])
        #expect(audit.failures.map(\.cell).sorted() == [2, 2])  // red of both rows
    }

    @Test func everySplitHiddenLeavesEachCountItsWholeRow() throws {
        let audit = try Self.audit([
            "frederikshavn,*,6,virkning,trivsel,14,,,,,,,,,true",
            "frederikshavn,Regnbuen,6,virkning,trivsel,4,,,,,,,,,true",
            "frederikshavn,Solsikken,6,virkning,trivsel,10,,,,,,,,,true",
        ])
        #expect(audit.failures.isEmpty)
        #expect(
            audit.findings.filter { $0.label.contains("Regnbuen") }.allSatisfy {
                $0.interval == FeasibilityInterval(lower: 0, upper: 4)
            })
    }

    @Test func theBundledReportAndDiffPassTheirAudit() throws {
        let root = TestSupport.root.appendingPathComponent("reports")
        let tables = try PublishedTables(
            folders: ["evaluation", "evaluation-diff-udbredelse-virkning"].map { root.appendingPathComponent($0).path },
            catalogue: .standard, minimumCell: 5)
        let audit = tables.audit()
        #expect(audit.findings.count > 1_000 && audit.failures.isEmpty)
    }
}
