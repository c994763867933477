import Testing
@testable import PuljeKit

/// SPEC 4 on a small data set whose every expected value is worked out by hand below.
/// Intervals: scipy 1.17.1, `stats.t.interval(0.95, n-1, loc=mean, scale=sd/sqrt(n))` and
/// `stats.binomtest(k, n).proportion_ci(0.95, method='wilson')`.
@Suite struct AggregationTests {
    static func registration(
        _ project: ProjectID, _ institution: String, _ period: Int, _ counts: [Indicator: Int],
        f1: Int? = nil, trivsel: TrafficLightCounts? = nil
    ) -> Registration {
        Registration(
            key: RegistrationKey(project: project, institution: institution, period: Period(period)),
            counts: counts, ratings: f1.map { [.f1DagligKontakt: $0] } ?? [:],
            trafficLights: trivsel.map { [TrafficLightSeries(.trivsel): $0] } ?? [:])
    }

    /// frederikshavn: periods 1 (konkretisering), 6 and 7 (virkning); haderslev: period 6.
    static let dataset = Dataset([
        registration("frederikshavn", "Solsikken", 1, [.boern: 8], f1: 4, trivsel: .init(green: 8, yellow: 0, red: 0)),
        registration(
            "frederikshavn", "Solsikken", 6, [.boern: 10, .hjemmebesoeg: 2], f1: 5, trivsel: .init(green: 8, yellow: 1, red: 1)),
        registration("frederikshavn", "Solsikken", 7, [.boern: 12], f1: 6, trivsel: .init(green: 9, yellow: 1, red: 0)),
        registration(
            "frederikshavn", "Regnbuen", 6, [.boern: 20, .hjemmebesoeg: 0], f1: 3, trivsel: .init(green: 3, yellow: 1, red: 0)),
        registration("frederikshavn", "Regnbuen", 7, [.boern: 18, .hjemmebesoeg: 4]),
        registration("haderslev", "Spiren", 6, [.boern: 5, .kufferter: 3], trivsel: .init(green: 4, yellow: 1, red: 0)),
    ])

    static let aggregation = Aggregation(dataset: dataset, catalogue: .standard)

    static func activity(_ project: ProjectID?, _ institution: String?, _ scope: PeriodScope, _ indicator: Indicator)
        -> ActivityFigure?
    {
        aggregation.activity.first {
            $0.project == project && $0.institution == institution && $0.scope == scope && $0.indicator == indicator
        }
    }

    static func scale(_ institution: String?, _ scope: PeriodScope) -> ScaleFigure? {
        aggregation.scales.first {
            $0.project == "frederikshavn" && $0.institution == institution && $0.scope == scope && $0.question == .f1DagligKontakt
        }
    }

    static func light(
        _ project: ProjectID, _ institution: String?, _ scope: PeriodScope, in aggregation: Aggregation = aggregation
    ) -> TrafficLightFigure? {
        aggregation.trafficLights.first {
            $0.project == project && $0.institution == institution && $0.scope == scope
                && $0.series == TrafficLightSeries(.trivsel)
        }
    }

    @Test func countsSumOverInstitutionsThatRegistered() {
        // Period 6: boern 10 + 20; hjemmebesoeg 2 + 0 (0 is registered, and counts as an institution).
        #expect(Self.activity("frederikshavn", nil, .period(Period(6)), .boern)?.value == 30)
        #expect(Self.activity("frederikshavn", nil, .period(Period(6)), .hjemmebesoeg)?.value == 2)
        #expect(Self.activity("frederikshavn", nil, .period(Period(6)), .hjemmebesoeg)?.institutionsReporting == 2)
        // Period 7: Solsikken left hjemmebesoeg blank: 4 from Regnbuen alone.
        #expect(Self.activity("frederikshavn", nil, .period(Period(7)), .hjemmebesoeg)?.value == 4)
        #expect(Self.activity("frederikshavn", nil, .period(Period(7)), .hjemmebesoeg)?.institutionsReporting == 1)
        // The impact phase (6-7): 2 + 0 + 4 from both institutions.
        #expect(Self.activity("frederikshavn", nil, .phase(.virkning), .hjemmebesoeg)?.value == 6)
        #expect(Self.activity("frederikshavn", nil, .phase(.virkning), .hjemmebesoeg)?.institutionsReporting == 2)
    }

    @Test func institutionsAreCountedOnceInAnyOrder() {
        // 3 institutions: Regnbuen (periods 6, 7), Solsikken (1, 6, 7; hjemmebesoeg in 6 only),
        // Spiren in another project, but named like none of them.
        let registrations = Array(Self.dataset.registrations.values)
        let orders = [
            registrations, registrations.reversed(),
            [registrations[5], registrations[0], registrations[3], registrations[1], registrations[4], registrations[2]],
        ]
        for rows in orders {
            let boern = ActivityFigure.aggregate(.boern, over: rows, project: nil, institution: nil, scope: .all, phase: nil)
            #expect(boern.institutionsReporting == 3, "\(rows.map(\.key))")
            let visits = ActivityFigure.aggregate(
                .hjemmebesoeg, over: rows, project: nil, institution: nil, scope: .all, phase: nil)
            #expect(visits.institutionsReporting == 2, "\(rows.map(\.key))")
            #expect(visits.value == 6)
        }
        // The same name in two projects is two institutions.
        let twice = [
            Self.registration("frederikshavn", "Spiren", 6, [.boern: 1]),
            Self.registration("haderslev", "Spiren", 6, [.boern: 2]),
            Self.registration("frederikshavn", "Spiren", 7, [.boern: 3]),
        ]
        #expect(
            ActivityFigure.aggregate(.boern, over: twice, project: nil, institution: nil, scope: .all, phase: nil)
                .institutionsReporting == 2)
    }

    @Test func blankStaysEmptyAndZeroStaysZero() {
        let blank = Self.activity("frederikshavn", "Solsikken", .period(Period(7)), .hjemmebesoeg)
        #expect(blank != nil)
        #expect(blank?.value == nil)
        #expect(blank?.institutionsReporting == 0)
        #expect(Self.activity("frederikshavn", "Regnbuen", .period(Period(6)), .hjemmebesoeg)?.value == 0)
        // Nobody in konkretisering registered hjemmebesoeg: empty, not 0.
        #expect(Self.activity("frederikshavn", nil, .phase(.konkretisering), .hjemmebesoeg)?.value == nil)
        // An indicator the project never registered gets no rows at all.
        #expect(Self.activity("frederikshavn", nil, .all, .kufferter) == nil)
    }

    @Test func childrenPerPeriodIsTheMeanOfPeriodSums() {
        // SPEC 4: sums per period 8, 30, 30 -> 68 / 3.
        #expect(Self.activity("frederikshavn", nil, .all, .boern)?.value == Ratio(68, 3))
        #expect(Self.activity("frederikshavn", nil, .phase(.virkning), .boern)?.value == 30)
        // All projects, periods 6-7: (10 + 20 + 5) + (12 + 18) = 65 over 2 periods.
        #expect(Self.activity(nil, nil, .window(Aggregation.lastTwelveMonths), .boern)?.value == Ratio(65, 2))
    }

    @Test func tabel3SumsActivitiesOverProjects() {
        #expect(Self.activity(nil, nil, .window(Aggregation.lastTwelveMonths), .hjemmebesoeg)?.value == 6)
        #expect(Self.activity(nil, nil, .all, .kufferter)?.value == 3)
        #expect(Self.activity(nil, nil, .all, .kufferter)?.institutionsReporting == 1)
        #expect(Self.activity(nil, nil, .window(Aggregation.lastTwelveMonths), .boern)?.institutionsReporting == 3)
    }

    @Test func tabel3HasItsEightRowsEvenForIndicatorsNobodyRegistered() {
        // The data set registers boern, hjemmebesoeg and kufferter only; Tabel 3 still lists
        // all eight activity indicators at both windows, the others blank with no institution.
        let rows = Self.aggregation.activity(of: nil)
        #expect(rows.count == 16)
        for scope in [PeriodScope.window(Aggregation.lastTwelveMonths), .all] {
            #expect(Set(rows.filter { $0.scope == scope }.map(\.indicator)) == Set(Indicator.allCases.filter(\.isActivity)))
            let unregistered = rows.filter { $0.scope == scope && ![.boern, .hjemmebesoeg, .kufferter].contains($0.indicator) }
            #expect(unregistered.count == 5)
            #expect(unregistered.allSatisfy { $0.value == nil && $0.institutionsReporting == 0 })
        }
        let csv = AnalysisTables(Self.aggregation).activity(style: .standard)
        #expect(csv.contains("\n*,*,6+7,,tvaerfaglige_moeder,,0\n"))
        #expect(csv.contains("\n*,*,all,,tvaerfaglige_moeder,,0\n"))
    }

    @Test func scaleMeansWithTIntervals() throws {
        // Period 6: ratings 5 and 3: mean 4, sd sqrt(2), t(0.975, 1) = 12.7062.
        let six = try #require(Self.scale(nil, .period(Period(6)))).summary
        #expect(six.n == 2)
        #expect(six.mean == 4)
        #expect(abs(six.standardDeviation! - 1.4142135623730951) < 1e-12)
        #expect(abs(six.confidenceInterval!.lowerBound - -8.706204736174694) < 1e-9)
        #expect(abs(six.confidenceInterval!.upperBound - 16.706204736174694) < 1e-9)
        // The impact phase: 5, 3, 6.
        let impact = try #require(Self.scale(nil, .phase(.virkning))).summary
        #expect(impact.n == 3)
        #expect(abs(impact.confidenceInterval!.lowerBound - 0.8720836330699075) < 1e-9)
        #expect(abs(impact.confidenceInterval!.upperBound - 8.461249700263426) < 1e-9)
        // All periods: 4, 5, 3, 6.
        let all = try #require(Self.scale(nil, .all))
        #expect(all.summary.mean == 4.5)
        #expect(abs(all.summary.confidenceInterval!.lowerBound - 2.4457397432394794) < 1e-9)
        #expect(all.distribution == [0, 0, 1, 1, 1, 1, 0])
        // One rating: no spread; a question nobody rated: no figure.
        #expect(Self.scale(nil, .period(Period(7)))?.summary.standardDeviation == nil)
        #expect(Self.scale("Regnbuen", .period(Period(7))) == nil)
    }

    @Test func trafficLightSharesWithWilsonIntervals() throws {
        // Threshold 1: nothing hidden, every share shown.
        let open = Aggregation(dataset: Self.dataset, catalogue: .standard, minimumCell: 1)
        let six = try #require(Self.light("frederikshavn", nil, .period(Period(6)), in: open))
        #expect(six.counts == TrafficLightCounts(green: 11, yellow: 2, red: 1))
        #expect(six.share(.green) == Ratio(11, 14))
        #expect(abs(six.greenInterval!.lowerBound - 0.524107694133997) < 1e-12)
        #expect(abs(six.greenInterval!.upperBound - 0.9242861328730683) < 1e-12)
        let impact = try #require(Self.light("frederikshavn", nil, .phase(.virkning), in: open))
        #expect(impact.n == 24)
        #expect(abs(impact.greenInterval!.lowerBound - 0.6414692935030095) < 1e-12)
        let all = try #require(Self.light("frederikshavn", nil, .all, in: open))
        #expect(all.counts == TrafficLightCounts(green: 28, yellow: 3, red: 1))
        #expect(abs(all.greenInterval!.upperBound - 0.9502986561251991) < 1e-12)
    }

    @Test func smallCellsAreSuppressedButCounted() throws {
        let small = try #require(Self.light("frederikshavn", "Regnbuen", .period(Period(6))))
        #expect(small.n == 4)
        #expect(small.suppressed)
        #expect(small.share(.green) == nil)
        #expect(small.greenInterval == nil)
        let strict = Aggregation(dataset: Self.dataset, catalogue: .standard, minimumCell: 15)
        #expect(Self.light("frederikshavn", nil, .period(Period(6)), in: strict)?.suppressed == true)
        // Regnbuen's 4 children in period 6 beside the project's only red child: any shown row
        // with that red child would pin Regnbuen's red count to 0 or 1 (width 1 < 2), so every
        // colour split of the project is hidden; n stays.
        #expect(Self.light("frederikshavn", nil, .all)?.suppressed == true)
        #expect(Self.light("frederikshavn", nil, .all)?.n == 32)
        // Haderslev has nothing small: all shown.
        #expect(Self.light("haderslev", nil, .all)?.suppressed == false)
    }

    @Test func projectsCanBeChosen() {
        let one = Aggregation(dataset: Self.dataset, catalogue: .standard, projects: ["haderslev"])
        #expect(Set(one.activity.compactMap(\.project)) == ["haderslev"])
        #expect(one.trafficLights.allSatisfy { $0.project == "haderslev" })
    }
}
