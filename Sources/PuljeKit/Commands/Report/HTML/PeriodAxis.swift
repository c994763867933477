/// The horizontal axis every chart of a project shares: one slot per period of the catalogue,
/// in order. A period without sheets (SPEC 1: period 3, Covid-19) keeps its slot, hatched and
/// labelled "not collected", so a line never pretends the periods either side are adjacent;
/// the project's impact phase (SPEC 4, "virkningsfase") is shaded.
struct PeriodAxis {
    let periods: [PeriodInfo]
    /// The periods the catalogue places in the project's impact phase.
    let impact: Set<Period>
    /// Left edge and width of the plotting area, in pixels.
    let left: Double
    let width: Double

    init(catalogue: Catalogue, project: ProjectID, left: Double, width: Double) {
        periods = catalogue.periods.sorted { $0.period < $1.period }
        impact = Set(catalogue.periods(of: project, in: .virkning))
        self.left = left
        self.width = width
    }

    var slot: Double { width / Double(max(periods.count, 1)) }

    /// The centre of a period's slot, or nil for a period the catalogue does not know.
    func x(_ period: Period) -> Double? {
        guard let index = periods.firstIndex(where: { $0.period == period }) else { return nil }
        return left + slot * (Double(index) + 0.5)
    }

    /// Whether two periods have a slot between them (a period not collected, or one without
    /// a figure): the line joining them is drawn dashed, and an interval band is not carried over.
    func areAdjacent(_ first: Period, _ second: Period) -> Bool {
        guard let a = periods.firstIndex(where: { $0.period == first }),
            let b = periods.firstIndex(where: { $0.period == second })
        else { return false }
        return abs(a - b) == 1
    }

    /// Shading of the impact phase and hatching of periods not collected, between `top` and
    /// `bottom`, and the period numbers below; `labelled` adds the words.
    func background(top: Double, bottom: Double, labelled: Bool, language: Language) -> String {
        var out = ""
        let height = bottom - top
        for (index, info) in periods.enumerated() {
            let x = left + slot * Double(index)
            let geometry =
                "x=\"\(Markup.coordinate(x))\" y=\"\(Markup.coordinate(top))\" width=\"\(Markup.coordinate(slot))\" height=\"\(Markup.coordinate(height))\""
            if !info.collected {
                out += "<rect class=\"not-collected\" data-period=\"\(info.period)\" \(geometry) fill=\"url(#not-collected)\"/>"
                if labelled {
                    let centre = x + slot / 2
                    out +=
                        "<text class=\"note\" x=\"\(Markup.coordinate(centre))\" y=\"\(Markup.coordinate(top + height / 2))\" "
                        + "transform=\"rotate(-90 \(Markup.coordinate(centre)) \(Markup.coordinate(top + height / 2)))\" "
                        + "text-anchor=\"middle\" dominant-baseline=\"middle\">"
                        + Markup.escape(language.text(HTMLText.notCollected)) + "</text>"
                }
            } else if impact.contains(info.period) {
                out += "<rect class=\"impact\" data-period=\"\(info.period)\" \(geometry) fill=\"\(ChartPalette.impact)\"/>"
            }
        }
        if labelled, let first = periods.firstIndex(where: { impact.contains($0.period) }) {
            let x = left + slot * Double(first) + 3
            out +=
                "<text class=\"note\" x=\"\(Markup.coordinate(x))\" y=\"\(Markup.coordinate(top - 4))\">"
                + Markup.escape(language.text(HTMLText.impactPhaseNote)) + "</text>"
        }
        for info in periods {
            let x = x(info.period)!
            out +=
                "<text class=\"period\" x=\"\(Markup.coordinate(x))\" y=\"\(Markup.coordinate(bottom + 12))\" text-anchor=\"middle\">\(info.period)</text>"
        }
        return out
    }
}
