/// `pulje cost`'s output: per project a table laid out like the evaluation's cost tables
/// (activities as columns, roles as rows by their labels, `Timer, pædagog`, Danish kroner),
/// with computed beside published cost per child and the deviation; `costs.csv` (SPEC 6, plus
/// `published_cost_per_child_kr` and `deviation_pct`) and `cost_hours.csv` (one row per
/// activity and role, by id).
public struct CostReport: Sendable {
    public let costs: [ActivityCost]
    public let catalogue: Catalogue
    public let language: Language
    /// Notes on what the prices rest on (own wages, defaults used, a price-year adjustment).
    public let notes: [String]

    public init(costs: [ActivityCost], catalogue: Catalogue, language: Language = .danish, notes: [String] = []) {
        self.costs = costs
        self.catalogue = catalogue
        self.language = language
        self.notes = notes
    }

    public static let costsHeader = [
        "project", "activity", "hours_total", "cost_per_holding_kr", "children_per_holding", "cost_per_child_kr",
        "establishment_kr", "published_cost_per_child_kr", "deviation_pct",
    ]
    public static let hoursHeader = ["project", "activity", "role", "hours", "hourly_cost_kr", "cost_kr"]

    public func costsCSV(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.costsHeader, style: style)
        for cost in costs {
            let activity = cost.activity
            writer.text(activity.project.rawValue)
            writer.text(activity.name)
            writer.number(ReportNumber(measured: cost.hoursTotal, .hours))
            writer.number(ReportNumber(measured: cost.costPerHoldingKr, .kroner))
            writer.number(cost.childrenPerHolding.map { ReportNumber(measured: $0, .groupSize) })
            for kroner in [cost.costPerChildKr, activity.establishmentKr, activity.publishedCostPerChildKr] {
                writer.number(kroner.map { ReportNumber(measured: $0, .kroner) })
            }
            writer.number(cost.deviationPercent.map { ReportNumber(measured: $0, .percent) })
            writer.endRow()
        }
        return writer.text
    }

    public func hoursCSV(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.hoursHeader, style: style)
        for cost in costs {
            for line in cost.roles {
                writer.text(cost.activity.project.rawValue)
                writer.text(cost.activity.name)
                writer.text(line.role)
                writer.number(ReportNumber(measured: line.hours, .hours))
                writer.number(ReportNumber(measured: line.hourlyCostKr, .hourlyRate))
                writer.number(ReportNumber(measured: line.costKr, .kroner))
                writer.endRow()
            }
        }
        return writer.text
    }

    /// The tables, project by project in catalogue order, activities in chunks that fit 100 columns.
    public func text() -> String {
        let number = NumberFormat(language)
        var out: [String] = []
        let projects = catalogue.projects.keys.filter { project in costs.contains { $0.activity.project == project } }
        for project in projects {
            let rows = costs.filter { $0.activity.project == project }
            let info = catalogue.projects[project]
            let table = rows.first?.activity.table ?? ""
            out.append("\(info?.municipality ?? project.rawValue) (\(project))\(table.isEmpty ? "" : ", \(table)")")
            for chunk in stride(from: 0, to: rows.count, by: 3).map({ Array(rows[$0..<min($0 + 3, rows.count)]) }) {
                var grid = TextTable()
                grid.add([""] + chunk.map { String($0.activity.name.prefix(24)) })
                // One row per role (or set of partner roles), in the order of their ids.
                let lines = chunk.flatMap(\.roles)
                for role in Set(lines.map(\.role)).sorted() {
                    let roles = lines.first { $0.role == role }!.roles
                    grid.add(
                        [language.text(CostText.hours(roles))]
                            + chunk.map { cost in
                                cost.roles.first { $0.role == role }.map { number.text(ReportNumber(measured: $0.hours, .hours)) }
                                    ?? "-"
                            })
                }
                grid.add([language.text(CostText.costPerHolding)] + chunk.map { number.kroner($0.costPerHoldingKr) })
                grid.add(
                    [language.text(CostText.childrenPerHolding)]
                        + chunk.map { $0.childrenPerHolding.map { number.text(ReportNumber(measured: $0, .groupSize)) } ?? "-" })
                grid.add(
                    [language.text(CostText.costPerChildComputed)] + chunk.map { $0.costPerChildKr.map(number.kroner) ?? "-" })
                grid.add(
                    [language.text(CostText.costPerChildPublished)]
                        + chunk.map { $0.activity.publishedCostPerChildKr.map(number.kroner) ?? "-" })
                grid.add(
                    [language.text(CostText.deviation)]
                        + chunk.map {
                            $0.deviationPercent.map { number.text(ReportNumber(measured: $0, .percent)) + " %" } ?? "-"
                        })
                grid.add(
                    [language.text(CostText.establishment)] + chunk.map { $0.activity.establishmentKr.map(number.kroner) ?? "-" })
                out += [""] + grid.lines(indent: 2)
            }
            for cost in rows where !cost.activity.heldToPublished {
                out += wrapLine(
                    language.text(CostText.notHeldToPublished(activity: cost.activity.name, note: cost.activity.note)), indent: 2)
            }
            out.append("")
        }
        if !notes.isEmpty {
            out.append(language.text(CostText.notes))
            for note in notes { out += wrapLine("- " + note, indent: 0) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
