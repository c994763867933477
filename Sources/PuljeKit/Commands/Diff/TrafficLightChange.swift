/// How one traffic-light series of one project (or institution) moved between the two sides
/// of a comparison (`pulje diff`): the distributions on both sides, Pearson's chi-square test
/// of the 3 x 2 table, and the difference in green share with Newcombe's interval. The
/// children on the two sides are counted, not followed, so the tests are unpaired; the
/// `ChildPanel` follows the same children.
///
/// Small-number suppression (SPEC 4): a side with fewer children than the threshold, or
/// suppressed to protect another institution's cell, shows its n only, and then no
/// difference or test is shown either.
public struct TrafficLightChange: Hashable, Sendable {
    public let project: ProjectID
    public let institution: String?
    public let series: TrafficLightSeries
    /// nil when the series was not registered on that side.
    public let from: TrafficLightCounts?
    public let to: TrafficLightCounts?

    public init(
        project: ProjectID, institution: String?, series: TrafficLightSeries, from: TrafficLightCounts?,
        to: TrafficLightCounts?, minimumCell: Int
    ) {
        self.project = project
        self.institution = institution
        self.series = series
        self.from = from
        self.to = to
        // Shares from fewer children than `minimumCell` are withheld.
        fromSuppressed = from.map { $0.total < minimumCell } ?? false
        toSuppressed = to.map { $0.total < minimumCell } ?? false
    }

    /// One side of the comparison.
    public enum Side: Sendable {
        case from, to
    }

    /// Per side: too few children, or suppressed so that another institution's suppression
    /// cannot be undone by subtraction (`TrafficLightSuppression`).
    var fromSuppressed: Bool
    var toSuppressed: Bool

    /// The counts of a side; nil when not registered there.
    public func counts(_ side: Side) -> TrafficLightCounts? { side == .from ? from : to }

    /// True when a side's counts and share may not be shown (its n may).
    public func isSuppressed(_ side: Side) -> Bool { side == .from ? fromSuppressed : toSuppressed }

    /// True when a registered side is suppressed.
    public var suppressed: Bool { fromSuppressed || toSuppressed }

    /// True when both sides are registered and shown.
    private var comparable: Bool { from != nil && to != nil && !suppressed }

    /// The green share on a side, exact, unless that side is suppressed.
    public func greenShare(_ side: Side) -> Ratio? {
        guard let counts = counts(side), counts.total > 0, !isSuppressed(side) else { return nil }
        return Ratio(counts.green, counts.total)
    }

    /// Green share to - from, exact.
    public var difference: Ratio? {
        guard let first = greenShare(.from), let second = greenShare(.to) else { return nil }
        return second - first
    }

    /// Newcombe's hybrid score interval of the difference in green share.
    public var interval: ClosedRange<Double>? {
        guard comparable, let from, let to else { return nil }
        return PeriodTests.newcombe(
            successes1: from.green, trials1: from.total, successes2: to.green, trials2: to.total)
    }

    /// Chi-square test of the 3 x 2 table (light x side); nil when suppressed or when a
    /// light is empty on both sides (the table then has a zero row and is tested as 2 x 2).
    public var chiSquare: (statistic: Double, degreesOfFreedom: Int, p: Double)? {
        guard comparable, let from, let to else { return nil }
        let table = TrafficLight.allCases.map { [from[$0], to[$0]] }.filter { $0 != [0, 0] }
        return PeriodTests.chiSquare(table)
    }

    public var isSignificant: Bool? { chiSquare.map { $0.p < 0.05 } }

    /// For a change that is not significant: the smallest difference in green share the
    /// counts could have shown at 5% with 80% power.
    public var minimumDetectableDifference: Double? {
        guard comparable, isSignificant != true, let from, let to else { return nil }
        let pooled = Double(from.green + to.green) / Double(from.total + to.total)
        return PeriodTests.minimumDetectableShareDifference(pooled: pooled, n1: from.total, n2: to.total)
    }
}
