/// Every count one run could publish of one linked set of tables (SPEC 4, disclosure across
/// linked tables), as sums of unknown non-negative integers: for a project's traffic-light
/// series, the green, yellow and red counts of each institution in each period; for a child
/// panel, its cells. Institutions sum to projects, periods to phases and `all`, colours to n,
/// panel cells to their margins: every relation is a shared unknown.
///
/// Counts are grouped in units that are shown or hidden together (the three colours of one
/// row whose n is shown; one panel cell). `SuppressionPlanner` chooses which units to hide,
/// `DisclosureAudit` proves what the choice leaves a reader.
public struct LinkedCounts: Sendable {
    /// A group of published counts that is shown or hidden as one.
    public struct Unit: Sendable {
        /// Each count as the unknowns it sums.
        public var cells: [[Int32]]
        /// The counts' values; for a hidden unit read back from published files, 0.
        public var values: [Int]
        /// Always published, whatever the threshold: an n, a panel total, a panel 0.
        public var isFixed: Bool
        public var isHidden: Bool
        /// What a reader knows of a hidden count without any table: at least 1 where a 0
        /// would have been shown (panel cells), else 0.
        public var leastWhenHidden: Int
        /// Whether the unit is hidden for its own size (fewer children than the threshold: a
        /// primary suppression), not to protect another (a secondary one).
        public var isSmall: Bool
        /// The room its counts have when only the always-published counts are known (a row's n:
        /// each colour from 0 to n), where it is known without solving; nil: solved.
        public var room: Int?
        /// The number of children the unit stands for; smaller units are hidden first.
        public var size: Int
        /// Units of the same kind (institution and period, project and phase, panel cell...)
        /// are preferred as each other's secondary suppressions.
        public var kind: Int
        /// Where the unit is published, for the audit's listing: `frederikshavn * 7 trivsel`.
        public var label: String

        public init(
            cells: [[Int32]], values: [Int], isFixed: Bool = false, isHidden: Bool = false, isSmall: Bool = false,
            leastWhenHidden: Int = 0, room: Int? = nil, size: Int, kind: Int, label: String
        ) {
            self.room = room
            self.isSmall = isSmall
            self.cells = cells
            self.values = values
            self.isFixed = isFixed
            self.isHidden = isHidden
            self.leastWhenHidden = leastWhenHidden
            self.size = size
            self.kind = kind
            self.label = label
        }

        /// The unknowns any of the unit's counts sums, sorted.
        var unknowns: [Int32] { Array(Set(cells.joined())).sorted() }
    }

    public var variableCount: Int
    public var units: [Unit]

    public init(variableCount: Int, units: [Unit] = []) {
        self.variableCount = variableCount
        self.units = units
    }

    /// Units hidden to protect others.
    public var secondaryCount: Int { units.count { $0.isHidden && !$0.isSmall } }
}
