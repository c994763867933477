/// What the catalogue says of one data period (SPEC 1, `periods.csv`): its months and whether
/// sheets were collected at all (period 3 was not, because of Covid-19).
public struct PeriodInfo: Hashable, Sendable {
    public let period: Period
    /// First month, `YYYY-MM`.
    public let from: String
    /// Last month, `YYYY-MM`.
    public let to: String
    public let collected: Bool
    public let note: String

    public init(period: Period, from: String, to: String, collected: Bool, note: String = "") {
        self.period = period
        self.from = from
        self.to = to
        self.collected = collected
        self.note = note
    }
}
