/// The tidy CSV files of `pulje diff` (columns documented in the README): `diff.csv`, one row
/// per project or institution and measure, and `transitions.csv`, the child panel's counts.
/// Empty cells mean "not registered", "no test possible" or "suppressed", never 0.
public struct DiffTables: Sendable {
    public let comparison: PeriodComparison

    public init(_ comparison: PeriodComparison) {
        self.comparison = comparison
    }

    public static let diffHeader = [
        "project", "institution", "from", "to", "kind", "measure", "n_from", "n_to", "periods_from", "periods_to",
        "from_value", "to_value", "difference", "relative_change", "ci_low", "ci_high", "test", "statistic",
        "p_value", "significant", "min_detectable_difference", "from_green", "from_yellow", "from_red", "to_green",
        "to_yellow", "to_red", "suppressed",
    ]
    public static let transitionsHeader = [
        "project", "institution", "from", "to", "series", "group", "from_light", "to_light", "children", "suppressed",
    ]

    public func files(style: CSVWriter.Style = .standard) -> [(name: String, contents: String)] {
        [("diff.csv", diff(style: style)), ("transitions.csv", transitions(style: style))]
    }

    public func diff(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.diffHeader, style: style)
        func emit(_ row: DiffRow, project: ProjectID, institution: String?, kind: String, measure: String) {
            for name in [project.rawValue, institution ?? "*", "\(comparison.from)", "\(comparison.to)", kind, measure] {
                writer.text(name)
            }
            row.write(to: &writer)
        }
        for project in comparison.projects {
            for institution in institutions(of: project) {
                for change in comparison.activity where change.project == project && change.institution == institution {
                    var row = DiffRow()
                    row.n = (change.from.institutionsReporting, change.to.institutionsReporting)
                    row.periods = (change.periodsFrom, change.periodsTo)
                    row.fromValue = change.from.value.map { ReportNumber($0, .perPeriod) }
                    row.toValue = change.to.value.map { ReportNumber($0, .perPeriod) }
                    row.difference = change.difference.map { ReportNumber($0, .perPeriod) }
                    row.relativeChange = change.relativeChange.map { ReportNumber($0, .relativeChange) }
                    emit(row, project: project, institution: institution, kind: "activity", measure: change.indicator.id)
                }
                for change in comparison.scales where change.project == project && change.institution == institution {
                    var row = DiffRow()
                    row.n = (change.from?.n ?? 0, change.to?.n ?? 0)
                    row.fromValue = change.from.map { ReportNumber($0.exactMean, .mean) }
                    row.toValue = change.to.map { ReportNumber($0.exactMean, .mean) }
                    row.difference = change.difference.map { ReportNumber($0, .points) }
                    if let test = change.test {
                        row.interval = bounds(test.interval, .points)
                        row.test = ("welch_t", ReportNumber(measured: test.t, .statistic), test.p)
                    }
                    row.significant = change.isSignificant
                    row.minimumDetectableDifference = change.minimumDetectableDifference.map {
                        ReportNumber(measured: $0, .points)
                    }
                    emit(row, project: project, institution: institution, kind: "scale", measure: change.question.id)
                }
                for change in comparison.trafficLights where change.project == project && change.institution == institution {
                    var row = DiffRow()
                    row.n = (change.from?.total ?? 0, change.to?.total ?? 0)
                    row.fromValue = change.greenShare(.from).map { ReportNumber($0, .share) }
                    row.toValue = change.greenShare(.to).map { ReportNumber($0, .share) }
                    row.difference = change.difference.map { ReportNumber($0, .share) }
                    row.interval = change.interval.map { bounds($0, .share) }
                    if let test = change.chiSquare {
                        row.test = (
                            "chi_square_df\(test.degreesOfFreedom)", ReportNumber(measured: test.statistic, .statistic), test.p
                        )
                    }
                    row.significant = change.isSignificant
                    row.minimumDetectableDifference = change.minimumDetectableDifference.map {
                        ReportNumber(measured: $0, .share)
                    }
                    // A suppressed side shows n only.
                    if !change.isSuppressed(.from), let counts = change.from { row.fromCounts = counts.shown }
                    if !change.isSuppressed(.to), let counts = change.to { row.toCounts = counts.shown }
                    row.suppressed = change.suppressed
                    emit(row, project: project, institution: institution, kind: "traffic_light", measure: change.series.id)
                }
                for panel in comparison.panels where panel.project == project && panel.institution == institution {
                    let shown = comparison.suppression(of: panel)
                    var row = DiffRow()
                    row.n = (panel.stayers, panel.stayers)
                    row.fromCounts = TrafficLight.allCases.map { shown.stayersFrom($0, in: panel) }
                    row.toCounts = TrafficLight.allCases.map { shown.stayersTo($0, in: panel) }
                    row.suppressed = panel.suppressed
                    var green = row
                    let first = panel.greenShare(.from, shown: shown)
                    let second = panel.greenShare(.to, shown: shown)
                    green.fromValue = first.map { ReportNumber($0, .share) }
                    green.toValue = second.map { ReportNumber($0, .share) }
                    if let first, let second {
                        // The same children on both sides: the difference is in their own green share.
                        green.difference = ReportNumber(second - first, .share)
                    }
                    if let test = panel.mcNemar(shown: shown) {
                        green.test = ("mcnemar", ReportNumber(measured: test.statistic, .statistic), test.p)
                        green.significant = test.p < 0.05
                    }
                    emit(
                        green, project: project, institution: institution, kind: "panel_green", measure: panel.assessment.rawValue
                    )
                    var spread = row
                    if let test = panel.stuartMaxwell(shown: shown) {
                        spread.test = ("stuart_maxwell", ReportNumber(measured: test.statistic, .statistic), test.p)
                        spread.significant = test.p < 0.05
                    }
                    emit(
                        spread, project: project, institution: institution, kind: "panel_distribution",
                        measure: panel.assessment.rawValue)
                }
            }
        }
        return writer.text
    }

    public func transitions(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.transitionsHeader, style: style)
        for panel in comparison.panels {
            func emit(_ group: String, _ from: TrafficLight?, _ to: TrafficLight?, _ shown: Int?) {
                for name in [
                    panel.project.rawValue, panel.institution ?? "*", "\(comparison.from)", "\(comparison.to)",
                    panel.assessment.rawValue, group, from?.rawValue ?? "", to?.rawValue ?? "",
                ] {
                    writer.text(name)
                }
                writer.integer(shown)
                writer.flag(shown == nil)
                writer.endRow()
            }
            // One pattern for the panel's linked counts (PanelSuppression); the totals are shown.
            let shown = comparison.suppression(of: panel)
            for from in TrafficLight.allCases {
                for to in TrafficLight.allCases { emit("stayer", from, to, shown.stayers(from, to, in: panel)) }
            }
            for light in TrafficLight.allCases { emit("newcomer", nil, light, shown.newcomers(light, in: panel)) }
            // A leaver's light is the last assessment before leaving (SPEC 3.2).
            for light in TrafficLight.allCases { emit("leaver", light, nil, shown.leavers(light, in: panel)) }
            emit("stayer_not_assessed", nil, nil, shown.notAssessed(in: panel))
            emit("ambiguous_pseudonym", nil, nil, shown.ambiguous(in: panel))
            emit("stayer_total", nil, nil, panel.stayers)
            emit("newcomer_total", nil, nil, panel.newcomers.total)
            emit("leaver_total", nil, nil, panel.leavers.total)
        }
        return writer.text
    }

    /// The whole project first, then its institutions by name.
    private func institutions(of project: ProjectID) -> [String?] {
        var names = Set<String>()
        names.formUnion(comparison.activity.lazy.filter { $0.project == project }.compactMap(\.institution))
        names.formUnion(comparison.scales.lazy.filter { $0.project == project }.compactMap(\.institution))
        names.formUnion(comparison.trafficLights.lazy.filter { $0.project == project }.compactMap(\.institution))
        names.formUnion(comparison.panels.lazy.filter { $0.project == project }.compactMap(\.institution))
        return [nil] + names.sorted()
    }
}

/// The cells of one `diff.csv` row after its names (project to measure), typed and written in
/// the header's order; a cell left nil is empty.
private struct DiffRow {
    var n: (from: Int, to: Int)?
    var periods: (from: Int, to: Int)?
    var fromValue: ReportNumber?
    var toValue: ReportNumber?
    var difference: ReportNumber?
    var relativeChange: ReportNumber?
    var interval: (lower: ReportNumber, upper: ReportNumber)?
    /// The test's name, statistic and p-value.
    var test: (name: String, statistic: ReportNumber, p: Double)?
    var significant: Bool?
    var minimumDetectableDifference: ReportNumber?
    /// Green, yellow and red on each side; nil where hidden.
    var fromCounts: [Int?] = [nil, nil, nil]
    var toCounts: [Int?] = [nil, nil, nil]
    var suppressed: Bool?

    func write(to writer: inout CSVWriter) {
        writer.integer(n?.from)
        writer.integer(n?.to)
        writer.integer(periods?.from)
        writer.integer(periods?.to)
        for value in [fromValue, toValue, difference, relativeChange, interval?.lower, interval?.upper] {
            writer.number(value)
        }
        if let test { writer.text(test.name) } else { writer.blank() }
        writer.number(test?.statistic)
        writer.number(test.map { ReportNumber(measured: $0.p, .probability) })
        if let significant { writer.flag(significant) } else { writer.blank() }
        writer.number(minimumDetectableDifference)
        for count in fromCounts + toCounts { writer.integer(count) }
        if let suppressed { writer.flag(suppressed) } else { writer.blank() }
        writer.endRow()
    }
}

/// An interval's bounds as figures of `kind`.
private func bounds(_ interval: ClosedRange<Double>, _ kind: FigureKind) -> (lower: ReportNumber, upper: ReportNumber) {
    (ReportNumber(measured: interval.lowerBound, kind), ReportNumber(measured: interval.upperBound, kind))
}

extension TrafficLightCounts {
    /// Green, yellow and red, as a row shows them.
    fileprivate var shown: [Int?] { TrafficLight.allCases.map { self[$0] } }
}
