/// `diff.txt`: the comparison of two periods or phases as a report writer reads it. Per
/// project: activity volumes on both sides with their change, each scale question's means with
/// the Welch interval and p-value, the green share with Newcombe's interval and the
/// chi-square p-value, the child panel where child sheets follow the same children, and the
/// institutions whose traffic lights changed significantly. A change significant at 5% is
/// starred; a change that is not carries the smallest difference the data could have shown,
/// so that nobody reads noise as a trend. Danish by default; no line over 100 characters.
public struct DiffSummary: Sendable {
    public let comparison: PeriodComparison
    public let catalogue: Catalogue
    public let language: Language
    /// The data folder's name, for the title.
    public let name: String

    public init(_ comparison: PeriodComparison, catalogue: Catalogue, language: Language, name: String) {
        self.comparison = comparison
        self.catalogue = catalogue
        self.language = language
        self.name = name
    }

    private var number: NumberFormat { NumberFormat(language) }
    private let blank = "-"
    private var notRegistered: String { language.text(DiffText.notRegistered) }

    public var text: String {
        let title = language.text(DiffText.title(from: comparison.from, to: comparison.to, name: name))
        var out = [title, String(repeating: "=", count: title.count), ""]
        out += wrapLine(language.text(DiffText.legend(minimumCell: minimumCell)), indent: 0)
        if comparison.projects.isEmpty {
            out += ["", language.text(DiffText.noRegistrations)]
        }
        for project in comparison.projects {
            out.append("")
            out += section(project)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private var minimumCell: Int { comparison.minimumCell }

    /// Column head for a side: `p.2`, `virkning`.
    private func head(_ scope: PeriodScope) -> String {
        if case .period = scope { return language.text(ReportText.periodShort(scope)) }
        return "\(scope)"
    }

    // MARK: One project

    private func section(_ project: ProjectID) -> [String] {
        let heading =
            catalogue.projects[project].map { "\($0.municipality): \($0.title) (\(project))" } ?? "\(project)"
        var out = [heading]
        out += activityLines(project)
        out += scaleLines(project)
        out += trafficLightLines(project)
        for assessment in Assessment.allCases {
            if let panel = comparison.panels.first(where: {
                $0.project == project && $0.institution == nil && $0.assessment == assessment
            }) {
                out += panelLines(panel)
            }
        }
        out += institutionLines(project)
        return out
    }

    private func activityLines(_ project: ProjectID) -> [String] {
        let changes = comparison.activity.filter { $0.project == project && $0.institution == nil }
        guard !changes.isEmpty else { return [] }
        var table = TextTable()
        table.add([
            language.text(ReportText.activities), head(comparison.from), head(comparison.to), language.text(DiffText.change), "%",
        ])
        var uneven = false
        for change in changes {
            table.add([
                change.indicator.shortLabel(language),
                change.from.value.map(count) ?? notRegistered, change.to.value.map(count) ?? notRegistered,
                change.difference.map { signed(ReportNumber($0, .perPeriod)) } ?? blank,
                change.relativeChange.map { signed(ReportNumber($0, .relativeChange)) + " %" } ?? blank,
            ])
            if change.from.value != nil && change.to.value != nil && change.periodsFrom != change.periodsTo
                && change.indicator != .boern
            {
                uneven = true
            }
        }
        var out = [""] + table.lines(indent: 2)
        if uneven {
            out += wrapLine(language.text(DiffText.unevenSides), indent: 2)
        }
        return out
    }

    private func scaleLines(_ project: ProjectID) -> [String] {
        let changes = comparison.scales.filter { $0.project == project && $0.institution == nil }
        guard !changes.isEmpty else { return [] }
        var table = TextTable()
        table.add([
            language.text(ReportText.collaborationScale), head(comparison.from), head(comparison.to),
            language.text(DiffText.differenceWithInterval), "p", "",
        ])
        for change in changes {
            let mean = { (summary: MeanSummary?) in
                summary.map { "\(self.number.text(ReportNumber($0.exactMean, .mean))) (n=\($0.n))" } ?? self.notRegistered
            }
            var difference = blank
            var p = blank
            var note = ""
            let points = { (value: Double) in self.number.text(ReportNumber(measured: value, .points)) }
            if let test = change.test, let value = change.difference {
                difference =
                    "\(signed(ReportNumber(value, .points))) [\(points(test.interval.lowerBound)); \(points(test.interval.upperBound))]"
                p = pValue(test.p) + (test.p < 0.05 ? " *" : "")
            } else if let value = change.difference {
                difference = signed(ReportNumber(value, .points))
                // Welch needs 2 ratings a side and some spread.
                let fewRatings = min(change.from?.n ?? 0, change.to?.n ?? 0) < 2
                note = fewRatings ? "n < 2" : language.text(DiffText.noSpread)
            }
            if let detectable = change.minimumDetectableDifference {
                note = language.text(DiffText.detectable(points(detectable)))
            }
            table.add([change.question.shortLabel(language), mean(change.from), mean(change.to), difference, p, note])
        }
        return [""] + table.lines(indent: 2)
    }

    private func trafficLightLines(_ project: ProjectID) -> [String] {
        let changes = comparison.trafficLights.filter { $0.project == project && $0.institution == nil }
        guard !changes.isEmpty else { return [] }
        var table = TextTable()
        table.add([
            language.text(ReportText.shareGreen), head(comparison.from), head(comparison.to),
            language.text(DiffText.differenceWithInterval), "p (chi²)", "",
        ])
        for change in changes {
            table.add(
                [change.series.assessment.label(language).capitalized, share(change, .from), share(change, .to)]
                    + test(change))
        }
        return [""] + table.lines(indent: 2)
    }

    private func share(_ change: TrafficLightChange, _ side: TrafficLightChange.Side) -> String {
        guard let counts = change.counts(side) else { return notRegistered }
        guard let share = change.greenShare(side) else {
            return "\(language.text(ReportText.suppressed)) n=\(counts.total)"
        }
        return "\(number.text(ReportNumber(share, .share))) % (n=\(counts.total))"
    }

    /// Difference, p and note cells of a traffic-light change.
    private func test(_ change: TrafficLightChange) -> [String] {
        var cells = [blank, blank, ""]
        if let difference = change.difference, let interval = change.interval {
            cells[0] =
                "\(signed(ReportNumber(difference, .share))) [\(percent(interval.lowerBound)); \(percent(interval.upperBound))]"
        }
        if let test = change.chiSquare { cells[1] = pValue(test.p) + (test.p < 0.05 ? " *" : "") }
        if let detectable = change.minimumDetectableDifference {
            cells[2] = language.text(DiffText.detectable(percent(detectable)))
        }
        return cells
    }

    // MARK: Panel

    private func panelLines(_ panel: ChildPanel) -> [String] {
        var out =
            [""]
            + wrapLine(
                language.text(
                    DiffText.sameChildren(
                        panel.assessment, stayed: panel.stayers, joined: panel.newcomers.total, left: panel.leavers.total)),
                indent: 2)
        var table = TextTable()
        table.add(
            [language.text(DiffText.fromTo)] + TrafficLight.allCases.map { $0.label(language) } + [language.text(DiffText.left)])
        let shown = comparison.suppression(of: panel)
        let cells = TrafficLight.allCases.flatMap { from in TrafficLight.allCases.map { shown.stayers(from, $0, in: panel) } }
        let leavers = TrafficLight.allCases.map { shown.leavers($0, in: panel) }
        let newcomers = TrafficLight.allCases.map { shown.newcomers($0, in: panel) }
        for from in TrafficLight.allCases {
            table.add(
                [from.label(language)] + TrafficLight.allCases.map { cell(panel, cells[from.index * 3 + $0.index]) }
                    + [cell(panel, leavers[from.index])])
        }
        table.add([language.text(DiffText.joined)] + newcomers.map { cell(panel, $0) } + [""])
        out += table.lines(indent: 4)
        out += wrapLine(language.text(DiffText.panelLegend(minimumCell: panel.minimumCell)), indent: 4)
        if let first = panel.greenShare(.from, shown: shown).map({ number.text(ReportNumber($0, .share)) }),
            let second = panel.greenShare(.to, shown: shown).map({ number.text(ReportNumber($0, .share)) })
        {
            var line = language.text(DiffText.shareGreenAmongStayers(first: first, second: second))
            if let test = panel.mcNemar(shown: shown) { line += "; McNemar p = \(pValue(test.p))\(test.p < 0.05 ? " *" : "")" }
            if let test = panel.stuartMaxwell(shown: shown) {
                line += "; Stuart-Maxwell p = \(pValue(test.p))\(test.p < 0.05 ? " *" : "")"
            }
            out += wrapLine(line, indent: 4)
        } else if !panel.suppressed {
            out += wrapLine(language.text(DiffText.panelSharesHidden), indent: 4)
        } else {
            out += wrapLine(language.text(DiffText.fewStayed(minimumCell: panel.minimumCell)), indent: 4)
        }
        if let ambiguous = shown.ambiguous(in: panel), ambiguous > 0 {
            out += wrapLine(language.text(DiffText.ambiguousPseudonyms(ambiguous)), indent: 4)
        }
        return out
    }

    private func cell(_ panel: ChildPanel, _ shown: Int?) -> String {
        shown.map { number.integer($0) } ?? "x"
    }

    // MARK: Institutions

    /// Institutions whose green share changed significantly, or a line saying none did.
    private func institutionLines(_ project: ProjectID) -> [String] {
        let changes = comparison.trafficLights.filter { $0.project == project && $0.institution != nil }
        guard !changes.isEmpty else { return [] }
        let significant = changes.filter { $0.isSignificant == true }
        let tested = changes.filter { $0.chiSquare != nil }.count
        var out =
            [""]
            + wrapLine(
                language.text(DiffText.institutionSeries(tested: tested, of: changes.count, significant: significant.count)),
                indent: 2)
        guard !significant.isEmpty else { return out }
        var table = TextTable()
        for change in significant {
            table.add(
                [
                    "\(change.institution!), \(change.series.assessment.label(language))", share(change, .from),
                    share(change, .to),
                ] + test(change))
        }
        out += table.lines(indent: 4)
        return out
    }

    // MARK: Numbers

    /// An activity figure: a sum, or children per period.
    private func count(_ value: Ratio) -> String { number.text(ReportNumber(value, .perPeriod)) }

    /// A measured share (an interval bound, a detectable difference) as a percentage.
    private func percent(_ share: Double) -> String { number.text(ReportNumber(measured: share, .share)) }

    /// A change with its sign: `+2,5`, `-1,0`.
    private func signed(_ change: ReportNumber) -> String {
        (change.signum > 0 ? "+" : "") + number.text(change)
    }

    private func pValue(_ p: Double) -> String { number.text(ReportNumber(measured: p, .probability)) }
}
