/// One traffic-light series as stacked bars, one per period (the evaluation's figures of the
/// share of children in green): green at the bottom, then yellow and red, each segment's
/// height its share (SPEC 4, `traffic_light.csv`), n under each bar. A suppressed figure
/// (SPEC 4, `TrafficLightSuppression`) is an empty dashed bar marked "u." with its n only.
/// `full` charts carry percentages and direct colour names; `small` ones are the
/// per-institution small multiples.
struct TrafficLightChart {
    enum Size {
        case full
        case small

        var width: Double { self == .full ? 420 : 210 }
        var height: Double { self == .full ? 232 : 122 }
        var left: Double { self == .full ? 38 : 30 }
        var right: Double { self == .full ? 44 : 6 }
        var top: Double { self == .full ? 16 : 6 }
        var bottom: Double { self == .full ? 186 : 88 }
    }

    let series: TrafficLightSeries
    /// Single-period figures of one project or institution, any order.
    let figures: [TrafficLightFigure]
    let size: Size
    let axis: PeriodAxis
    let language: Language

    init(
        series: TrafficLightSeries, figures: [TrafficLightFigure], size: Size, catalogue: Catalogue,
        project: ProjectID, language: Language
    ) {
        self.series = series
        self.figures = figures.filter { $0.series == series && $0.scope.isSinglePeriod }.sorted { $0.scope < $1.scope }
        self.size = size
        axis = PeriodAxis(catalogue: catalogue, project: project, left: size.left, width: size.width - size.left - size.right)
        self.language = language
    }

    private var bars: [(figure: TrafficLightFigure, period: Period, x: Double)] {
        figures.compactMap { figure in
            guard case .period(let period) = figure.scope, let x = axis.x(period) else { return nil }
            return (figure, period, x)
        }
    }

    /// The vertical position of a share: 100% at the top.
    private func y(_ share: Double) -> Double {
        size.bottom - share * (size.bottom - size.top)
    }

    func svg(id: String, title: String) -> String {
        var out =
            "<svg class=\"chart lights \(size == .full ? "full" : "small")\" viewBox=\"0 0 \(Markup.coordinate(size.width)) "
            + "\(Markup.coordinate(size.height))\" width=\"\(Markup.coordinate(size.width))\" height=\"\(Markup.coordinate(size.height))\" "
            + "role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\"" + Markup.attributes(["data-measure": series.id]) + ">"
        out += "<title id=\"\(id)-t\">\(Markup.escape(title))</title><desc id=\"\(id)-d\">\(Markup.escape(description))</desc>"
        out += axis.background(top: size.top, bottom: size.bottom, labelled: size == .full, language: language)
        for share in size == .full ? [0, 25, 50, 75, 100] : [0, 100] {
            let y = Markup.coordinate(y(Double(share) / 100))
            out +=
                "<line class=\"grid\" data-value=\"\(share)\" x1=\"\(Markup.coordinate(size.left))\" "
                + "x2=\"\(Markup.coordinate(size.width - size.right))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"\(ChartPalette.grid)\"/>"
            out +=
                "<text class=\"tick\" x=\"\(Markup.coordinate(size.left - 4))\" y=\"\(y)\" text-anchor=\"end\" "
                + "dominant-baseline=\"middle\">\(share) %</text>"
        }
        let barWidth = axis.slot * 0.62
        for bar in bars {
            out += self.bar(bar.figure, period: bar.period, x: bar.x - barWidth / 2, width: barWidth)
            out +=
                "<text class=\"n\" data-period=\"\(bar.period)\" x=\"\(Markup.coordinate(bar.x))\" "
                + "y=\"\(Markup.coordinate(size.bottom + 24))\" text-anchor=\"middle\">\(nLabel(bar.figure.n))</text>"
        }
        if size == .full, let last = bars.last(where: { !$0.figure.suppressed && $0.figure.n > 0 }) {
            out += directLabels(last.figure, x: size.width - size.right + 4)
        }
        return out + "</svg>"
    }

    private func bar(_ figure: TrafficLightFigure, period: Period, x: Double, width: Double) -> String {
        let periodName = language.text(HTMLText.periodTitle(period))
        guard !figure.suppressed, figure.n > 0 else {
            let height = size.bottom - size.top
            return "<rect class=\"suppressed\" data-period=\"\(period)\" data-n=\"\(figure.n)\" x=\"\(Markup.coordinate(x))\" "
                + "y=\"\(Markup.coordinate(size.top))\" width=\"\(Markup.coordinate(width))\" height=\"\(Markup.coordinate(height))\" "
                + "fill=\"none\" stroke=\"\(ChartPalette.suppressed)\" stroke-dasharray=\"3 2\"><title>"
                + Markup.escape("\(periodName): " + language.text(ReportText.suppressed) + " (n=\(figure.n))")
                + "</title></rect><text class=\"note\" x=\"\(Markup.coordinate(x + width / 2))\" "
                + "y=\"\(Markup.coordinate(size.top + height / 2))\" text-anchor=\"middle\">u.</text>"
        }
        var out = ""
        var below = 0
        for light in TrafficLight.allCases {
            let count = figure.counts[light]
            // Boundaries from cumulative counts, so the segments meet exactly and sum to 100%.
            let low = y(Double(below) / Double(figure.n))
            below += count
            let high = y(Double(below) / Double(figure.n))
            let share = Ratio(count, figure.n)
            out +=
                "<rect class=\"light\""
                + Markup.attributes([
                    "data-period": "\(period)", "data-light": light.rawValue, "data-count": "\(count)",
                    "data-share": ReportNumber(share, .share).csv,
                ]) + " x=\"\(Markup.coordinate(x))\" y=\"\(Markup.coordinate(high))\" width=\"\(Markup.coordinate(width))\" "
                + "height=\"\(Markup.coordinate(low - high))\" fill=\"\(ChartPalette.fill(light))\"><title>"
                + Markup.escape(
                    language.text(
                        HTMLText.lightTooltip(period: period, light: light, count: count, of: figure.n, share: percent(share))))
                + "</title></rect>"
            if size == .full && low - high >= 13 {
                out +=
                    "<text class=\"share\" x=\"\(Markup.coordinate(x + width / 2))\" y=\"\(Markup.coordinate((low + high) / 2))\" "
                    + "text-anchor=\"middle\" dominant-baseline=\"middle\">\(Markup.escape(percent(share, .label)))</text>"
            }
        }
        return out
    }

    /// The colour names in the right margin, level with the last bar's segments, so the chart
    /// reads without telling colours apart. A colour no child is in gets no label.
    private func directLabels(_ figure: TrafficLightFigure, x: Double) -> String {
        var below = 0
        var positions: [(TrafficLight, Double)] = []
        for light in TrafficLight.allCases {
            let low = y(Double(below) / Double(figure.n))
            below += figure.counts[light]
            positions.append((light, (low + y(Double(below) / Double(figure.n))) / 2))
        }
        // Top to bottom, at least a line apart.
        var placed: [(TrafficLight, Double)] = []
        for (light, position) in positions.reversed() where figure.counts[light] > 0 {
            let floor = (placed.last?.1 ?? size.top - 2) + 11
            placed.append((light, max(position, floor)))
        }
        return placed.map { light, position in
            "<text class=\"label\" x=\"\(Markup.coordinate(x))\" y=\"\(Markup.coordinate(position))\" "
                + "dominant-baseline=\"middle\">\(Markup.escape(light.label(language)))</text>"
        }.joined()
    }

    private var description: String {
        let parts = bars.map { bar in
            let head = language.text(HTMLText.periodInSentence(bar.period)) + ": "
            guard !bar.figure.suppressed, bar.figure.n > 0 else {
                return head + language.text(ReportText.suppressed) + " (n=\(bar.figure.n))"
            }
            let shares = TrafficLight.allCases.map { light in
                "\(light.label(language)) \(percent(Ratio(bar.figure.counts[light], bar.figure.n)))"
            }
            return head + shares.joined(separator: ", ") + " (n=\(bar.figure.n))"
        }
        return language.text(HTMLText.lightsDescription(parts))
    }

    /// `n=1.234` under a full chart's bar; the number alone under a small multiple's narrow one.
    private func nLabel(_ n: Int) -> String {
        (size == .full ? "n=" : "") + NumberFormat(language).integer(n)
    }

    private func percent(_ share: Ratio, _ medium: FigureKind.Medium = .text) -> String {
        NumberFormat(language).text(ReportNumber(share, .share), medium) + " %"
    }
}
