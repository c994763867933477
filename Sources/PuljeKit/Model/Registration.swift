/// Everything one institution registered for one period: its activity and citizen-level
/// counts, its 1-7 ratings and its traffic-light counts (from the institution sheet, from
/// child rows, or both when they agree).
///
/// "Not registered" is absence, never 0 (SPEC 2): a count or rating missing from the
/// dictionaries was left blank or had no column, and every later step keeps it out.
public struct Registration: Hashable, Sendable {
    public let key: RegistrationKey
    /// Every value in its slot; set whole by the row interpreter, which decodes into one.
    var values = RegisteredValues()
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
        for (indicator, count) in counts { values[indicator] = count }
        for (question, rating) in ratings { values[question] = rating }
        for (series, lights) in trafficLights { values[series] = lights }
        self.sheetRow = sheetRow
        self.childRows = childRows
    }

    /// The registered count, or nil when the institution did not register it.
    public subscript(indicator: Indicator) -> Int? {
        get { values[indicator] }
        set { values[indicator] = newValue }
    }

    /// The registered rating, or nil when the institution did not rate the question.
    public subscript(question: ScaleQuestion) -> Int? {
        get { values[question] }
        set { values[question] = newValue }
    }

    /// The registered traffic-light counts, or nil when the series was not registered.
    public subscript(series: TrafficLightSeries) -> TrafficLightCounts? {
        get { values[series] }
        set { values[series] = newValue }
    }

    /// The registered counts by indicator.
    public var counts: [Indicator: Int] {
        Dictionary(uniqueKeysWithValues: Indicator.allCases.compactMap { indicator in self[indicator].map { (indicator, $0) } })
    }

    /// The registered ratings by question.
    public var ratings: [ScaleQuestion: Int] {
        Dictionary(uniqueKeysWithValues: ScaleQuestion.allCases.compactMap { question in self[question].map { (question, $0) } })
    }

    /// The registered traffic-light series.
    public var trafficLights: [TrafficLightSeries: TrafficLightCounts] {
        Dictionary(uniqueKeysWithValues: TrafficLightSeries.all.compactMap { series in self[series].map { (series, $0) } })
    }
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
