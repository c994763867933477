/// The running cost of the interventions as registered (issue "whole-intervention running
/// cost"): each activity's holdings come from the indicator that counts them, in each
/// institution and period, priced with a `CostModel`.
///
/// Assumptions, stated in the report: an indicator that counts several of a project's
/// activities (Ishøj's tværfaglige møder count overgangsmøder, opfølgningsmøder and
/// forældretræning) is split equally among them; an indicator that counts children
/// (monofaglige indsatser) gives holdings = children / children per holding.
public struct InterventionCosts: Sendable {
    /// One activity in one institution-period, or (institution nil, period nil) a project total.
    public struct Row: Hashable, Sendable {
        public let project: ProjectID
        public let institution: String?
        public let period: Period?
        public let activity: String
        public let holdings: Double
        public let costKr: Double
        /// nil when the activity's group size is not stated.
        public let children: Double?

        public var costPerChildKr: Double? {
            guard let children, children > 0 else { return nil }
            return costKr / children
        }
    }

    public let rows: [Row]
    /// Indicators that count more than one activity of a project, with those activities.
    public let sharedIndicators: [(project: ProjectID, indicator: Indicator, activities: [String])]

    public init(dataset: Dataset, activities: [PricedActivity], model: CostModel, projects: [ProjectID]) throws(CostError) {
        var rows: [Row] = []
        var shared: [(ProjectID, Indicator, [String])] = []
        for project in projects {
            let linked = activities.filter { $0.project == project && $0.indicator != nil }
            guard !linked.isEmpty else { continue }
            let byIndicator = Dictionary(grouping: linked, by: { $0.indicator! })
            for indicator in Indicator.allCases {
                if let group = byIndicator[indicator], group.count > 1 { shared.append((project, indicator, group.map(\.name))) }
            }
            var totals: [String: (holdings: Double, cost: Double, children: Double?)] = [:]
            for activity in linked {
                let cost = try model.price(activity)
                let indicator = activity.indicator!
                let share = 1 / Double(byIndicator[indicator]!.count)
                for registration in dataset.registrations(of: project) {
                    guard let count = registration[indicator] else { continue }  // not registered: no cost
                    let counted = Double(count) * share
                    let holdings: Double
                    if indicator.countsChildren {
                        guard let perHolding = cost.childrenPerHolding else { continue }
                        holdings = counted / perHolding
                    } else {
                        holdings = counted
                    }
                    let children = cost.childrenPerHolding.map { holdings * $0 }
                    let costKr = holdings * cost.costPerHoldingKr
                    rows.append(
                        Row(
                            project: project, institution: registration.key.institution, period: registration.key.period,
                            activity: activity.name, holdings: holdings, costKr: costKr, children: children))
                    var total = totals[activity.name] ?? (0, 0, cost.childrenPerHolding == nil ? nil : 0)
                    total.holdings += holdings
                    total.cost += costKr
                    total.children = total.children.map { $0 + (children ?? 0) }
                    totals[activity.name] = total
                }
            }
            for activity in linked {
                guard let total = totals[activity.name] else { continue }
                rows.append(
                    Row(
                        project: project, institution: nil, period: nil, activity: activity.name,
                        holdings: total.holdings, costKr: total.cost, children: total.children))
            }
        }
        self.rows = rows
        self.sharedIndicators = shared
    }

    public static let csvHeader = [
        "project", "institution", "period", "activity", "holdings", "cost_kr", "children", "cost_per_child_kr",
    ]

    /// `intervention_costs.csv`: institution x period rows, then each project's totals (`*`, `all`).
    public func csv(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.csvHeader, style: style)
        for row in rows {
            writer.text(row.project.rawValue)
            writer.text(row.institution ?? "*")
            writer.text(row.period.map { "\($0)" } ?? "all")
            writer.text(row.activity)
            writer.number(ReportNumber(measured: row.holdings, .holdings))
            writer.number(ReportNumber(measured: row.costKr, .kroner))
            writer.number(row.children.map { ReportNumber(measured: $0, .holdings) })
            writer.number(row.costPerChildKr.map { ReportNumber(measured: $0, .kroner) })
            writer.endRow()
        }
        return writer.text
    }
}
