/// The aggregates of SPEC 4 at every level a report uses: institution x period, project x
/// period, project x phase (each phase the project has data in), project x all periods, and,
/// for activity indicators only, all projects x Tabel 3's windows (periods 6-7 and all).
/// Traffic-light shares stay within a project (SPEC 2.4).
public struct Aggregation: Sendable {
    public let activity: [ActivityFigure]
    public let scales: [ScaleFigure]
    public let trafficLights: [TrafficLightFigure]

    /// Tabel 3's "last 12 months" (SPEC 4).
    public static let lastTwelveMonths: [Period] = [Period(6), Period(7)]

    /// - Parameters:
    ///   - projects: the projects to include (all when nil), reported in catalogue order.
    ///   - minimumCell: traffic-light shares from fewer children are suppressed (SPEC 4).
    public init(dataset: Dataset, catalogue: Catalogue, projects: [ProjectID]? = nil, minimumCell: Int = 5) {
        let included = dataset.registrationsByProject(catalogue: catalogue, only: projects)

        // Projects are independent: aggregated on all cores, gathered in catalogue order.
        let perProject = included.concurrentMap { project, registrations in
            ProjectFigures(project: project, registrations: registrations, catalogue: catalogue, minimumCell: minimumCell)
        }
        var activity: [ActivityFigure] = []
        var scales: [ScaleFigure] = []
        var lights: [TrafficLightFigure] = []
        activity.reserveCapacity(perProject.reduce(2 * Indicator.allCases.count) { $0 + $1.activity.count })
        scales.reserveCapacity(perProject.reduce(0) { $0 + $1.scales.count })
        lights.reserveCapacity(perProject.reduce(0) { $0 + $1.trafficLights.count })
        for figures in perProject {
            activity += figures.activity
            scales += figures.scales
            lights += figures.trafficLights
        }
        let everyRegistration = included.flatMap(\.registrations)

        // All projects: activity indicators only, Tabel 3's windows (SPEC 4).
        let activityIndicators = Indicator.allCases.filter { indicator in
            indicator.isActivity && everyRegistration.contains { $0[indicator] != nil }
        }
        for scope in [PeriodScope.window(Self.lastTwelveMonths), .all] {
            let rows = everyRegistration.filter { registration in
                if case .window(let periods) = scope { return periods.contains(registration.key.period) }
                return true
            }
            for indicator in activityIndicators {
                activity.append(.aggregate(indicator, over: rows, project: nil, institution: nil, scope: scope, phase: nil))
            }
        }
        self.activity = activity
        self.scales = scales
        self.trafficLights = lights
    }
}

/// The figures of one project at every level (see `Aggregation`).
private struct ProjectFigures {
    var activity: [ActivityFigure] = []
    var scales: [ScaleFigure] = []
    var trafficLights: [TrafficLightFigure] = []

    init(project: ProjectID, registrations: ArraySlice<Registration>, catalogue: Catalogue, minimumCell: Int) {
        guard !registrations.isEmpty else { return }
        let indicators = Indicator.allCases.filter { indicator in registrations.contains { $0[indicator] != nil } }
        let periods = Set(registrations.map(\.key.period)).sorted()
        let phases = Set(periods.compactMap { catalogue.phase(of: project, in: $0) }).sorted()

        // Project levels: each period, each phase, all periods.
        var slices: [(PeriodScope, Phase?)] = periods.map { (.period($0), catalogue.phase(of: project, in: $0)) }
        slices += phases.map { (.phase($0), $0) }
        slices.append((.all, nil))
        for (scope, phase) in slices {
            let rows = registrations.filter { scope.contains($0.key.period, project: project, catalogue: catalogue) }
            add(rows, project: project, indicators: indicators, institution: nil, scope: scope, phase: phase, minimumCell: minimumCell)
        }
        // Each institution in each period: one registration each.
        for registration in registrations {
            let key = registration.key
            add(CollectionOfOne(registration), project: project, indicators: indicators, institution: key.institution,
                scope: .period(key.period), phase: catalogue.phase(of: project, in: key.period), minimumCell: minimumCell)
        }
        // The institutions of a period are the parts of the project's published total.
        struct Total: Hashable {
            let scope: PeriodScope
            let series: TrafficLightSeries
        }
        let parts = Dictionary(grouping: trafficLights.indices.filter { trafficLights[$0].institution != nil }) {
            Total(scope: trafficLights[$0].scope, series: trafficLights[$0].series)
        }
        for indices in parts.values {
            let suppressed = SecondarySuppression.complete(
                sizes: indices.map { trafficLights[$0].n }, suppressed: indices.map { trafficLights[$0].suppressed })
            for (index, value) in zip(indices, suppressed) { trafficLights[index].suppressed = value }
        }
    }

    private mutating func add(
        _ rows: some Collection<Registration>, project: ProjectID, indicators: [Indicator], institution: String?, scope: PeriodScope,
        phase: Phase?, minimumCell: Int
    ) {
        for indicator in indicators {
            activity.append(.aggregate(indicator, over: rows, project: project, institution: institution, scope: scope, phase: phase))
        }
        for question in ScaleQuestion.allCases {
            if let figure = ScaleFigure.aggregate(
                question, over: rows, project: project, institution: institution, scope: scope, phase: phase)
            {
                scales.append(figure)
            }
        }
        for series in TrafficLightSeries.all {
            if let figure = TrafficLightFigure.aggregate(
                series, over: rows, project: project, institution: institution, scope: scope, phase: phase,
                minimumCell: minimumCell)
            {
                trafficLights.append(figure)
            }
        }
    }
}
