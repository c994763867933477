/// Everything one institution registered for one period: its activity and citizen-level
/// counts, its 1-7 ratings and its traffic-light counts (from the institution sheet, from
/// child rows, or both when they agree).
///
/// "Not registered" is absence, never 0 (SPEC 2): a count or rating missing from the
/// dictionaries was left blank or had no column, and every later step keeps it out.
public struct Registration: Hashable, Sendable {
    public let key: RegistrationKey
    public var counts: [Indicator: Int]
    public var ratings: [ScaleQuestion: Int]
    public var trafficLights: [TrafficLightSeries: TrafficLightCounts]
    /// The institution-sheet row, when there was one.
    public var sheetRow: SourceLocation?
    /// The child sheet rows the traffic lights were counted from, when there were any.
    public var childRows: ChildRowSpan?

    public init(
        key: RegistrationKey, counts: [Indicator: Int] = [:], ratings: [ScaleQuestion: Int] = [:],
        trafficLights: [TrafficLightSeries: TrafficLightCounts] = [:],
        sheetRow: SourceLocation? = nil, childRows: ChildRowSpan? = nil
    ) {
        self.key = key
        self.counts = counts
        self.ratings = ratings
        self.trafficLights = trafficLights
        self.sheetRow = sheetRow
        self.childRows = childRows
    }

    /// The registered count, or nil when the institution did not register it.
    public subscript(indicator: Indicator) -> Int? { counts[indicator] }

    /// The registered rating, or nil when the institution did not rate the question.
    public subscript(question: ScaleQuestion) -> Int? { ratings[question] }

    /// The registered traffic-light counts, or nil when the series was not registered.
    public subscript(series: TrafficLightSeries) -> TrafficLightCounts? { trafficLights[series] }
}

/// The child-sheet rows one institution-period was counted from.
public struct ChildRowSpan: Hashable, Sendable {
    public let file: String
    /// Child rows counted (active and left).
    public var rows: Int
    /// Line of the first child row, for tracing.
    public var firstLine: Int

    public init(file: String, rows: Int, firstLine: Int) {
        self.file = file
        self.rows = rows
        self.firstLine = firstLine
    }
}
