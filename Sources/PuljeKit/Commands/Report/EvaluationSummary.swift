/// `summary.txt`: what a report writer lifts into a chapter. Per project, in catalogue order:
/// municipality and title, phase per period, institutions and children per period, activity
/// volumes in the impact phase beside the whole period, each scale question's first and last
/// registered mean with n and direction, the green share first and last with its interval, and
/// the data problems met. Then the cross-project activity table (the evaluation's Tabel 3) and
/// the data-quality section. Danish by default; no line over 100 characters.
public struct EvaluationSummary: Sendable, ReportRendering {
    public let context: ReportContext

    public init(_ context: ReportContext) {
        self.context = context
    }

    private let blank = "-"

    public var text: String {
        let listing = ProblemListing(context.result, language: language)
        let title = language.text(ReportText.summaryTitle(name: context.name))
        var out = [title, String(repeating: "=", count: title.count), "", listing.summaryLine()]
        if context.result.rejectedRows > 0 {
            out += wrapLine(language.text(ReportText.rowsSkipped(context.result.rejectedRows)), indent: 0)
        }
        out.append("")
        for summary in context.aggregation.dataSummary.projects {
            out += section(summary)
            out.append("")
        }
        out += tabel3()
        out.append("")
        out += dataQuality(listing)
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: One project

    private func section(_ summary: DataSummary.ProjectSummary) -> [String] {
        let project = summary.project.id
        var out = ["\(summary.project.municipality): \(summary.project.title) (\(project))"]
        out += DataSummaryTable.lines(for: summary, language)
        out += activityLines(project)
        out += scaleLines(project)
        out += trafficLightLines(project)
        out += costLines(project)
        out += problemLine(project)
        return out
    }

    private func activityLines(_ project: ProjectID) -> [String] {
        let figures = context.aggregation.activity(of: project).filter { $0.institution == nil && $0.indicator != .boern }
        let indicators = Indicator.allCases.filter { indicator in figures.contains { $0.indicator == indicator } }
        guard !indicators.isEmpty else { return [] }
        let hasImpact = !catalogue.periods(of: project, in: .virkning).isEmpty
        var table = TextTable()
        table.add(["", language.text(ReportText.impactPhase), language.text(ReportText.wholePeriod)])
        for indicator in indicators {
            let impact = figures.first { $0.indicator == indicator && $0.scope == .phase(.virkning) }?.value
            let all = figures.first { $0.indicator == indicator && $0.scope == .all }?.value
            table.add([indicator.shortLabel(language), hasImpact ? value(impact) : blank, value(all)])
        }
        var out = [""] + table.lines(indent: 2)
        if !hasImpact {
            out += wrapLine(language.text(ReportText.noImpactPhase), indent: 2)
        }
        return out
    }

    private func scaleLines(_ project: ProjectID) -> [String] {
        let figures = context.aggregation.scales(of: project).filter { $0.institution == nil && $0.scope.isSinglePeriod }
        guard !figures.isEmpty else { return [] }
        var table = TextTable()
        table.add([ReportText.collaborationScale, .first, .last, .direction].map(language.text))
        for question in ScaleQuestion.allCases {
            let series = figures.filter { $0.question == question }.sorted { $0.scope < $1.scope }
            guard let first = series.first, let last = series.last else { continue }
            table.add([
                question.shortLabel(language), describe(first), describe(last),
                direction(from: first.summary, to: last.summary, same: first.scope == last.scope),
            ])
        }
        return [""] + table.lines(indent: 2)
    }

    private func describe(_ figure: ScaleFigure) -> String {
        let period = language.text(ReportText.periodShort(figure.scope))
        return "\(period) \(number.text(ReportNumber(figure.summary.exactMean, .mean))) (n=\(figure.summary.n))"
    }

    /// Up or down as the means are shown: two means printed alike are unchanged.
    private func direction(from first: MeanSummary, to last: MeanSummary, same: Bool) -> String {
        guard !same, let before = ReportNumber(first.exactMean, .mean).rounded(.text),
            let after = ReportNumber(last.exactMean, .mean).rounded(.text)
        else { return blank }
        if after > before { return language.text(ReportText.up) }
        if after < before { return language.text(ReportText.down) }
        return language.text(ReportText.unchanged)
    }

    private func trafficLightLines(_ project: ProjectID) -> [String] {
        var table = TextTable()
        table.add([ReportText.shareGreen, .first, .last].map(language.text))
        for series in [TrafficLightSeries(.trivsel), TrafficLightSeries(.sprog)] {
            let figures = context.aggregation.trafficLights(of: project).filter {
                $0.institution == nil && $0.series == series && $0.scope.isSinglePeriod
            }.sorted { $0.scope < $1.scope }
            guard let first = figures.first, let last = figures.last else { continue }
            table.add([series.assessment.label(language).capitalized, describe(first), describe(last)])
        }
        guard table.rowCount > 1 else { return [] }
        return [""] + table.lines(indent: 2)
    }

    /// `p.2 78,5 % [74,1-82,4] n=349`, or `p.2 undertrykt n=3`.
    private func describe(_ figure: TrafficLightFigure) -> String {
        let head = language.text(ReportText.periodShort(figure.scope))
        guard let share = figure.share(.green), let interval = figure.greenInterval else {
            return "\(head) \(language.text(ReportText.suppressed)) n=\(figure.n)"
        }
        let percent = { (bound: Double) in self.number.text(ReportNumber(measured: bound, .share)) }
        return
            "\(head) \(number.text(ReportNumber(share, .share))) % [\(percent(interval.lowerBound))-\(percent(interval.upperBound))] n=\(figure.n)"
    }

    /// The running cost of the project's registered activities over all periods (2022 prices).
    private func costLines(_ project: ProjectID) -> [String] {
        let costs: (totals: [InterventionCosts.Row], assumptions: [String])
        switch context.costs(of: project) {
        case nil: return []
        case .failure(let failure): return [""] + wrapLine(failure.sentence, indent: 2)
        case .success(let value): costs = value
        }
        guard !costs.totals.isEmpty else { return [] }
        var table = TextTable()
        table.add([CostText.runningCostTable, .holdings, .total, .perChild].map(language.text))
        for row in costs.totals {
            table.add([
                String(row.activity.prefix(34)), number.text(ReportNumber(measured: row.holdings, .holdings)),
                number.kroner(row.costKr),
                row.costPerChildKr.map(number.kroner) ?? blank,
            ])
        }
        return [""] + table.lines(indent: 2) + costs.assumptions.flatMap { wrapLine($0, indent: 2) }
    }

    private func problemLine(_ project: ProjectID) -> [String] {
        let files = Set(context.result.files.filter { $0.file.projectFromPath == project.rawValue }.map(\.file.displayName))
        let problems = context.result.problems.filter { files.contains($0.location.file) }
        let omitted = context.result.omitted.filter { files.contains($0.file) }
        let errors =
            problems.filter { $0.severity == .error }.count
            + omitted.filter { $0.severity == .error }.reduce(0) { $0 + $1.count }
        let warnings = problems.count + omitted.reduce(0) { $0 + $1.count } - errors
        return [""] + wrapLine(language.text(ReportText.dataProblems(errors: errors, warnings: warnings)), indent: 2)
    }

    // MARK: Across projects

    private func tabel3() -> [String] {
        let heading = language.text(ReportText.acrossProjectsTable)
        var table = TextTable()
        table.add(["", language.text(ReportText.lastTwelveMonths), language.text(ReportText.wholePeriod)])
        let figures = context.aggregation.activity(of: nil)
        for indicator in Indicator.allCases where figures.contains(where: { $0.indicator == indicator }) {
            let recent = figures.first { $0.indicator == indicator && $0.scope == .window(Aggregation.lastTwelveMonths) }
            let all = figures.first { $0.indicator == indicator && $0.scope == .all }
            let label = indicator == .boern ? language.text(ReportText.childrenPerPeriod) : indicator.shortLabel(language)
            table.add([label, value(recent?.value), value(all?.value)])
        }
        return [heading, String(repeating: "-", count: heading.count)] + table.lines(indent: 2)
    }

    private func dataQuality(_ listing: ProblemListing) -> [String] {
        let heading = language.text(ReportText.dataQuality)
        var out = [heading, String(repeating: "-", count: heading.count)]
        if context.result.problems.isEmpty {
            out.append(language.text(ReportText.noProblems))
            return out
        }
        let byCode = context.result.countsByCode
        for code in byCode.keys.sorted() {
            out.append("  \(code): \(number.integer(byCode[code]!))")
        }
        out.append("")
        out += listing.text().split(separator: "\n", omittingEmptySubsequences: false).dropLast().flatMap {
            $0.count <= 100 ? [String($0)] : wrapLine(String($0), indent: 4)
        }
        return out
    }

    /// An activity figure: a sum, or children per period.
    private func value(_ value: Ratio?) -> String {
        value.map { number.text(ReportNumber($0, .perPeriod)) } ?? blank
    }
}
