/// `pulje cost --check`: of the activities that activities.csv holds to their published cost
/// (`check=yes`) and that have a cost per child on both sides, those whose computed cost
/// deviates from the published one by more than the tolerance. The others keep the table's
/// reason and are not checked.
public struct CostCheck: Sendable {
    /// Activities held to their published cost that could be compared.
    public let held: [ActivityCost]
    /// Those of them outside the tolerance, in the order priced.
    public let outside: [ActivityCost]
    public let tolerancePercent: Double

    public init(costs: [ActivityCost], tolerancePercent: Double) {
        held = costs.filter { $0.activity.heldToPublished && $0.deviationPercent != nil }
        outside = held.filter { abs($0.deviationPercent!) > tolerancePercent }
        self.tolerancePercent = tolerancePercent
    }

    /// Whether every held activity is within the tolerance (exit 0; else 1).
    public var passes: Bool { outside.isEmpty }

    /// The check's notes: one per activity outside the tolerance, then the summary line.
    public var deviationNotes: [UsageNote] {
        outside.map {
            .costDeviation(
                project: $0.activity.project.rawValue, activity: $0.activity.name, deviationPercent: $0.deviationPercent!)
        }
    }

    /// `Kontrol: 33 af 37 aktiviteter inden for 1,0 %.`
    public var summary: UsageNote {
        .costCheck(within: held.count - outside.count, held: held.count, tolerancePercent: tolerancePercent)
    }
}
