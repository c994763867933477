/// Which periods a figure covers (SPEC 6: the `period` column is "a number, or `virkning` /
/// `all` for phase and whole-project aggregates"): one period, the periods of one phase of
/// the project, every period, or an explicit window such as Tabel 3's last 12 months (6+7).
public enum PeriodScope: Hashable, Sendable, Comparable, CustomStringConvertible {
    case period(Period)
    case phase(Phase)
    case window([Period])
    case all

    /// The `period` cell of the CSV outputs: `6`, `virkning`, `6+7`, `all`. A window's periods
    /// are joined by `+` (issue 17): `6-7` is the date 6 July to a spreadsheet opening the file
    /// (`SpreadsheetLabelTests`).
    public var description: String {
        switch self {
        case .period(let period): "\(period)"
        case .phase(let phase): phase.name
        case .window(let periods): periods.map(\.description).joined(separator: "+")
        case .all: "all"
        }
    }

    /// True for a single period (the first and last points of a series).
    public var isSinglePeriod: Bool {
        if case .period = self { return true }
        return false
    }

    /// Whether a period falls in the scope, for a project (phases are per project).
    public func contains(_ period: Period, project: ProjectID, catalogue: Catalogue) -> Bool {
        switch self {
        case .period(let one): one == period
        case .phase(let phase): catalogue.phase(of: project, in: period) == phase
        case .window(let periods): periods.contains(period)
        case .all: true
        }
    }

    /// Single periods first, then phases, windows and the whole.
    private var rank: (Int, Int, String) {
        switch self {
        case .period(let period): (0, period.number, "")
        case .phase(let phase): (1, 0, phase.name)
        case .window(let periods): (2, periods.first?.number ?? 0, description)
        case .all: (3, 0, "")
        }
    }

    public static func < (lhs: PeriodScope, rhs: PeriodScope) -> Bool {
        lhs.rank.0 != rhs.rank.0
            ? lhs.rank.0 < rhs.rank.0
            : lhs.rank.1 != rhs.rank.1 ? lhs.rank.1 < rhs.rank.1 : lhs.rank.2 < rhs.rank.2
    }
}
