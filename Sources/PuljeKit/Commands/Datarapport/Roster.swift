/// A project's list of institutions (`DATA/<project>/dagtilbud.csv`): each institution with
/// the first and last period it takes part in. When a project has one, it decides which
/// institutions a period expects.
public struct Roster: Sendable, Hashable {
    public let spans: [String: ClosedRange<Int>]

    public init(_ spans: [String: ClosedRange<Int>]) {
        self.spans = spans
    }

    /// The institutions whose span covers `period`.
    public func expected(in period: Period) -> Set<String> {
        Set(spans.filter { $0.value.contains(period.number) }.keys)
    }
}
