import Testing
@testable import PuljeKit

/// SPEC 5's pricing, checked by hand and against the evaluation's published tables.
@Suite struct CostModelTests {
    static let model = CostModel()

    static func activity(_ project: ProjectID, _ name: String) -> PricedActivity {
        PricedActivity.standard.first { $0.project == project && $0.name == name }!
    }

    /// SPEC 5's worked example (Frederikshavn, published 1,099, 1,269 and 232 kr. per child).
    @Test(arguments: [("Overgangssamtaler", 1099.0), ("Trivselssamtale og 3-års", 1269), ("Forældrecaféer", 232)])
    func workedExampleIsReproducedWithinOneKrone(_ name: String, _ published: Double) throws {
        let cost = try Self.model.price(Self.activity("frederikshavn", name))
        #expect(abs(cost.costPerChildKr! - published) < 1)
    }

    @Test func formulaByHand() throws {
        // Forældrecafé: 6 h pædagog at 453,000 / 1,600 x 1.2 = 339.75 kr./h, 2 h leder at
        // 566,500 -> 424.875, 1.5 h sundhedsplejerske at 524,100 -> 393.075:
        // 2,038.5 + 849.75 + 589.6125 = 3,477.8625 kr. per holding, / 15 children = 231.8575.
        let cost = try Self.model.price(Self.activity("frederikshavn", "Forældrecaféer"))
        #expect(abs(cost.costPerHoldingKr - 3477.8625) < 1e-9)
        #expect(abs(cost.costPerChildKr! - 231.8575) < 1e-9)
        #expect(cost.hoursTotal == 9.5)
    }

    @Test func partnerHoursArePricedAtTheMeanOfThePartnersWages() throws {
        // Trivselsteam: 3.5 partner hours for sundhedsplejerske and socialrådgiver:
        // (524,100 + 480,700) / 2 / 1,600 x 1.2 = 376.8 kr./h -> 1,318.8; 2.5 h pædagog 849.375;
        // 1.75 h leder 743.53125; total 2,911.70625 / 2 children = 1,455.853 (published 1,456).
        let cost = try Self.model.price(Self.activity("mariagerfjord", "Trivselsteam"))
        #expect(abs(cost.costPerHoldingKr - 2911.70625) < 1e-9)
        #expect(abs(cost.costPerChildKr! - 1455.853125) < 1e-9)
    }

    @Test func everyCheckedActivityIsWithinOnePercent() throws {
        let checked = PricedActivity.standard.filter(\.heldToPublished)
        #expect(checked.count == 37)
        for activity in checked {
            let deviation = try #require(try Self.model.price(activity).deviationPercent, "\(activity.name)")
            #expect(abs(deviation) <= 1, "\(activity.project) \(activity.name): \(deviation)%")
        }
        #expect(Set(PricedActivity.standard.map(\.project)).count == 14)
    }

    @Test func aMunicipalityWageWinsForItsOwnProjectsOnly() throws {
        let own = WageTable(wages: [.init(role: .paedagog, municipality: "frederikshavn"): 480_000])
        let model = CostModel(wages: WageTable.standard.overlaid(with: own))
        // Sprogstimulering (Haderslev, 1 h pædagog) keeps the national wage: 453,000 / 1,600 x 1.2.
        #expect(abs(try model.price(Self.activity("haderslev", "Sprogstimulering")).costPerChildKr! - 339.75) < 1e-9)
        // Frederikshavn's pædagog hour: 480,000 / 1,600 x 1.2 = 360.
        #expect(abs(model.hourlyCost(.paedagog, municipality: "Frederikshavn")! - 360) < 1e-9)
    }

    @Test func whatIfOverheadHoursAndGroupSize() throws {
        let activity = Self.activity("haderslev", "Sprogstimulering")  // 1 h pædagog, 1 child
        #expect(abs(try CostModel(overhead: 0.30).price(activity).costPerChildKr! - 453_000.0 / 1600 * 1.3) < 1e-9)
        #expect(abs(try CostModel(hoursPerYear: 1500).price(activity).costPerChildKr! - 453_000.0 / 1500 * 1.2) < 1e-9)
        let cafe = Self.activity("frederikshavn", "Forældrecaféer")
        #expect(abs(try Self.model.price(cafe, childrenPerHolding: 10).costPerChildKr! - 347.78625) < 1e-9)
    }

    @Test func pricingErrorsNameRoleActivityAndLine() {
        let cafe = Self.activity("frederikshavn", "Forældrecaféer")
        let noNurse = CostModel(
            wages: WageTable(wages: [
                .init(role: .paedagog, municipality: ""): 453_000, .init(role: .paedagogiskLeder, municipality: ""): 566_500,
            ]))
        #expect(
            throws: CostError.missingWage(role: "sundhedsplejerske", activity: "Forældrecaféer", file: "activities.csv", line: 4)
        ) {
            try noNurse.price(cafe)
        }
        #expect(throws: CostError.noChildren(activity: "Forældrecaféer", file: "activities.csv", line: 4)) {
            try Self.model.price(cafe, childrenPerHolding: 0)
        }
        #expect(throws: CostError.negativeHours(role: "vikar", activity: "X", file: "a.csv", line: 2)) {
            try PricedActivity.load(
                bytes: Array(
                    "project,activity,hours_paedagog,hours_paedagogisk_leder,hours_vikar,hours_partner,children_per_holding,establishment_kr,published_cost_per_child_kr\nfrederikshavn,X,1,0,-1,0,1,,\n"
                        .utf8),
                name: "a.csv")
        }
    }
}

/// Price years, and the running cost of registered activities.
@Suite struct InterventionCostTests {
    @Test func anIndexMovesWagesToAnotherYear() throws {
        // Fixtures/examples/wage-index-example.csv (example values): 2022 = 100.0, 2024 = 108.2.
        let index = try WageIndex.load(TestSupport.fixture("examples/wage-index-example.csv"))
        let factor = try #require(index.factor(from: 2022, to: 2024))
        #expect(abs(factor - 1.082) < 1e-12)
        let model = CostModel(priceFactor: factor)
        let activity = CostModelTests.activity("haderslev", "Sprogstimulering")  // 1 h pædagog
        #expect(abs(try model.price(activity).costPerChildKr! - 453_000 * 1.082 / 1600 * 1.2) < 1e-9)
        #expect(index.factor(from: 2022, to: 2030) == nil)
    }

    @Test func aMunicipalityWageFileOverlaysTheDefault() throws {
        let own = try WageTable.load(TestSupport.fixture("examples/wages-frederikshavn-example.csv"))
        let model = CostModel(wages: WageTable.standard.overlaid(with: own))
        // Overgangssamtaler with Frederikshavn's example wages: 2.25 h x 470,000 / 1,600 x 1.2 = 793.125,
        // 1 h vikar (national 315,200) = 236.4, 0.25 h sundhedsplejerske x 540,000 / 1,600 x 1.2 = 101.25.
        let cost = try model.price(CostModelTests.activity("frederikshavn", "Overgangssamtaler"))
        #expect(abs(cost.costPerHoldingKr - (793.125 + 236.4 + 101.25)) < 1e-9)
    }

    /// Fixtures/small: Overgangssamtaler (hjemmebesoeg) costs 2.25 x 339.75 + 1 x 236.4 +
    /// 0.25 x 393.075 = 1,099.10625 kr. a holding; Sprogstimulering (kufferter) 339.75.
    @Test func runningCostFollowsTheRegisteredCounts() throws {
        let rows = ReportFileTests.files()["intervention_costs.csv"]!
        #expect(rows[0] == "project,institution,period,activity,holdings,cost_kr,children,cost_per_child_kr")
        for expected in [
            "frederikshavn,Solsikken,6,Overgangssamtaler,2.00,2198,2.00,1099",  // 2 x 1,099.10625
            "frederikshavn,Regnbuen,7,Overgangssamtaler,4.00,4396,4.00,1099",  // 4 x 1,099.10625
            "frederikshavn,*,all,Overgangssamtaler,6.00,6595,6.00,1099",  // 6,594.6375
            "haderslev,Spiren,6,Sprogstimulering,3.00,1019,3.00,340",  // 3 x 339.75
        ] {
            #expect(rows.contains(expected), "\(expected)")
        }
        // Solsikken left hjemmebesoeg blank in period 7: no cost row, not a zero one.
        #expect(!rows.contains { $0.hasPrefix("frederikshavn,Solsikken,7,") })
    }

    @Test func aSharedIndicatorIsSplitAndTheAssumptionSaid() throws {
        let dataset = Dataset([
            Registration(
                key: RegistrationKey(project: "ishoej", institution: "Spiren", period: Period(6)),
                counts: [.tvaerfagligeMoeder: 9])
        ])
        let costs = try InterventionCosts(
            dataset: dataset, activities: PricedActivity.standard, model: CostModel(), projects: ["ishoej"])
        let rows = costs.rows.filter { $0.institution == "Spiren" }
        // Overgangsmøde, Opfølgningsmøde and Forældretræning share tvaerfaglige_moeder: 3 holdings each.
        #expect(Set(rows.map(\.activity)) == ["Overgangsmøde", "Opfølgningsmøde", "Forældretræning"])
        #expect(rows.allSatisfy { $0.holdings == 3 })
        #expect(costs.sharedIndicators.map(\.indicator) == [.tvaerfagligeMoeder])
        let summary = DataReport(
            try Validation().run(paths: [TestSupport.fixture("evaluation")]), catalogue: .standard, name: "evaluation"
        ).files(formats: [.text]).first!.contents
        #expect(summary.contains("Antagelse: Tværfaglige møder tæller både Overgangsmøde, Opfølgningsmøde, Forældretræning"))
    }
}
