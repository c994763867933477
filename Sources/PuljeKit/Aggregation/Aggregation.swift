/// The aggregates of SPEC 4 at every level a report uses: institution x period, project x
/// period, project x phase (each phase the project has data in), project x all periods, and,
/// for activity indicators only, all projects x Tabel 3's windows (periods 6-7 and all).
/// Traffic-light shares stay within a project (SPEC 2.4). What the data hold per project and
/// period (`dataSummary`) is read off the same figures.
public struct Aggregation: Sendable {
    public let activity: [ActivityFigure]
    public let scales: [ScaleFigure]
    public let trafficLights: [TrafficLightFigure]
    /// Each project's traffic-light suppression pattern, the same a diff of it uses (SPEC 4).
    public let suppressions: [ProjectID: TrafficLightSuppression]
    /// What the included projects' data hold, per period (data_summary.csv, the data tables).
    public let dataSummary: DataSummary
    /// Where each project's figures lie in the three arrays, which are gathered project by
    /// project; the key nil holds the all-projects figures (Tabel 3).
    private let ranges: [ProjectID?: FigureRanges]

    /// Tabel 3's "last 12 months" (SPEC 4).
    public static let lastTwelveMonths: [Period] = [Period(6), Period(7)]

    /// - Parameters:
    ///   - projects: the projects to include (all when nil), reported in catalogue order.
    ///   - minimumCell: traffic-light shares from fewer children are suppressed (SPEC 4).
    public init(dataset: Dataset, catalogue: Catalogue, projects: [ProjectID]? = nil, minimumCell: Int = 5) {
        let included = dataset.registrationsByProject(catalogue: catalogue, only: projects)
        // The projects' slices index one array (the data set's): their positions in it pick
        // the all-projects rows, in the data set's order.
        let everyProject = RegistrationSelection(
            dataset.registrations.values.elements[...], positions: included.flatMap(\.registrations.indices).sorted())

        // Projects are independent, and so are the all-projects figures: aggregated on all
        // cores, gathered in catalogue order with the all-projects figures last.
        let parts = Array(included.indices) + [nil]
        let figures = parts.concurrentMap { part in
            guard let part else { return ProjectFigures(allProjects: everyProject) }
            let (project, registrations) = included[part]
            return ProjectFigures(project: project, registrations: registrations, catalogue: catalogue, minimumCell: minimumCell)
        }
        var activity: [ActivityFigure] = []
        var scales: [ScaleFigure] = []
        var lights: [TrafficLightFigure] = []
        activity.reserveCapacity(figures.reduce(0) { $0 + $1.activity.count })
        scales.reserveCapacity(figures.reduce(0) { $0 + $1.scales.count })
        lights.reserveCapacity(figures.reduce(0) { $0 + $1.trafficLights.count })
        var ranges: [ProjectID?: FigureRanges] = [:]
        var suppressions: [ProjectID: TrafficLightSuppression] = [:]
        var summaries: [DataSummary.ProjectSummary] = []
        for (part, figures) in zip(parts, figures) {
            if let part, let suppression = figures.suppression { suppressions[included[part].project] = suppression }
            if let summary = figures.summary { summaries.append(summary) }
            ranges[part.map { included[$0].project }] = FigureRanges(
                activity: activity.count..<(activity.count + figures.activity.count),
                scales: scales.count..<(scales.count + figures.scales.count),
                trafficLights: lights.count..<(lights.count + figures.trafficLights.count))
            activity += figures.activity
            scales += figures.scales
            lights += figures.trafficLights
        }
        self.activity = activity
        self.scales = scales
        self.trafficLights = lights
        self.ranges = ranges
        self.suppressions = suppressions
        dataSummary = DataSummary(projects: summaries)
    }

    /// A project's activity figures at every level; for nil, the all-projects figures.
    public func activity(of project: ProjectID?) -> ArraySlice<ActivityFigure> {
        ranges[project].map { activity[$0.activity] } ?? []
    }

    /// A project's scale figures at every level.
    public func scales(of project: ProjectID) -> ArraySlice<ScaleFigure> {
        ranges[project].map { scales[$0.scales] } ?? []
    }

    /// A project's traffic-light figures at every level.
    public func trafficLights(of project: ProjectID) -> ArraySlice<TrafficLightFigure> {
        ranges[project].map { trafficLights[$0.trafficLights] } ?? []
    }

    private struct FigureRanges: Sendable {
        let activity: Range<Int>
        let scales: Range<Int>
        let trafficLights: Range<Int>
    }
}

/// The figures of one project at every level (see `Aggregation`).
private struct ProjectFigures {
    var activity: [ActivityFigure] = []
    var scales: [ScaleFigure] = []
    var trafficLights: [TrafficLightFigure] = []
    var suppression: TrafficLightSuppression?
    /// The project's data summary, from its project-level figures (catalogue projects only).
    var summary: DataSummary.ProjectSummary?

    /// All projects: activity indicators only, Tabel 3's windows (SPEC 4). The published
    /// Tabel 3 always has its eight rows: an indicator nobody registered is a row too, blank
    /// ("not registered") with no institution reporting.
    init(allProjects everyRegistration: RegistrationSelection) {
        let activityIndicators = Indicator.allCases.filter(\.isActivity)
        for scope in [PeriodScope.window(Aggregation.lastTwelveMonths), .all] {
            let rows = everyRegistration.selecting { registration in
                if case .window(let periods) = scope { return periods.contains(registration.key.period) }
                return true
            }
            for indicator in activityIndicators {
                activity.append(.aggregate(indicator, over: rows, project: nil, institution: nil, scope: scope, phase: nil))
            }
        }
    }

    init(project: ProjectID, registrations: ArraySlice<Registration>, catalogue: Catalogue, minimumCell: Int) {
        guard !registrations.isEmpty else { return }
        let indicators = Indicator.allCases.filter { registrations.registersAny($0) }
        let periods = Set(registrations.indices.map { registrations[$0].key.period }).sorted()
        let phases = Set(periods.compactMap { catalogue.phase(of: project, in: $0) }).sorted()

        // Project levels: each period, each phase, all periods.
        var slices: [(PeriodScope, Phase?)] = periods.map { (.period($0), catalogue.phase(of: project, in: $0)) }
        slices += phases.map { (.phase($0), $0) }
        slices.append((.all, nil))
        let all = RegistrationSelection(registrations)
        for (scope, phase) in slices {
            let rows = all.selecting { scope.contains($0.key.period, project: project, catalogue: catalogue) }
            add(
                rows, project: project, indicators: indicators, institution: nil, scope: scope, phase: phase,
                minimumCell: minimumCell)
        }
        // Each institution in each period: one registration each.
        for position in registrations.indices {
            let key = registrations[position].key
            add(
                RegistrationSelection(registrations, positions: [position]), project: project, indicators: indicators,
                institution: key.institution,
                scope: .period(key.period), phase: catalogue.phase(of: project, in: key.period), minimumCell: minimumCell)
        }
        // One pattern over every row a report or a diff of this project can publish (SPEC 4).
        let suppression = TrafficLightSuppression(
            project: project, registrations: registrations, catalogue: catalogue, minimumCell: minimumCell)
        for index in trafficLights.indices where trafficLights[index].project == project {
            let figure = trafficLights[index]
            trafficLights[index].suppressed = suppression.hides(
                figure.series, institution: figure.institution, scope: figure.scope)
        }
        self.suppression = suppression
        if let info = catalogue.projects[project] {
            summary = DataSummary.ProjectSummary(
                info, registrations: registrations, indicators: indicators, activity: activity, scales: scales,
                trafficLights: trafficLights, catalogue: catalogue)
        }
    }

    private mutating func add(
        _ rows: RegistrationSelection, project: ProjectID, indicators: [Indicator], institution: String?, scope: PeriodScope,
        phase: Phase?, minimumCell: Int
    ) {
        for indicator in indicators {
            activity.append(
                .aggregate(indicator, over: rows, project: project, institution: institution, scope: scope, phase: phase))
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

extension Collection<Registration> {
    /// Whether any of the registrations registered `indicator`. Read by index, in place: going
    /// through them with an iterator would copy each one.
    fileprivate func registersAny(_ indicator: Indicator) -> Bool {
        indices.contains { self[$0][indicator] != nil }
    }
}
