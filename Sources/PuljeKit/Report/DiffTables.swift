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

    /// One row with the cells of `diffHeader`, filled by name.
    private struct Row {
        var cells: [String: CSVWriter.Cell] = [:]
        subscript(column: String) -> CSVWriter.Cell? {
            get { cells[column] }
            set { cells[column] = newValue }
        }
    }

    public func diff(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.diffHeader, style: style)
        func emit(_ row: Row, project: ProjectID, institution: String?, kind: String, measure: String) {
            var row = row
            row["project"] = .text(project.rawValue)
            row["institution"] = .text(institution ?? "*")
            row["from"] = .text("\(comparison.from)")
            row["to"] = .text("\(comparison.to)")
            row["kind"] = .text(kind)
            row["measure"] = .text(measure)
            writer.append(Self.diffHeader.map { row[$0] ?? .blank })
        }
        for project in comparison.projects {
            for institution in institutions(of: project) {
                for change in comparison.activity where change.project == project && change.institution == institution {
                    var row = Row()
                    row["n_from"] = .integer(change.from.institutionsReporting)
                    row["n_to"] = .integer(change.to.institutionsReporting)
                    row["periods_from"] = .integer(change.periodsFrom)
                    row["periods_to"] = .integer(change.periodsTo)
                    row["from_value"] = change.from.value.map { .number(AnalysisTables.count($0)) }
                    row["to_value"] = change.to.value.map { .number(AnalysisTables.count($0)) }
                    row["difference"] = change.difference.map { .number(AnalysisTables.count($0)) }
                    row["relative_change"] = change.relativeChange.map { .fixed($0, places: 4) }
                    emit(row, project: project, institution: institution, kind: "activity", measure: change.indicator.id)
                }
                for change in comparison.scales where change.project == project && change.institution == institution {
                    var row = Row()
                    row["n_from"] = .integer(change.from?.n ?? 0)
                    row["n_to"] = .integer(change.to?.n ?? 0)
                    row["from_value"] = change.from.map { .fixed($0.mean, places: 2) }
                    row["to_value"] = change.to.map { .fixed($0.mean, places: 2) }
                    row["difference"] = change.difference.map { fixed4($0) }
                    if let test = change.test {
                        row["ci_low"] = fixed4(test.interval.lowerBound)
                        row["ci_high"] = fixed4(test.interval.upperBound)
                        row["test"] = .text("welch_t")
                        row["statistic"] = fixed4(test.t)
                        row["p_value"] = fixed4(test.p)
                    }
                    row["significant"] = change.isSignificant.map(flag)
                    row["min_detectable_difference"] = change.minimumDetectableDifference.map { fixed4($0) }
                    emit(row, project: project, institution: institution, kind: "scale", measure: change.question.id)
                }
                for change in comparison.trafficLights where change.project == project && change.institution == institution {
                    var row = Row()
                    row["n_from"] = .integer(change.from?.total ?? 0)
                    row["n_to"] = .integer(change.to?.total ?? 0)
                    row["from_value"] = change.greenShare(.from).map { fixed4($0) }
                    row["to_value"] = change.greenShare(.to).map { fixed4($0) }
                    row["difference"] = change.difference.map { fixed4($0) }
                    row["ci_low"] = change.interval.map { fixed4($0.lowerBound) }
                    row["ci_high"] = change.interval.map { fixed4($0.upperBound) }
                    if let test = change.chiSquare {
                        row["test"] = .text("chi_square_df\(test.degreesOfFreedom)")
                        row["statistic"] = fixed4(test.statistic)
                        row["p_value"] = fixed4(test.p)
                    }
                    row["significant"] = change.isSignificant.map(flag)
                    row["min_detectable_difference"] = change.minimumDetectableDifference.map { fixed4($0) }
                    // A suppressed side shows n only.
                    distribution(change.isSuppressed(.from) ? nil : change.from, "from", into: &row)
                    distribution(change.isSuppressed(.to) ? nil : change.to, "to", into: &row)
                    row["suppressed"] = flag(change.suppressed)
                    emit(row, project: project, institution: institution, kind: "traffic_light", measure: change.series.id)
                }
                for panel in comparison.panels where panel.project == project && panel.institution == institution {
                    let shown = comparison.suppression(of: panel)
                    var row = Row()
                    row["n_from"] = .integer(panel.stayers)
                    row["n_to"] = .integer(panel.stayers)
                    for light in TrafficLight.allCases {
                        let label = light.label(.english)
                        row["from_\(label)"] = shown.stayersFrom(light, in: panel).map(CSVWriter.Cell.integer) ?? .blank
                        row["to_\(label)"] = shown.stayersTo(light, in: panel).map(CSVWriter.Cell.integer) ?? .blank
                    }
                    row["suppressed"] = flag(panel.suppressed)
                    var green = row
                    let first = panel.greenShare(.from, shown: shown)
                    let second = panel.greenShare(.to, shown: shown)
                    green["from_value"] = first.map { fixed4($0) }
                    green["to_value"] = second.map { fixed4($0) }
                    if let first, let second {
                        // The same children on both sides: the difference is in their own green share.
                        green["difference"] = fixed4(second - first)
                    }
                    if let test = panel.mcNemar(shown: shown) {
                        green["test"] = .text("mcnemar")
                        green["statistic"] = fixed4(test.statistic)
                        green["p_value"] = fixed4(test.p)
                        green["significant"] = flag(test.p < 0.05)
                    }
                    emit(green, project: project, institution: institution, kind: "panel_green", measure: panel.assessment.rawValue)
                    var spread = row
                    if let test = panel.stuartMaxwell(shown: shown) {
                        spread["test"] = .text("stuart_maxwell")
                        spread["statistic"] = fixed4(test.statistic)
                        spread["p_value"] = fixed4(test.p)
                        spread["significant"] = flag(test.p < 0.05)
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
                writer.append([
                    .text(panel.project.rawValue), .text(panel.institution ?? "*"), .text("\(comparison.from)"),
                    .text("\(comparison.to)"), .text(panel.assessment.rawValue), .text(group),
                    .text(from?.rawValue ?? ""), .text(to?.rawValue ?? ""), shown.map(CSVWriter.Cell.integer) ?? .blank,
                    flag(shown == nil),
                ])
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

    private func distribution(_ counts: TrafficLightCounts?, _ side: String, into row: inout Row) {
        guard let counts else { return }
        for light in TrafficLight.allCases {
            row["\(side)_\(light.label(.english))"] = .integer(counts[light])
        }
    }
}

private func fixed4(_ value: Double) -> CSVWriter.Cell { .fixed(value, places: 4) }
private func flag(_ value: Bool) -> String { value ? "true" : "false" }
private func flag(_ value: Bool) -> CSVWriter.Cell { .text(flag(value)) }
