/// The values one institution registered for one period, in fixed slots: one per indicator
/// (SPEC 2.1, 2.2), one per scale question (2.3) and three per traffic-light series (2.4).
/// Inline storage, no hashing: a national run reads tens of thousands of registrations and
/// aggregates each of them dozens of times (issue 6).
///
/// A slot holding -1 was not registered: counts, ratings and colours are never negative
/// (SPEC 3.5 rejects such rows), and "not registered" is absence, never 0 (SPEC 2).
struct RegisteredValues: Hashable, Sendable {
    private static let questionBase = Indicator.allCases.count
    private static let lightBase = questionBase + ScaleQuestion.allCases.count
    /// 11 indicators, 8 questions, 4 series x 3 colours.
    static let slotCount = lightBase + TrafficLightSeries.all.count * 3
    private static let absent = -1

    private var slots = InlineArray<31, Int>(repeating: RegisteredValues.absent)

    init() {
        precondition(Self.slotCount == 31, "RegisteredValues' slot count no longer matches the indicators")
    }

    subscript(indicator: Indicator) -> Int? {
        get { value(at: indicator.slot) }
        set { slots[indicator.slot] = newValue ?? Self.absent }
    }

    subscript(question: ScaleQuestion) -> Int? {
        get { value(at: Self.questionBase + question.slot) }
        set { slots[Self.questionBase + question.slot] = newValue ?? Self.absent }
    }

    /// A series is registered when its green slot is (all three are set together).
    subscript(series: TrafficLightSeries) -> TrafficLightCounts? {
        get {
            let base = Self.lightBase + series.slot * 3
            guard slots[base] != Self.absent else { return nil }
            return TrafficLightCounts(green: slots[base], yellow: slots[base + 1], red: slots[base + 2])
        }
        set {
            let base = Self.lightBase + series.slot * 3
            slots[base] = newValue?.green ?? Self.absent
            slots[base + 1] = newValue?.yellow ?? Self.absent
            slots[base + 2] = newValue?.red ?? Self.absent
        }
    }

    private func value(at slot: Int) -> Int? {
        let value = slots[slot]
        return value == Self.absent ? nil : value
    }

    static func == (lhs: RegisteredValues, rhs: RegisteredValues) -> Bool {
        for slot in 0..<slotCount where lhs.slots[slot] != rhs.slots[slot] { return false }
        return true
    }

    func hash(into hasher: inout Hasher) {
        for slot in 0..<Self.slotCount { hasher.combine(slots[slot]) }
    }
}
