import Foundation
import Testing
@testable import PuljeKit

/// `pulje cost`'s scenario (SPEC 5): own wages over the default, a wage index, the project
/// choice and `--check`, worked out by hand from the wages and hours.
@Suite struct CostScenarioTests {
    static let header =
        "project,municipality,table,group,activity,hours_paedagog,hours_paedagogisk_leder,hours_vikar,hours_partner,"
        + "partner_roles,children_per_holding,cadence,establishment_kr,published_cost_per_child_kr,check,note,indicator\n"

    static func files(_ files: [String: String]) -> (URL, (String) -> String) {
        let folder = TestSupport.folder(text: files)
        return (folder, { folder.appendingPathComponent($0).path })
    }

    @Test func anOwnWageFileIsLaidOverTheDefaultAndNoted() throws {
        let (folder, path) = Self.files(["wages.csv": "role,municipality,annual_wage_kr\npaedagog,Frederikshavn,480000\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pricing = try CostScenario(wagesFile: path("wages.csv"), projects: ["Frederikshavn"]).price()
        #expect(pricing.notes == [.ownWages(file: path("wages.csv"), roles: ["paedagog"])])
        #expect(Set(pricing.costs.map(\.activity.project)) == ["frederikshavn"])
        // Forældrecafé: 6 h pædagog at 480,000 / 1,600 x 1.2 = 360 kr./h -> 2,160; 2 h leder at
        // 566,500 -> 849.75; 1.5 h sundhedsplejerske at 524,100 -> 589.6125: 3,599.3625 / 15.
        let cafe = try #require(pricing.costs.first { $0.activity.name == "Forældrecaféer" })
        #expect(abs(cafe.costPerChildKr! - 3599.3625 / 15) < 1e-9)
    }

    @Test func aWageIndexMovesPricesAndNamesTheYearItLacks() throws {
        let (folder, path) = Self.files(["index.csv": "year,index\n2022,100\n2024,110\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pricing = try CostScenario(indexFile: path("index.csv"), toYear: 2024, projects: ["frederikshavn"]).price()
        #expect(pricing.notes == [.pricesMoved(toYear: 2024, file: path("index.csv"), factor: 1.1)])
        // 231.8575 kr. per child at 2022 prices (CostModelTests.formulaByHand) x 110 / 100.
        let cafe = try #require(pricing.costs.first { $0.activity.name == "Forældrecaféer" })
        #expect(abs(cafe.costPerChildKr! - 231.8575 * 1.1) < 1e-9)
        #expect(throws: CostError.indexLacksYear(file: path("index.csv"), year: 2030)) {
            try CostScenario(indexFile: path("index.csv"), toYear: 2030).price()
        }
        let late = Self.files(["index.csv": "year,index\n2023,100\n2024,110\n"])
        defer { try? FileManager.default.removeItem(at: late.0) }
        #expect(throws: CostError.indexLacksYear(file: late.1("index.csv"), year: 2022)) {
            try CostScenario(indexFile: late.1("index.csv"), toYear: 2024).price()
        }
    }

    @Test func valuesTheModelCannotPriceWithAreUsageErrors() {
        #expect(throws: Failure.usage(.overheadNegative)) { try CostScenario(overhead: -0.1) }
        #expect(throws: Failure.usage(.hoursPerYearNotPositive)) { try CostScenario(hoursPerYear: 0) }
        #expect(throws: Failure.usage(.childrenPerHoldingNotPositive)) { try CostScenario(childrenPerHolding: 0) }
        #expect(throws: Failure.usage(.indexWithoutYear)) { try CostScenario(indexFile: "index.csv") }
        #expect(throws: Failure.usage(.indexWithoutYear)) { try CostScenario(toYear: 2024) }
        #expect(throws: Failure.usage(.toleranceNegative)) { try CostScenario(tolerancePercent: -1) }
    }

    @Test func theFirstProjectWithoutPricedActivitiesIsNamed() {
        // Svendborg is in the catalogue, but the evaluation published no cost table for it.
        #expect(throws: Failure.usage(.noPricedActivities("svendborg"))) {
            try CostScenario(projects: ["frederikshavn", "Svendborg", "nosuch"]).price()
        }
    }

    /// One pædagog hour for one child costs 453,000 / 1,600 x 1.2 = 339.75 kr.
    @Test func theCheckHoldsOnlyActivitiesHeldToAPublishedCost() throws {
        let (folder, path) = Self.files([
            "activities.csv": Self.header
                + "haderslev,Haderslev,T,,A,1,0,0,0,,1,,,341.45,yes,,\n"  // (339.75 - 341.45) / 341.45 = -0.4979 %
                + "haderslev,Haderslev,T,,B,1,0,0,0,,1,,,400,no,,\n"  // -15.06 %, but not held to it
                + "haderslev,Haderslev,T,,C,1,0,0,0,,1,,,,yes,,\n"  // nothing published to compare
                + "haderslev,Haderslev,T,,D,1,0,0,0,,1,,,339.75,yes,,\n"  // exactly
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let lenient = try CostScenario(activitiesFile: path("activities.csv"), tolerancePercent: 0.5).price().check
        #expect(lenient.held.map(\.activity.name) == ["A", "D"])
        #expect(lenient.passes)
        #expect(lenient.summary == .costCheck(within: 2, held: 2, tolerancePercent: 0.5))
        let strict = try CostScenario(activitiesFile: path("activities.csv"), tolerancePercent: 0.4).price().check
        #expect(strict.outside.map(\.activity.name) == ["A"])
        #expect(!strict.passes)
        let note = try #require(strict.deviationNotes.first)
        #expect(Language.danish.text(note) == "haderslev A: -0,5 %")
        #expect(Language.danish.text(strict.summary) == "Kontrol: 1 af 2 aktiviteter inden for 0,4 %.")
    }

    @Test func theEvaluationsActivitiesPassTheCheckAtOnePercent() throws {
        let check = try CostScenario().price().check
        #expect(check.held.count == 37)
        #expect(check.passes)
    }

    @Test func theFilesAScenarioReadsAreItsInputs() throws {
        let scenario = try CostScenario(wagesFile: "w.csv", activitiesFile: "a.csv", indexFile: "i.csv", toYear: 2024)
        #expect(scenario.inputs == ["w.csv", "a.csv", "i.csv"])
        #expect(try CostScenario().inputs.isEmpty)
    }
}
