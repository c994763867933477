/// One collaboration question of one project as a line chart (the evaluation's Figures 3-24):
/// the mean rating per period on the 1-7 scale (SPEC 2.3) with its 95% t interval as a band
/// (SPEC 4, `scales.csv`), n under each period, the impact phase shaded and periods not
/// collected hatched. Periods with a gap between them are joined by a dashed line.
struct ScaleChart {
    let question: ScaleQuestion
    /// The project-level single-period figures of the question, any order.
    let figures: [ScaleFigure]
    let axis: PeriodAxis
    let language: Language

    static let width = 300.0
    static let height = 196.0
    static let left = 30.0
    static let right = 8.0
    static let top = 16.0
    static let bottom = 156.0

    init(question: ScaleQuestion, figures: [ScaleFigure], catalogue: Catalogue, project: ProjectID, language: Language) {
        self.question = question
        self.figures = figures.filter { $0.scope.isSinglePeriod }.sorted { $0.scope < $1.scope }
        axis = PeriodAxis(
            catalogue: catalogue, project: project, left: Self.left, width: Self.width - Self.left - Self.right)
        self.language = language
    }

    /// The vertical position of a rating: 7 at the top, 1 at the bottom.
    private func y(_ rating: Double) -> Double {
        let range = ScaleQuestion.ratings
        let fraction = (rating - Double(range.lowerBound)) / Double(range.upperBound - range.lowerBound)
        return Self.bottom - fraction * (Self.bottom - Self.top)
    }

    private var points: [(figure: ScaleFigure, period: Period, x: Double)] {
        figures.compactMap { figure in
            guard case .period(let period) = figure.scope, let x = axis.x(period) else { return nil }
            return (figure, period, x)
        }
    }

    func svg(id: String) -> String {
        let number = NumberFormat(language)
        let title = question.shortLabel(language)
        let described = points.map { point in
            let summary = point.figure.summary
            var text =
                language.text(HTMLText.periodInSentence(point.period)) + ": "
                + number.text(ReportNumber(summary.exactMean, .mean))
            if let interval = summary.confidenceInterval {
                let points = { (bound: Double) in number.text(ReportNumber(measured: bound, .points)) }
                text += " [\(points(interval.lowerBound))-\(points(interval.upperBound))]"
            }
            return text + " (n=\(summary.n))"
        }
        let description = language.text(HTMLText.scaleDescription(described))
        var out =
            "<svg class=\"chart scale\" viewBox=\"0 0 \(Markup.coordinate(Self.width)) \(Markup.coordinate(Self.height))\" "
            + "width=\"\(Markup.coordinate(Self.width))\" height=\"\(Markup.coordinate(Self.height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-t \(id)-d\"\(Markup.attributes(["data-question": question.id]))>"
        out += "<title id=\"\(id)-t\">\(Markup.escape(title))</title><desc id=\"\(id)-d\">\(Markup.escape(description))</desc>"
        out += axis.background(top: Self.top, bottom: Self.bottom, labelled: true, language: language)
        out += grid()
        out += bands()
        out += lines()
        for point in points {
            let summary = point.figure.summary
            out +=
                "<circle class=\"mean\""
                + Markup.attributes([
                    "data-period": "\(point.period)", "data-mean": ReportNumber(summary.exactMean, .mean).csv,
                    "data-n": "\(summary.n)",
                ])
                + " cx=\"\(Markup.coordinate(point.x))\" cy=\"\(Markup.coordinate(y(summary.mean)))\" r=\"3\" fill=\"\(ChartPalette.line)\">"
            out +=
                "<title>"
                + Markup.escape(
                    language.text(HTMLText.periodTitle(point.period)) + ": " + number.text(ReportNumber(summary.exactMean, .mean))
                        + " (n=\(summary.n))") + "</title></circle>"
            out +=
                "<text class=\"n\" data-period=\"\(point.period)\" x=\"\(Markup.coordinate(point.x))\" "
                + "y=\"\(Markup.coordinate(Self.bottom + 26))\" text-anchor=\"middle\">n=\(summary.n)</text>"
        }
        return out + "</svg>"
    }

    /// Horizontal lines at each rating, labelled.
    private func grid() -> String {
        var out = ""
        for rating in ScaleQuestion.ratings {
            let y = Markup.coordinate(y(Double(rating)))
            out +=
                "<line class=\"grid\" data-value=\"\(rating)\" x1=\"\(Markup.coordinate(Self.left))\" "
                + "x2=\"\(Markup.coordinate(Self.width - Self.right))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"\(ChartPalette.grid)\"/>"
            out +=
                "<text class=\"tick\" x=\"\(Markup.coordinate(Self.left - 6))\" y=\"\(y)\" text-anchor=\"end\" "
                + "dominant-baseline=\"middle\">\(rating)</text>"
        }
        return out
    }

    /// The 95% interval: a band over each run of adjacent periods, a bar where a period stands alone.
    private func bands() -> String {
        var runs: [[(x: Double, interval: ClosedRange<Double>, period: Period)]] = []
        for point in points {
            guard let interval = point.figure.summary.confidenceInterval else {
                runs.append([])
                continue
            }
            let clamped = max(interval.lowerBound, 1)...min(interval.upperBound, 7)
            if let last = runs.last?.last, axis.areAdjacent(last.period, point.period) {
                runs[runs.count - 1].append((point.x, clamped, point.period))
            } else {
                runs.append([(point.x, clamped, point.period)])
            }
        }
        var out = ""
        for run in runs where !run.isEmpty {
            if run.count == 1 {
                let point = run[0]
                out +=
                    "<line class=\"interval\" x1=\"\(Markup.coordinate(point.x))\" x2=\"\(Markup.coordinate(point.x))\" "
                    + "y1=\"\(Markup.coordinate(y(point.interval.upperBound)))\" y2=\"\(Markup.coordinate(y(point.interval.lowerBound)))\" "
                    + "stroke=\"\(ChartPalette.band)\" stroke-width=\"6\" stroke-opacity=\"0.45\"/>"
                continue
            }
            let upper = run.map { "\(Markup.coordinate($0.x)),\(Markup.coordinate(y($0.interval.upperBound)))" }
            let lower = run.reversed().map { "\(Markup.coordinate($0.x)),\(Markup.coordinate(y($0.interval.lowerBound)))" }
            out +=
                "<polygon class=\"band\" points=\"\((upper + lower).joined(separator: " "))\" "
                + "fill=\"\(ChartPalette.band)\" fill-opacity=\"0.35\"/>"
        }
        return out
    }

    /// The means joined: solid between adjacent periods, dashed across a gap.
    private func lines() -> String {
        var out = ""
        for (from, to) in zip(points, points.dropFirst()) {
            let dashed = !axis.areAdjacent(from.period, to.period)
            out +=
                "<line class=\"\(dashed ? "mean-line gap" : "mean-line")\" x1=\"\(Markup.coordinate(from.x))\" "
                + "y1=\"\(Markup.coordinate(y(from.figure.summary.mean)))\" x2=\"\(Markup.coordinate(to.x))\" "
                + "y2=\"\(Markup.coordinate(y(to.figure.summary.mean)))\" stroke=\"\(ChartPalette.line)\" stroke-width=\"2\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>"
        }
        return out
    }
}
