/// The priced activities of a `CostScenario`, the notes on its own inputs (which roles an own
/// wage file covers, the index factor) that the cost tables print, and `--check`'s verdict.
public struct CostPricing: Sendable {
    public let costs: [ActivityCost]
    public let notes: [UsageNote]
    public let tolerancePercent: Double

    /// `--check`: the activities held to their published cost (`check=yes`) against the tolerance.
    public var check: CostCheck { CostCheck(costs: costs, tolerancePercent: tolerancePercent) }
}
