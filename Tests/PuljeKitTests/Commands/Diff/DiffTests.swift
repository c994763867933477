import Foundation
import Testing
@testable import PuljeKit

/// `pulje diff` on Fixtures/panel, a data set designed by hand (scripts/reference/panel.py):
/// 24 children stay from period 5 to 7, 7 arrive, 6 leave, with a transition table fixed by
/// the design. Reference values were computed from the designed counts by that script, not
/// by the engine:
/// - Welch: `scipy.stats.ttest_ind([5,6,5,6,4], [3,4,4,5,3,4], equal_var=False)` and its
///   `.confidence_interval(0.95)` (scipy 1.17.1)
/// - chi-square: `scipy.stats.chi2_contingency([[17,22],[8,5],[5,4]], correction=False)`
/// - Newcombe: `statsmodels.stats.proportion.confint_proportions_2indep(22, 31, 17, 30,
///   method="newcomb", compare="diff")` (statsmodels 0.15.0)
/// - Stuart-Maxwell: `statsmodels.stats.contingency_tables.SquareTable(t).homogeneity()`
/// - McNemar: `statsmodels.stats.contingency_tables.mcnemar(t2x2, exact=False, correction=False)`
@Suite struct DiffTests {
    static let result = try! Validation(keepsChildren: true).run(paths: [TestSupport.fixture("panel")])

    static func comparison(_ from: PeriodScope, _ to: PeriodScope, minimumCell: Int = 1) -> PeriodComparison {
        PeriodComparison(dataset: result.dataset, catalogue: .standard, from: from, to: to, minimumCell: minimumCell)
    }

    static let fiveToSeven = comparison(.period(Period(5)), .period(Period(7)))

    static func panel(_ comparison: PeriodComparison, _ assessment: Assessment, institution: String? = nil) -> ChildPanel {
        comparison.panels.first { $0.assessment == assessment && $0.institution == institution }!
    }

    @Test func fixtureReadsCleanAndKeepsEveryChildRow() {
        #expect(Self.result.problems.isEmpty)
        // 30 + 28 + 32 child rows in periods 5, 6 and 7, every one with a pseudonym.
        #expect(Self.result.dataset.children.count == 30 + 28 + 32)
    }

    @Test func childrenAreNotKeptUnlessAsked() throws {
        let counted = try Validation().run(paths: [TestSupport.fixture("panel")])
        #expect(counted.dataset.children.isEmpty)
        #expect(
            counted.dataset.registrations.values.map(\.trafficLights)
                == Self.result.dataset.registrations.values.map(\.trafficLights))
    }

    @Test func stayersTransitionTableIsTheDesignedOne() {
        let trivsel = Self.panel(Self.fiveToSeven, .trivsel)
        #expect(trivsel.transitions == [[12, 1, 1], [4, 1, 1], [2, 1, 1]])
        #expect(trivsel.stayersFrom == TrafficLightCounts(green: 14, yellow: 6, red: 4))
        #expect(trivsel.stayersTo == TrafficLightCounts(green: 18, yellow: 3, red: 3))
        // Solsikken alone: A01-A16.
        #expect(
            Self.panel(Self.fiveToSeven, .trivsel, institution: "Solsikken").transitions == [[8, 1, 1], [3, 1, 0], [1, 1, 0]])
    }

    @Test func newcomersAndLeaversUseTheLastAssessment() {
        let trivsel = Self.panel(Self.fiveToSeven, .trivsel)
        // A21 g, A22 y, A23 g, A24 r, A25 y, B11 g, B12 g.
        #expect(trivsel.newcomers == TrafficLightCounts(green: 4, yellow: 2, red: 1))
        // A17 red (its udgaaet row in period 6, not its green in 5), A18 yellow (udgaaet in 7),
        // A19 yellow, A20 red, B10 yellow (period 5), B09 green (its last active row, period 6).
        #expect(trivsel.leavers == TrafficLightCounts(green: 1, yellow: 3, red: 2))
        let sprog = Self.panel(Self.fiveToSeven, .sprog)
        // A17's udgaaet row has no language light: its last language assessment is period 5's green.
        #expect(sprog.leavers == TrafficLightCounts(green: 3, yellow: 1, red: 0))
        #expect(sprog.stayersNotAssessed == 8)  // Kastanjen never assesses language
    }

    @Test func pairedTestsMatchStatsmodels() throws {
        let trivsel = Self.panel(Self.fiveToSeven, .trivsel)
        // The statistics themselves, whatever the suppression shows of them.
        let stuartMaxwell = try #require(PeriodTests.stuartMaxwell(trivsel.transitions))
        #expect(abs(stuartMaxwell.statistic - 2.064516) < 1e-5)
        #expect(abs(stuartMaxwell.p - 0.356202) < 1e-5)
        func mcNemarOf(_ panel: ChildPanel) -> (statistic: Double, p: Double)? {
            let t = panel.transitions
            return PeriodTests.mcNemar(becameGreen: t[1][0] + t[2][0], leftGreen: t[0][1] + t[0][2])
        }
        let mcNemar = try #require(mcNemarOf(trivsel))
        #expect(abs(mcNemar.statistic - 2.0) < 1e-9)
        #expect(abs(mcNemar.p - 0.157299) < 1e-5)
        let sprog = Self.panel(Self.fiveToSeven, .sprog)
        #expect(abs(try #require(mcNemarOf(sprog)).p - 0.083265) < 1e-5)
        // [[10,0,0],[3,0,0],[0,0,3]]: the covariance matrix is singular (statsmodels warns and gives nan).
        #expect(PeriodTests.stuartMaxwell(sprog.transitions) == nil)
    }

    @Test func unpairedTestsMatchScipyAndStatsmodels() throws {
        let lights = try #require(Self.fiveToSeven.trafficLights.first { $0.institution == nil && $0.series.id == "trivsel" })
        #expect(lights.from == TrafficLightCounts(green: 17, yellow: 8, red: 5))
        #expect(lights.to == TrafficLightCounts(green: 22, yellow: 5, red: 4))
        let chiSquare = try #require(lights.chiSquare)
        #expect(abs(chiSquare.statistic - 1.428435) < 1e-5 && chiSquare.degreesOfFreedom == 2)
        #expect(abs(chiSquare.p - 0.489575) < 1e-5)
        let interval = try #require(lights.interval)
        #expect(abs(interval.lowerBound - -0.094254) < 1e-5 && abs(interval.upperBound - 0.360388) < 1e-5)

        let f1 = try #require(Self.fiveToSeven.scales.first { $0.institution == nil && $0.question == .f1DagligKontakt })
        let welch = try #require(f1.test)
        #expect(abs(welch.t - 2.822556) < 1e-5 && abs(welch.degreesOfFreedom - 8.22331) < 1e-4)
        #expect(abs(welch.p - 0.0218) < 5e-5)
        #expect(abs(welch.interval.lowerBound - 0.255368) < 1e-5 && abs(welch.interval.upperBound - 2.477966) < 1e-5)
        #expect(f1.isSignificant == true && f1.minimumDetectableDifference == nil)
    }

    @Test func notRegisteredOnOneSideStaysExplicit() throws {
        let f2 = try #require(Self.fiveToSeven.scales.first { $0.institution == nil && $0.question == .f2Inddragelse })
        #expect(f2.from?.n == 2 && f2.to == nil && f2.difference == nil && f2.test == nil)
        let ask = try #require(Self.fiveToSeven.activity.first { $0.institution == "Ask" && $0.indicator == .hjemmebesoeg })
        #expect(ask.from.value == nil && ask.to.value == 6 && ask.difference == nil)
    }

    @Test func diffCSVRowsHoldTheReferenceValues() {
        let lines = DiffTables(Self.fiveToSeven).diff().split(separator: "\n").map(String.init)
        for expected in [
            // 2+3+1+0+4 home visits from 5 institutions, then 4+5+2+1+3+6 from 6: +11, +110 %
            "morsoe,*,5,7,activity,hjemmebesoeg,5,6,1,1,10,21,11,1.1000,,,,,,,,,,,,,,",
            "morsoe,*,5,7,scale,f1_daglig_kontakt,6,5,,,3.83,5.20,1.3667,,0.2554,2.4780,welch_t,2.8226,0.0218,true,,,,,,,,",
            "morsoe,*,5,7,scale,f2_inddragelse,2,0,,,4.50,,,,,,,,,,,,,,,,,",
            // 17/30 -> 22/31 green; MDD = (1.959964 + 0.841621) * sqrt(p(1-p)(1/30 + 1/31)), p = 39/61
            "morsoe,*,5,7,traffic_light,trivsel,30,31,,,0.5667,0.7097,0.1430,,-0.0943,0.3604,chi_square_df2,1.4284,0.4896,false,0.3445,17,8,5,22,5,4,false",
            // paired: (18 - 14) / 24 among the same children
            "morsoe,*,5,7,panel_green,trivsel,24,24,,,0.5833,0.7500,0.1667,,,,mcnemar,2.0000,0.1573,false,,14,6,4,18,3,3,false",
            "morsoe,*,5,7,panel_distribution,trivsel,24,24,,,,,,,,,stuart_maxwell,2.0645,0.3562,false,,14,6,4,18,3,3,false",
        ] {
            #expect(lines.contains(expected), "missing: \(expected)")
        }
    }

    @Test func phasesComparePhaseAggregatesAndTheirPanel() {
        let phases = Self.comparison(.phase(.udbredelse), .phase(.virkning))
        let trivsel = Self.panel(phases, .trivsel)
        // B09 is active in period 6, inside virkning: a stayer (green to green) here, a leaver above.
        #expect(trivsel.transitions == [[13, 1, 1], [4, 1, 1], [2, 1, 1]])
        #expect(trivsel.leavers == TrafficLightCounts(green: 0, yellow: 3, red: 2))
        #expect(trivsel.newcomers == TrafficLightCounts(green: 4, yellow: 2, red: 1))
        let lights = phases.trafficLights.first { $0.institution == nil && $0.series.id == "trivsel" }!
        // udbredelse holds period 5 only (4 has no data); virkning sums period 6 (27 active
        // children: the 24 stayers, A21, A22, B09) and period 7 (31).
        #expect(lights.from == TrafficLightCounts(green: 17, yellow: 8, red: 5))
        #expect(lights.to?.total == 31 + 27)
    }

    @Test func smallCellsAreSuppressedAndPseudonymsNeverWritten() {
        let comparison = Self.comparison(.period(Period(5)), .period(Period(7)), minimumCell: 5)
        let tables = DiffTables(comparison)
        let transitions = tables.transitions().split(separator: "\n").map(String.init)
        // [[12,1,1],[4,1,1],[2,1,1]], from-side 14/6/4: shown, 12 beside 14 would leave 2 for two
        // hidden cells of at least 1 each, so 12 is hidden too, and with it the table (issue 14).
        #expect(transitions.contains("morsoe,*,5,7,trivsel,stayer,groen,groen,,true"))
        #expect(transitions.contains("morsoe,*,5,7,trivsel,stayer_total,,,24,false"))
        #expect(transitions.contains("morsoe,*,5,7,trivsel,stayer,groen,gul,,true"))
        #expect(transitions.contains("morsoe,*,5,7,trivsel,stayer,gul,gul,,true"))
        // Kastanjen: 8 stayers, shares shown; its 1-child cells are not.
        let kastanjen = Self.panel(comparison, .trivsel, institution: "Kastanjen")
        let shown = kastanjen.suppression
        #expect(kastanjen.stayers == 8)
        for from in TrafficLight.allCases {
            for to in TrafficLight.allCases {
                let count = kastanjen.transitions[from.index][to.index]
                if count == 1 { #expect(shown.stayers(from, to, in: kastanjen) == nil) }
                if count == 0 { #expect(shown.stayers(from, to, in: kastanjen) == 0) }
            }
        }
        let text =
            tables.diff() + tables.transitions()
            + DiffSummary(comparison, catalogue: .standard, language: .danish, name: "panel").text
        for child in Self.result.dataset.children {
            #expect(!text.contains(child.pseudonym), "pseudonym written")
        }
    }

    @Test func sidesAreReadAsPeriodsOrPhases() {
        #expect(PeriodScope(side: "2", catalogue: .standard) == .period(Period(2)))
        #expect(PeriodScope(side: " Virkning ", catalogue: .standard) == .phase(.virkning))
        #expect(PeriodScope(side: "3", catalogue: .standard) == nil)  // never collected
        #expect(PeriodScope(side: "9", catalogue: .standard) == nil)
        #expect(PeriodScope(side: "sommer", catalogue: .standard) == nil)
    }

    @Test func everyChildSheetProjectOfTheEvaluationGetsAPanel() throws {
        let result = try Validation(keepsChildren: true).run(paths: [TestSupport.fixture("evaluation")])
        for (from, to) in [
            (PeriodScope.period(Period(2)), PeriodScope.period(Period(7))), (.phase(.udbredelse), .phase(.virkning)),
        ] {
            let comparison = PeriodComparison(dataset: result.dataset, catalogue: .standard, from: from, to: to)
            let withPanel = Set(comparison.panels.filter { $0.institution == nil }.map(\.project.rawValue))
            #expect(withPanel == ["helsingoer", "morsoe", "vesthimmerlands"], "\(from) -> \(to)")
        }
    }

    @Test func aChildWhoMovedAndThenDisappearedLeavesWithTheLightOfTheInstitutionItMovedTo() throws {
        // X is green at A in period 5; in period 6 A registers X as udgaaet (yellow) and B as
        // active (red): X moved from A to B. X is gone in period 7 without a leaving row, so
        // X leaves the project after period 6 with B's red, its last assessment.
        func row(_ institution: String, _ period: Int, _ light: TrafficLight, _ status: ChildStatus) -> ChildAssessment {
            ChildAssessment(
                key: RegistrationKey(project: "helsingoer", institution: institution, period: Period(period)),
                pseudonym: "X", trivsel: light, sprog: nil, status: status)
        }
        let rows = [row("A", 5, .green, .aktiv), row("A", 6, .yellow, .udgaaet), row("B", 6, .red, .aktiv)]
        let project = try #require(
            ChildPanel.panels(
                of: rows, project: "helsingoer", institution: nil, from: [Period(6)], to: [Period(7)], minimumCell: 5
            ).first { $0.assessment == .trivsel })
        #expect(project.leavers == TrafficLightCounts(green: 0, yellow: 0, red: 1))
        // At A alone X left in period 6, as its udgaaet row there says.
        let atA = try #require(
            ChildPanel.panels(
                of: rows.filter { $0.key.institution == "A" }, project: "helsingoer", institution: "A", from: [Period(5)],
                to: [Period(7)], minimumCell: 5
            ).first { $0.assessment == .trivsel })
        #expect(atA.leavers == TrafficLightCounts(green: 0, yellow: 1, red: 0))
    }
}

/// The privacy rules of issue 7, each pinned by a test.
@Suite struct PrivacyTests {
    @Test func panelCellsCannotBeWorkedOutFromTheirMargins() {
        let panel = DiffTests.panel(DiffTests.comparison(.period(Period(5)), .period(Period(7)), minimumCell: 5), .trivsel)
        let shown = panel.suppression
        // Stayers' from-distribution 14/6/4 with n = 24 shown: 4 is hidden, so 6 must be too.
        #expect(panel.stayersFrom == TrafficLightCounts(green: 14, yellow: 6, red: 4))
        #expect(shown.stayersFrom(.red, in: panel) == nil && shown.stayersFrom(.yellow, in: panel) == nil)
        // Every hidden count keeps the protection width against all of the panel's counts.
        let audit = DisclosureAudit(shown.table, protection: DisclosureAudit.protectionWidth)
        #expect(!audit.findings.isEmpty && audit.failures.isEmpty)
    }

    @Test func cprInAFileNameRefusesTheFileWithoutShowingTheName() throws {
        let folder = TestSupport.folder(text: [
            "frederikshavn/periode-6-0102031234.csv": "dagtilbud,boern\nSolsikken,8\n",
            "frederikshavn/periode-7.csv": "dagtilbud,boern\nSolsikken,9\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Validation().run(paths: [folder.path])
        #expect(result.problems.map(\.code) == ["cpr-in-file-name"])
        #expect(result.dataset.registrations.count == 1)
        let shown =
            ProblemListing(result, language: .danish).text() + ProblemListing(result, language: .english).csv()
            + DataReport(result, catalogue: .standard, name: "x").files().map(\.contents).joined()
        #expect(!shown.contains("0102031234") && shown.contains("[CPR]"))
    }

    @Test func digitsInTheFoldersTheUserNamedRefuseNothing() throws {
        // A temporary folder's UUID can hold "010190-1234" (it once did, and the order property
        // test failed with every file refused). Folders typed on the command line are the user's.
        let parent = TestSupport.folder(text: [
            "kørsel-AB010190-1234-C/frederikshavn/periode-6.csv": "dagtilbud,boern\nSolsikken,8\n",
            "kørsel-AB010190-1234-C/frederikshavn/periode-7-0102031234.csv": "dagtilbud,boern\nSolsikken,9\n",
        ])
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("kørsel-AB010190-1234-C")
        let givenFolder = try Validation().run(paths: [folder.path])
        #expect(givenFolder.problems.map(\.code) == ["cpr-in-file-name"])
        #expect(givenFolder.dataset.registrations.count == 1)
        let file = folder.appendingPathComponent("frederikshavn/periode-6.csv").path
        let named = folder.appendingPathComponent("frederikshavn/periode-7-0102031234.csv").path
        let givenFiles = try Validation().run(paths: [file, named])
        #expect(givenFiles.problems.map(\.code) == ["cpr-in-file-name"])
        #expect(givenFiles.dataset.registrations.count == 1)
        // The file's own name is the data's even when it is given directly: masked, never shown.
        let shown = ProblemListing(givenFiles, language: .english).csv()
        #expect(!shown.contains("0102031234") && shown.contains("frederikshavn/[CPR]"))
    }

    @Test func pseudonymsNeverReachTheReport() throws {
        let result = try Validation(keepsChildren: true).run(paths: [TestSupport.fixture("panel")])
        let text = DataReport(result, catalogue: .standard, name: "panel", minimumCell: 1).files().map(\.contents).joined()
        #expect(!result.dataset.children.isEmpty)
        for child in result.dataset.children { #expect(!text.contains(child.pseudonym)) }
    }

    @Test func formulaLikeCellsAreNeutralised() {
        var writer = CSVWriter(header: ["institution", "value"])
        writer.textRow(["=HYPERLINK(\"x\")", "-12"])
        writer.textRow(["+45 1234", "@SUM(A1)"])
        #expect(writer.text == "institution,value\n\"'=HYPERLINK(\"\"x\"\")\",-12\n'+45 1234,'@SUM(A1)\n")
    }
}
