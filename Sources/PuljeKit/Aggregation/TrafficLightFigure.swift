/// One traffic-light series summed over a set of registrations of ONE project (SPEC 2.4:
/// shares are comparable within a project, never pooled across projects; `traffic_light.csv`):
/// counts, shares and the 95% Wilson interval of the green share. Shares from fewer children
/// than the suppression threshold are withheld (SPEC 4), the count n still shown.
public struct TrafficLightFigure: Hashable, Sendable {
    public let project: ProjectID
    public let institution: String?
    public let scope: PeriodScope
    public let phase: Phase?
    public let series: TrafficLightSeries
    public let counts: TrafficLightCounts
    /// True when n is below the threshold, or when another institution's suppression would
    /// otherwise be undone by subtraction (`TrafficLightSuppression`): no count, share or
    /// interval may be shown, only n.
    public internal(set) var suppressed: Bool

    public var n: Int { counts.total }

    /// The share of children in `light`, exact, or nil when suppressed (or nobody was assessed).
    public func share(_ light: TrafficLight) -> Ratio? {
        guard !suppressed, n > 0 else { return nil }
        return Ratio(counts[light], n)
    }

    /// The 95% Wilson interval of the green share, or nil when suppressed.
    public var greenInterval: ClosedRange<Double>? {
        suppressed ? nil : WilsonInterval.interval(successes: counts.green, trials: n)
    }

    static func aggregate(
        _ series: TrafficLightSeries, over registrations: some Collection<Registration>, project: ProjectID,
        institution: String?, scope: PeriodScope, phase: Phase?, minimumCell: Int
    ) -> TrafficLightFigure? {
        // By index, reading in place (see ActivityFigure.aggregate); nil when nobody registered it.
        var counts: TrafficLightCounts?
        for index in registrations.indices {
            guard let registered = registrations[index][series] else { continue }
            counts = (counts ?? TrafficLightCounts()) + registered
        }
        guard let counts else { return nil }
        return TrafficLightFigure(
            project: project, institution: institution, scope: scope, phase: phase, series: series,
            counts: counts, suppressed: counts.total < minimumCell)
    }
}
