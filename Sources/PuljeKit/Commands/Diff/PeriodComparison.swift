/// Two sides of a data set compared (`pulje diff`): for each project, and for each institution
/// within it, the activity indicators, the scale questions and the traffic lights on the
/// `from` side against the `to` side, and, where child sheets follow the same children, the
/// panel. A side is one period or a phase (the phase's periods for each project, SPEC 4).
public struct PeriodComparison: Sendable {
    public let from: PeriodScope
    public let to: PeriodScope
    public let activity: [ActivityChange]
    public let scales: [ScaleChange]
    public let trafficLights: [TrafficLightChange]
    public let panels: [ChildPanel]
    private let panelSuppressions: [ChildPanel: PanelSuppression]

    /// Which of a panel's counts are shown (SPEC 4).
    public func suppression(of panel: ChildPanel) -> PanelSuppression {
        panelSuppressions[panel] ?? PanelSuppression(panel)
    }

    /// Each project's traffic-light suppression pattern, the same its report uses (SPEC 4).
    public let suppressions: [ProjectID: TrafficLightSuppression]
    /// Projects with a registration on at least one side, in catalogue order.
    public let projects: [ProjectID]
    /// Shares and panel cells from fewer children than this are withheld (SPEC 4).
    public let minimumCell: Int

    /// Compared series: the children present (SPEC 2.4); leavers enter through the panel.
    static let comparedSeries = [TrafficLightSeries(.trivsel), TrafficLightSeries(.sprog)]

    /// - Parameters:
    ///   - from, to: a single period or a phase each.
    ///   - projects: the projects to include (all when nil).
    ///   - minimumCell: shares and panel cells from fewer children are withheld (SPEC 4).
    public init(
        dataset: Dataset, catalogue: Catalogue, from: PeriodScope, to: PeriodScope, projects: [ProjectID]? = nil,
        minimumCell: Int = 5
    ) {
        self.from = from
        self.to = to
        self.minimumCell = minimumCell
        var activity: [ActivityChange] = []
        var scales: [ScaleChange] = []
        var lights: [TrafficLightChange] = []
        var panels: [ChildPanel] = []
        var compared: [ProjectID] = []
        var suppressions: [ProjectID: TrafficLightSuppression] = [:]
        var childrenByProject: [ProjectID: [ChildAssessment]] = [:]
        for child in dataset.children { childrenByProject[child.key.project, default: []].append(child) }

        for (project, registrations) in dataset.registrationsByProject(catalogue: catalogue, only: projects) {
            let fromRows = registrations.filter { from.contains($0.key.period, project: project, catalogue: catalogue) }
            let toRows = registrations.filter { to.contains($0.key.period, project: project, catalogue: catalogue) }
            guard !fromRows.isEmpty || !toRows.isEmpty else { continue }
            compared.append(project)
            let institutions = Set((fromRows + toRows).map(\.key.institution)).sorted()
            let groups: [(String?, [Registration], [Registration])] =
                [(nil, fromRows, toRows)]
                + institutions.map { name in
                    (name, fromRows.filter { $0.key.institution == name }, toRows.filter { $0.key.institution == name })
                }
            for (institution, first, second) in groups {
                for indicator in Indicator.allCases where (first + second).contains(where: { $0[indicator] != nil }) {
                    activity.append(
                        ActivityChange(
                            project: project, institution: institution, indicator: indicator,
                            from: .aggregate(
                                indicator, over: first, project: project, institution: institution, scope: from, phase: nil),
                            to: .aggregate(
                                indicator, over: second, project: project, institution: institution, scope: to, phase: nil),
                            periodsFrom: Set(first.filter { $0[indicator] != nil }.map(\.key.period)).count,
                            periodsTo: Set(second.filter { $0[indicator] != nil }.map(\.key.period)).count))
                }
                for question in ScaleQuestion.allCases {
                    let ratingsFrom = first.compactMap { $0[question] }
                    let ratingsTo = second.compactMap { $0[question] }
                    guard !ratingsFrom.isEmpty || !ratingsTo.isEmpty else { continue }
                    scales.append(
                        ScaleChange(
                            project: project, institution: institution, question: question, from: ratingsFrom,
                            to: ratingsTo))
                }
                for series in Self.comparedSeries {
                    let countsFrom = Self.sum(first.compactMap { $0[series] })
                    let countsTo = Self.sum(second.compactMap { $0[series] })
                    guard countsFrom != nil || countsTo != nil else { continue }
                    lights.append(
                        TrafficLightChange(
                            project: project, institution: institution, series: series, from: countsFrom,
                            to: countsTo, minimumCell: minimumCell))
                }
            }

            // The report's pattern, over every row any report or diff of this project publishes (SPEC 4).
            let suppression = TrafficLightSuppression(
                project: project, registrations: registrations, catalogue: catalogue, minimumCell: minimumCell)
            for index in lights.indices where lights[index].project == project {
                let light = lights[index]
                lights[index].fromSuppressed = suppression.hides(light.series, institution: light.institution, scope: from)
                lights[index].toSuppressed = suppression.hides(light.series, institution: light.institution, scope: to)
            }
            suppressions[project] = suppression

            // The panel: only where the sides follow each other in time.
            let fromPeriods = Set(fromRows.map(\.key.period))
            let toPeriods = Set(toRows.map(\.key.period))
            if let children = childrenByProject[project], let lastFrom = fromPeriods.max(),
                let firstTo = toPeriods.min(), lastFrom < firstTo
            {
                panels += ChildPanel.panels(
                    of: children, project: project, institution: nil, from: fromPeriods, to: toPeriods,
                    minimumCell: minimumCell)
                var byInstitution: [String: [ChildAssessment]] = [:]
                for child in children { byInstitution[child.key.institution, default: []].append(child) }
                for (name, rows) in byInstitution.sorted(by: { $0.key < $1.key }) {
                    panels += ChildPanel.panels(
                        of: rows, project: project, institution: name, from: fromPeriods, to: toPeriods,
                        minimumCell: minimumCell)
                }
            }
        }
        self.activity = activity
        self.scales = scales
        self.trafficLights = lights
        self.panels = panels
        // Planned once per panel, on all cores: every output of the diff reads the same pattern.
        let patterns = panels.concurrentMap { PanelSuppression($0) }
        panelSuppressions = Dictionary(zip(panels, patterns), uniquingKeysWith: { first, _ in first })
        self.projects = compared
        self.suppressions = suppressions
    }

    private static func sum(_ counts: [TrafficLightCounts]) -> TrafficLightCounts? {
        counts.isEmpty ? nil : counts.reduce(TrafficLightCounts(), +)
    }
}
