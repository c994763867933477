/// The evaluation's pricing of an activity (SPEC 5, SIRKA): an hour of a role costs
/// `annual wage / hours per year × (1 + overhead)`; one holding costs the sum over roles of
/// hours × hourly cost, partner hours priced at the mean wage of the partner professions named
/// (equal split); the cost per child per held activity is that cost over the children one
/// holding covers. Establishment costs stay apart.
public struct CostModel: Sendable {
    public var wages: WageTable
    /// SPEC 5: 1,600 working hours a year.
    public var hoursPerYear: Double
    /// SPEC 5: 20% overhead.
    public var overhead: Double
    /// Scales every wage (a price-year adjustment by a wage index); 1 keeps 2022 prices.
    public var priceFactor: Double

    public init(wages: WageTable = .standard, hoursPerYear: Double = 1600, overhead: Double = 0.20, priceFactor: Double = 1) {
        self.wages = wages
        self.hoursPerYear = hoursPerYear
        self.overhead = overhead
        self.priceFactor = priceFactor
    }

    /// The cost of one hour of a role in a municipality.
    public func hourlyCost(_ role: Role, municipality: String) -> Double? {
        wages.annualWage(role, municipality: municipality).map { $0 * priceFactor / hoursPerYear * (1 + overhead) }
    }

    /// Prices one activity; `childrenPerHolding` replaces the table's group size when given.
    public func price(_ activity: PricedActivity, childrenPerHolding: Double? = nil) throws(CostError) -> ActivityCost {
        var lines: [ActivityCost.RoleHours] = []
        for (role, hours) in activity.hours.sorted(by: { $0.key < $1.key }) {
            guard let hourly = hourlyCost(role, municipality: activity.municipality) else {
                throw .missingWage(
                    role: role.id, activity: activity.name, file: activity.source.file, line: activity.source.line ?? 0)
            }
            lines.append(.init(roles: [role], hours: hours, hourlyCostKr: hourly))
        }
        if activity.partnerHours > 0 {
            // SPEC 5: one figure for several partner professions, priced at their mean wage.
            var hourly: [Double] = []
            for role in activity.partnerRoles {
                guard let cost = hourlyCost(role, municipality: activity.municipality) else {
                    throw .missingWage(
                        role: role.id, activity: activity.name, file: activity.source.file, line: activity.source.line ?? 0)
                }
                hourly.append(cost)
            }
            guard !hourly.isEmpty else {
                throw .missingWage(
                    role: "partner", activity: activity.name, file: activity.source.file, line: activity.source.line ?? 0)
            }
            lines.append(
                .init(
                    roles: activity.partnerRoles, hours: activity.partnerHours,
                    hourlyCostKr: hourly.reduce(0, +) / Double(hourly.count)))
        }
        let children = childrenPerHolding ?? activity.childrenPerHolding
        if let children, children <= 0 {
            throw .noChildren(activity: activity.name, file: activity.source.file, line: activity.source.line ?? 0)
        }
        return ActivityCost(activity: activity, roles: lines, childrenPerHolding: children)
    }
}

/// What one activity costs under a `CostModel`.
public struct ActivityCost: Hashable, Sendable {
    /// Hours of one role (or of the partner professions together) and the price of an hour.
    public struct RoleHours: Hashable, Sendable {
        /// The role, or the partner professions whose hours are one figure (SPEC 5).
        public let roles: [Role]
        /// The roles' ids joined by `;`, as cost_hours.csv writes them: `paedagog`,
        /// `sundhedsplejerske;socialraadgiver`.
        public var role: String { roles.map(\.id).joined(separator: ";") }
        public let hours: Double
        public let hourlyCostKr: Double
        public var costKr: Double { hours * hourlyCostKr }
    }

    public let activity: PricedActivity
    public let roles: [RoleHours]
    public let childrenPerHolding: Double?

    public var hoursTotal: Double { roles.reduce(0) { $0 + $1.hours } }
    public var costPerHoldingKr: Double { roles.reduce(0) { $0 + $1.costKr } }
    /// nil when the table states no group size.
    public var costPerChildKr: Double? { childrenPerHolding.map { costPerHoldingKr / $0 } }

    /// Computed against published cost per child, in percent; nil without both.
    public var deviationPercent: Double? {
        guard let computed = costPerChildKr, let published = activity.publishedCostPerChildKr, published > 0 else { return nil }
        return (computed - published) / published * 100
    }
}
