/// A what-if of `pulje cost` (SPEC 5): the evaluation's activities and wages, or files of a
/// municipality's own laid over them, at 2022 prices or moved to another year by a wage index,
/// with another overhead, number of working hours or group size. The command line parses the
/// options into one; this checks them, reads the files and prices.
public struct CostScenario: Sendable {
    /// The year the evaluation's wages and published costs are in (SPEC 5).
    public static let priceYear = 2022

    /// A wage file (`role,municipality,annual_wage_kr`, any subset of roles) laid over the default.
    public let wagesFile: String?
    /// Another activities file with the columns of activities.csv, instead of the evaluation's.
    public let activitiesFile: String?
    /// A wage index file (`year,index`) and the year it moves 2022 prices to.
    public let index: (file: String, toYear: Int)?
    public let overhead: Double
    public let hoursPerYear: Double
    /// Children per holding for every activity, instead of the tables' group sizes.
    public let childrenPerHolding: Double?
    /// The projects to price, as given (folded like sheet names); empty for all.
    public let projects: [String]
    /// `--check`'s tolerance, in percent.
    public let tolerancePercent: Double

    /// Refuses values the model cannot price with, before any file is read.
    public init(
        wagesFile: String? = nil, activitiesFile: String? = nil, indexFile: String? = nil, toYear: Int? = nil,
        overhead: Double = 0.20, hoursPerYear: Double = 1600, childrenPerHolding: Double? = nil, projects: [String] = [],
        tolerancePercent: Double = 1
    ) throws(Failure) {
        guard overhead >= 0 else { throw .usage(.overheadNegative) }
        guard hoursPerYear > 0 else { throw .usage(.hoursPerYearNotPositive) }
        if let childrenPerHolding, !(childrenPerHolding > 0) { throw .usage(.childrenPerHoldingNotPositive) }
        guard (indexFile == nil) == (toYear == nil) else { throw .usage(.indexWithoutYear) }
        guard tolerancePercent >= 0 else { throw .usage(.toleranceNegative) }
        self.wagesFile = wagesFile
        self.activitiesFile = activitiesFile
        self.index = indexFile.flatMap { file in toYear.map { (file, $0) } }
        self.overhead = overhead
        self.hoursPerYear = hoursPerYear
        self.childrenPerHolding = childrenPerHolding
        self.projects = projects
        self.tolerancePercent = tolerancePercent
    }

    /// The files the scenario reads: an output folder may be none of them, nor hold one.
    public var inputs: [String] { [wagesFile, activitiesFile, index?.file].compactMap { $0 } }

    /// Reads the files and prices the chosen activities. Throws `CostError` for a file that
    /// cannot be used, `Failure.usage` for a project without priced activities.
    public func price() throws -> CostPricing {
        var notes: [UsageNote] = []
        var wages = WageTable.standard
        if let wagesFile {
            let own = try WageTable.load(wagesFile)
            wages = wages.overlaid(with: own)
            notes.append(.ownWages(file: wagesFile, roles: Set(own.wages.keys.map(\.role.id)).sorted()))
        }
        var factor = 1.0
        if let index {
            factor = try Self.factor(WageIndex.load(index.file), file: index.file, to: index.toYear)
            notes.append(.pricesMoved(toYear: index.toYear, file: index.file, factor: factor))
        }
        let model = CostModel(wages: wages, hoursPerYear: hoursPerYear, overhead: overhead, priceFactor: factor)
        let activities = try chosen(
            activitiesFile.map { path throws(CostError) in try PricedActivity.load(path) } ?? PricedActivity.standard)
        let costs = try activities.map { activity throws(CostError) in
            try model.price(activity, childrenPerHolding: childrenPerHolding)
        }
        return CostPricing(costs: costs, notes: notes, tolerancePercent: tolerancePercent)
    }

    /// The factor from 2022 prices to `year`, naming the year the index lacks.
    static func factor(_ index: WageIndex, file: String, to year: Int) throws(CostError) -> Double {
        for needed in [priceYear, year] where index.values[needed] == nil {
            throw .indexLacksYear(file: file, year: needed)
        }
        return index.factor(from: priceYear, to: year)!
    }

    /// The activities of the projects asked for, in the file's order; the first project given
    /// that has none is refused.
    private func chosen(_ activities: [PricedActivity]) throws(Failure) -> [PricedActivity] {
        guard !projects.isEmpty else { return activities }
        let wanted = projects.map { ProjectID(ColumnName.fold($0)) }
        if let unknown = wanted.first(where: { project in !activities.contains { $0.project == project } }) {
            throw .usage(.noPricedActivities(unknown.rawValue))
        }
        return activities.filter { wanted.contains($0.project) }
    }
}
