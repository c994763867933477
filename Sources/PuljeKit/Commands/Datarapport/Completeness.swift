/// Who a project's period expected and who registered (issue 18, completeness.csv): the
/// institutions registered in an earlier period, or those on the roster whose span covers
/// the period; and per institution the indicators registered in its previous period and
/// blank now.
public struct Completeness: Sendable, Hashable {
    public let project: ProjectID
    public let period: Period
    public let expected: [String]
    public let registered: [String]
    /// Expected, but no registration in the period.
    public let missing: [String]
    /// Per institution registered now: indicators registered in its previous period, blank now.
    public let blankIndicators: [String: [Indicator]]

    init(project: ProjectID, period: Period, registrations: [String: [Registration]], roster: Roster?) {
        self.project = project
        self.period = period
        let registered = registrations.filter { $0.value.contains { $0.key.period == period } }.keys
        let expected =
            roster?.expected(in: period)
            ?? Set(registrations.filter { $0.value.contains { $0.key.period < period } }.keys)
        self.expected = expected.sorted()
        self.registered = registered.sorted()
        missing = expected.subtracting(registered).sorted()
        var blank: [String: [Indicator]] = [:]
        for (institution, list) in registrations {
            guard let now = list.first(where: { $0.key.period == period }),
                let before = PeriodFollowUp.previous(list, period)
            else { continue }
            let gone = Indicator.allCases.filter { before[$0] != nil && now[$0] == nil }
            if !gone.isEmpty { blank[institution] = gone }
        }
        blankIndicators = blank
    }
}
