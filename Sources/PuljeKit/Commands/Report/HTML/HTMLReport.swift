/// `report.html` (issue 7): the evaluation's figures in one self-contained file that opens from
/// disk, with inline CSS and SVG and nothing fetched from anywhere. Per project, in catalogue
/// order: the data per period, each scale question's mean per period with its interval band
/// (`ScaleChart`), the traffic-light bars per period with n (`TrafficLightChart`), the
/// activity table, the cost table and the institutions as small multiples. Then the
/// cross-project page (the evaluation's Tabel 3) and the data quality.
///
/// Every figure is the one the CSV files hold (same `Aggregation`, same suppression); charts
/// carry their values in `data-*` attributes and a text alternative.
public struct HTMLReport: Sendable, ReportRendering {
    public let context: ReportContext

    public init(_ context: ReportContext) {
        self.context = context
    }

    private let blank = "–"

    public var html: String {
        let title = language.text(HTMLText.title(name: context.name))
        let summaries = context.aggregation.dataSummary.projects
        var body = [
            "<header><h1>\(Markup.escape(title))</h1>",
            Markup.element("p", ProblemListing(context.result, language: language).summaryLine()),
            contents(summaries), "</header>", legend(),
        ]
        for (index, summary) in summaries.enumerated() {
            body.append(section(summary, index: index))
        }
        body.append(acrossProjects(summaries))
        body.append(dataQuality())
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Markup.escape(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            \(Self.definitions)
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    // MARK: Page head

    private func contents(_ summaries: [DataSummary.ProjectSummary]) -> String {
        var items = summaries.map { summary in
            "<li><a href=\"#\(anchor(summary.project.id))\">"
                + Markup.escape("\(summary.project.municipality): \(summary.project.title)") + "</a></li>"
        }
        items.append("<li><a href=\"#tvaers\">" + Markup.escape(language.text(HTMLText.acrossProjectsLink)) + "</a></li>")
        items.append("<li><a href=\"#datakvalitet\">" + Markup.escape(language.text(ReportText.dataQuality)) + "</a></li>")
        return "<nav aria-label=\"\(Markup.escape(language.text(HTMLText.contents)))\"><ol>" + items.joined() + "</ol></nav>"
    }

    /// How to read the charts: said once, in words, before the first one.
    private func legend() -> String {
        let swatches = TrafficLight.allCases.map { light in
            "<span class=\"swatch\" style=\"background:\(ChartPalette.fill(light))\"></span>"
                + Markup.escape(light.label(language))
        }.joined(separator: " ")
        let notCollected = catalogue.periods.filter { !$0.collected }.map { info in
            language.text(HTMLText.periodInSentence(info.period)) + (info.note.isEmpty ? "" : " (\(info.note))")
        }
        let items = [
            HTMLText.legendScale, .legendLights, .legendSuppressed(minimumCell: context.minimumCell), .legendImpactPhase,
            .legendHatching(notCollected: notCollected),
        ].map(language.text)
        return "<aside class=\"legend\"><h2>" + Markup.escape(language.text(HTMLText.howToRead))
            + "</h2><p>" + swatches + "</p><ul>" + items.map { "<li>" + Markup.escape($0) + "</li>" }.joined() + "</ul></aside>"
    }

    // MARK: One project

    private func anchor(_ project: ProjectID) -> String { "projekt-\(project.rawValue)" }

    private func section(_ summary: DataSummary.ProjectSummary, index: Int) -> String {
        let project = summary.project
        var out = "<section id=\"\(anchor(project.id))\" class=\"project\">"
        out += Markup.element("h2", "\(project.municipality): \(project.title)")
        out += dataTable(summary)
        out += scaleCharts(project.id, index: index)
        out += trafficLightCharts(project.id, index: index)
        out += activityTable(project.id)
        out += costTable(project.id)
        out += institutions(project.id, index: index)
        return out + "</section>"
    }

    private func dataTable(_ summary: DataSummary.ProjectSummary) -> String {
        let rows: [[String]] = [
            [language.text(ReportText.phase)] + summary.cells.map { $0.phase?.name ?? blank },
            [language.text(ReportText.institutions)] + summary.cells.map { number.integer($0.institutions) },
            [language.text(ReportText.childrenAttached)] + summary.cells.map { $0.children.map(number.integer) ?? blank },
            [language.text(ReportText.childrenAssessedWellbeing)]
                + summary.cells.map { $0.assessedWellbeing.map(number.integer) ?? blank },
        ]
        let header = [language.text(ReportText.period)] + summary.cells.map { "\($0.period)" }
        let perPeriod = format(summary.childrenPerPeriod)
        let published = summary.project.childrenPerPeriod.map(number.integer) ?? blank
        let note = language.text(HTMLText.childrenPerPeriodOnAverage(perPeriod: perPeriod, published: published))
        return table(header: header, rows: rows, caption: language.text(HTMLText.dataPerPeriod))
            + Markup.element("p", note)
    }

    private func scaleCharts(_ project: ProjectID, index: Int) -> String {
        let figures = context.aggregation.scales(of: project).filter { $0.institution == nil && $0.scope.isSinglePeriod }
        let questions = ScaleQuestion.allCases.filter { question in figures.contains { $0.question == question } }
        guard !questions.isEmpty else { return "" }
        var out = Markup.element("h3", language.text(HTMLText.collaborationHeading))
        out += "<div class=\"charts\">"
        for (number, question) in questions.enumerated() {
            let chart = ScaleChart(
                question: question, figures: figures.filter { $0.question == question }, catalogue: catalogue,
                project: project, language: language)
            out +=
                "<figure" + Markup.attributes(["data-project": project.rawValue, "data-question": question.id]) + ">"
                + chart.svg(id: "s\(index)-\(number)")
                + "<figcaption>" + Markup.escape(question.shortLabel(language))
                + "<span class=\"question\">" + Markup.escape(question.danishQuestion) + "</span></figcaption></figure>"
        }
        return out + "</div>"
    }

    private func trafficLightCharts(_ project: ProjectID, index: Int) -> String {
        let figures = context.aggregation.trafficLights(of: project).filter { $0.institution == nil }
        let series = TrafficLightSeries.all.filter { series in figures.contains { $0.series == series } }
        guard !series.isEmpty else { return "" }
        var out = Markup.element("h3", language.text(HTMLText.trafficLightsHeading))
        out += "<div class=\"charts\">"
        for (number, one) in series.enumerated() {
            let title = seriesTitle(one)
            let chart = TrafficLightChart(
                series: one, figures: figures, size: .full, catalogue: catalogue, project: project, language: language)
            out +=
                "<figure"
                + Markup.attributes(["data-project": project.rawValue, "data-institution": "*", "data-measure": one.id])
                + ">" + chart.svg(id: "l\(index)-\(number)", title: title) + Markup.element("figcaption", title) + "</figure>"
        }
        return out + "</div>"
    }

    private func seriesTitle(_ series: TrafficLightSeries) -> String {
        let label = series.assessment.label(language).capitalized
        return series.status == .aktiv ? label : label + language.text(HTMLText.childrenWhoLeftSuffix)
    }

    private func activityTable(_ project: ProjectID) -> String {
        let figures = context.aggregation.activity(of: project).filter { $0.institution == nil }
        let indicators = Indicator.allCases.filter { indicator in figures.contains { $0.indicator == indicator } }
        guard !indicators.isEmpty else { return "" }
        let periods = Set(figures.compactMap { figure -> PeriodScope? in figure.scope.isSinglePeriod ? figure.scope : nil })
            .sorted()
        let hasImpact = !catalogue.periods(of: project, in: .virkning).isEmpty
        let header =
            [language.text(HTMLText.activity)] + periods.map { "P.\($0)" }
            + [language.text(ReportText.impactPhase), language.text(ReportText.wholePeriod)]
        let rows = indicators.map { indicator in
            let value = { (scope: PeriodScope) in
                figures.first { $0.indicator == indicator && $0.scope == scope }?.value
            }
            return [indicator.shortLabel(language)] + periods.map { format(value($0)) }
                + [hasImpact ? format(value(.phase(.virkning))) : blank, format(value(.all))]
        }
        var out = Markup.element("h3", language.text(ReportText.activities))
        out += table(header: header, rows: rows, caption: language.text(HTMLText.activitiesCaption))
        return out
    }

    private func costTable(_ project: ProjectID) -> String {
        let heading = Markup.element("h3", language.text(CostText.runningCostHeading))
        let costs: (totals: [InterventionCosts.Row], assumptions: [String])
        switch context.costs(of: project) {
        case nil: return ""
        case .failure(let failure): return heading + Markup.element("p", failure.sentence)
        case .success(let value): costs = value
        }
        guard !costs.totals.isEmpty else { return "" }
        let header = [language.text(HTMLText.activity)] + [CostText.holdings, .total, .perChild].map(language.text)
        let rows = costs.totals.map { row in
            [
                row.activity, number.text(ReportNumber(measured: row.holdings, .holdings)), number.kroner(row.costKr),
                row.costPerChildKr.map(number.kroner) ?? blank,
            ]
        }
        return heading
            + table(header: header, rows: rows, caption: language.text(CostText.modelCaption))
            + costs.assumptions.map { Markup.element("p", $0) }.joined()
    }

    /// Each institution's traffic lights as small multiples on the project's axis.
    private func institutions(_ project: ProjectID, index: Int) -> String {
        let figures = context.aggregation.trafficLights(of: project).filter { $0.institution != nil && $0.scope.isSinglePeriod }
        let byInstitution = Dictionary(grouping: figures) { $0.institution! }
        guard !byInstitution.isEmpty else { return "" }
        var out = Markup.element("h3", language.text(HTMLText.institutionsHeading))
        out += "<div class=\"multiples\">"
        for (number, institution) in byInstitution.keys.sorted().enumerated() {
            let own = byInstitution[institution]!
            out += "<div class=\"card\">" + Markup.element("h4", institution)
            for series in [TrafficLightSeries(.trivsel), TrafficLightSeries(.sprog)]
            where own.contains(where: { $0.series == series }) {
                let title = "\(institution): \(seriesTitle(series))"
                let chart = TrafficLightChart(
                    series: series, figures: own, size: .small, catalogue: catalogue, project: project, language: language)
                out +=
                    "<figure"
                    + Markup.attributes([
                        "data-project": project.rawValue, "data-institution": institution, "data-measure": series.id,
                    ])
                    + ">" + chart.svg(id: "i\(index)-\(number)-\(series.id)", title: title)
                    + Markup.element("figcaption", seriesTitle(series)) + "</figure>"
            }
            out += "</div>"
        }
        return out + "</div>"
    }

    // MARK: Across projects

    private func acrossProjects(_ summaries: [DataSummary.ProjectSummary]) -> String {
        var out = "<section id=\"tvaers\">" + Markup.element("h2", language.text(HTMLText.acrossProjects))
        let figures = context.aggregation.activity(of: nil)
        let recent = PeriodScope.window(Aggregation.lastTwelveMonths)
        let rows = Indicator.allCases.filter { indicator in figures.contains { $0.indicator == indicator } }.map { indicator in
            let label = indicator == .boern ? language.text(ReportText.childrenPerPeriod) : indicator.shortLabel(language)
            return [
                label, format(figures.first { $0.indicator == indicator && $0.scope == recent }?.value),
                format(figures.first { $0.indicator == indicator && $0.scope == .all }?.value),
            ]
        }
        out += table(
            header: ["", language.text(ReportText.lastTwelveMonths), language.text(ReportText.wholePeriod)],
            rows: rows, caption: language.text(ReportText.acrossProjectsTable))

        let overview = summaries.map { summary in
            let project = summary.project.id
            let lights = context.aggregation.trafficLights(of: project).filter {
                $0.institution == nil && $0.series == TrafficLightSeries(.trivsel) && $0.scope.isSinglePeriod
            }.sorted { $0.scope < $1.scope }
            return [
                summary.project.municipality, summary.project.title, number.integer(summary.institutions),
                format(summary.childrenPerPeriod),
                lights.first.map(greenShare) ?? blank, lights.last.map(greenShare) ?? blank,
            ]
        }
        out += table(
            header: [
                language.text(HTMLText.municipality), language.text(HTMLText.project), language.text(ReportText.institutions),
                language.text(ReportText.childrenPerPeriod), language.text(HTMLText.greenWellbeingFirst),
                language.text(HTMLText.greenWellbeingLast),
            ],
            rows: overview, caption: language.text(HTMLText.projectsSideBySideCaption),
            textColumns: 2)
        return out + "</section>"
    }

    /// `p.7: 85,2 % (n=391)`, or `p.7: u. (n=3)`.
    private func greenShare(_ figure: TrafficLightFigure) -> String {
        guard let share = figure.share(.green) else { return "p.\(figure.scope): u. (n=\(figure.n))" }
        return "p.\(figure.scope): \(number.text(ReportNumber(share, .share))) % (n=\(number.integer(figure.n)))"
    }

    private func dataQuality() -> String {
        let listing = ProblemListing(context.result, language: language)
        var out = "<section id=\"datakvalitet\">" + Markup.element("h2", language.text(ReportText.dataQuality))
        out += Markup.element("p", listing.summaryLine())
        guard !context.result.problems.isEmpty else { return out + "</section>" }
        let shown = 200
        let rows = context.result.problems.prefix(shown).map { problem in
            let location = problem.location
            return [
                location.file, location.line.map(String.init) ?? "",
                location.columnName ?? location.column.map(String.init) ?? "",
                language.text(ReportText.severity(problem.severity)),
                problem.code, problem.message(language),
            ]
        }
        out += table(
            header: [HTMLText.fileColumn, .lineColumn, .columnColumn, .severityColumn, .codeColumn, .problemColumn].map(
                language.text),
            rows: Array(rows), caption: language.text(HTMLText.problemsCaption),
            textColumns: 6)
        if context.result.problems.count > shown {
            out += Markup.element("p", language.text(HTMLText.moreProblems(context.result.problems.count - shown)))
        }
        return out + "</section>"
    }

    // MARK: Helpers

    /// A table whose first `textColumns` columns are text and the rest numbers (right-aligned).
    private func table(header: [String], rows: [[String]], caption: String, textColumns: Int = 1) -> String {
        let cell = { (tag: String, column: Int, text: String) in
            "<\(tag)\(column >= textColumns ? " class=\"num\"" : "")\(tag == "th" ? " scope=\"col\"" : "")>\(Markup.escape(text))</\(tag)>"
        }
        var out = "<table><caption>\(Markup.escape(caption))</caption><thead><tr>"
        out += header.enumerated().map { cell("th", $0.offset, $0.element) }.joined() + "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>" + row.enumerated().map { cell("td", $0.offset, $0.element) }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// An activity figure (a sum, or children per period), blank when not registered.
    private func format(_ value: Ratio?) -> String {
        value.map { number.text(ReportNumber($0, .perPeriod)) } ?? blank
    }

    /// The hatching of periods not collected, shared by every chart.
    private static let definitions = """
        <svg width="0" height="0" aria-hidden="true" style="position:absolute"><defs>\
        <pattern id="not-collected" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#F4F4F4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#BBBBBB" stroke-width="2"/>\
        </pattern></defs></svg>
        """

    private static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1a1a1a;margin:0;background:#fff}\
        main{max-width:1280px;margin:0 auto;padding:16px 24px}\
        h1{font-size:1.7em;margin:.2em 0}h2{font-size:1.35em;border-bottom:2px solid #0072B2;padding-bottom:4px;margin-top:1.6em}\
        h3{font-size:1.1em;margin:1.2em 0 .4em}h4{font-size:.95em;margin:0 0 4px}\
        nav ol{columns:2;font-size:.9em}a{color:#0060a0}\
        .legend{background:#F7F7F7;border:1px solid #DDD;padding:8px 16px;font-size:.9em}.legend h2{border:0;font-size:1.05em;margin:.3em 0}\
        .swatch{display:inline-block;width:14px;height:14px;margin:0 4px 0 10px;vertical-align:-2px;border:1px solid #555}\
        .charts{display:flex;flex-wrap:wrap;gap:8px 18px}.charts figure{margin:0;width:min-content}\
        figcaption{font-size:.85em;font-weight:600}figcaption .question{display:block;font-weight:400;color:#555;font-size:.9em}\
        .multiples{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #DDD;padding:6px 8px;border-radius:4px}\
        .card figure{margin:0}.card figcaption{font-weight:400}\
        svg text{font-size:10px;fill:#333}svg .note{font-size:9px;fill:#555}svg .share{font-size:10px;fill:#000}\
        svg .label{font-size:11px;font-weight:600}svg.small text{font-size:8px}\
        table{border-collapse:collapse;margin:.4em 0 .8em;font-size:.9em}caption{text-align:left;font-size:.9em;color:#444;padding:2px 0}\
        th,td{border-bottom:1px solid #E2E2E2;padding:3px 8px;text-align:left}th{background:#F2F2F2}.num{text-align:right;font-variant-numeric:tabular-nums}\
        @media print{.project{break-before:page}nav{display:none}}
        """
}
