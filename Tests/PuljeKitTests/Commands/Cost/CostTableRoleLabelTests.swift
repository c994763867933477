import Testing
@testable import PuljeKit

/// `pulje cost`'s tables name roles by their Danish labels in a Danish run (issue 16:
/// `Timer, pædagog`, not `Timer, paedagog`); the CSV files keep the ids.
@Suite struct CostTableRoleLabelTests {
    static func report(_ projects: Set<ProjectID>, _ language: Language) throws -> CostReport {
        let costs = try PricedActivity.standard.filter { projects.contains($0.project) }.map { try CostModel().price($0) }
        return CostReport(costs: costs, catalogue: .standard, language: language)
    }

    /// The cells after the label of the row that starts with `label` and a space.
    static func row(_ text: String, _ label: String) -> [String]? {
        text.split(separator: "\n").first { $0.hasPrefix("  \(label)  ") }
            .map { $0.dropFirst(2 + label.count).split(separator: " ").map(String.init) }
    }

    @Test func aDanishCostTableNamesRolesInDanish() throws {
        // Frederikshavn (Tabel 4): Overgangssamtaler 2.25 pædagog, 1 vikar, 0.25 partner hours;
        // Trivselssamtale og 3-års 2.75, 1, 0.25; Forældrecaféer 6 pædagog, 2 leder, 1.5 partner.
        let text = try Self.report(["frederikshavn"], .danish).text()
        #expect(Self.row(text, "Timer, pædagog") == ["2,25", "2,75", "6,00"])
        #expect(Self.row(text, "Timer, pædagogisk leder") == ["-", "-", "2,00"])
        #expect(Self.row(text, "Timer, sundhedsplejerske") == ["0,25", "0,25", "1,50"])
        #expect(Self.row(text, "Timer, vikar") == ["1,00", "1,00", "-"])
        #expect(!text.contains("paedagog"))
    }

    @Test func partnerRolesSharingTheirHoursAreLabelledEachInDanish() throws {
        // Mariagerfjord's Trivselsteam: 3.5 partner hours for sundhedsplejerske and
        // socialrådgiver together, the third activity of the table's first three.
        let text = try Self.report(["mariagerfjord"], .danish).text()
        #expect(Self.row(text, "Timer, sundhedsplejerske;socialrådgiver") == ["-", "-", "3,50"])
        #expect(!text.contains("socialraadgiver"))
    }

    @Test func anEnglishCostTableAndTheCSVFilesKeepTheIds() throws {
        let english = try Self.report(["frederikshavn", "mariagerfjord"], .english)
        #expect(Self.row(english.text(), "Hours, paedagog") == ["2.25", "2.75", "6.00"])
        let hours = try Self.report(["frederikshavn", "mariagerfjord"], .danish).hoursCSV()
        #expect(hours.contains("\nfrederikshavn,Overgangssamtaler,paedagog,2.25,"))
        #expect(hours.contains("\nmariagerfjord,Trivselsteam,sundhedsplejerske;socialraadgiver,3.50,"))
    }

    @Test func everyRoleOfTheStandardWageTableHasADanishLabel() {
        // A folded id (æ -> ae, ø -> oe, å -> aa, space -> _) shown as it is would be a role
        // without a label.
        for role in Set(WageTable.standard.wages.keys.map(\.role)) {
            let label = role.label(.danish)
            #expect(!["_", "ae", "oe", "aa"].contains { label.contains($0) }, "\(role.id): \(label)")
        }
    }
}
