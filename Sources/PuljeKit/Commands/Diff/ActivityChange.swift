/// How one activity indicator moved between the two sides of a comparison (`pulje diff`):
/// the sums on both sides (SPEC 4), their difference and relative change. Counts are totals,
/// not samples, so no test applies. "Not registered" on a side stays nil, never 0.
public struct ActivityChange: Hashable, Sendable {
    public let project: ProjectID
    /// nil for the whole project.
    public let institution: String?
    public let indicator: Indicator
    public let from: ActivityFigure
    public let to: ActivityFigure
    /// Periods with a registration of the indicator on each side: sums over a different
    /// number of periods are not comparable as they stand.
    public let periodsFrom: Int
    public let periodsTo: Int

    /// to - from, or nil when a side is not registered.
    public var difference: Ratio? {
        guard let first = from.value, let second = to.value else { return nil }
        return second - first
    }

    /// (to - from) / from, or nil when a side is not registered or `from` is 0.
    public var relativeChange: Ratio? {
        guard let difference, let first = from.value else { return nil }
        return difference.divided(by: first)
    }
}
