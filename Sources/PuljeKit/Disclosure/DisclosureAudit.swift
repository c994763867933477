/// What the published counts of linked tables tell a reader about each hidden count: its
/// feasibility interval, the least and greatest integer value consistent with everything
/// published and with counts >= 0 (SPEC 4), solved exactly (`FeasibilitySolver`).
///
/// The protection width (`protectionWidth`, 2): every hidden count's interval is at least 2
/// wide, so that it could, for all the published tables tell, be any of at least three
/// values, and a reader who knows one child of it (their own) is still left with two. Where
/// the always-published figures themselves leave less room (a row of 1 child, whose n is
/// shown, is green or yellow or red: width 1), the interval must be as wide as those figures
/// alone allow: the tables tell nothing beyond them. The threshold (`--min-cell`) decides
/// which counts are hidden; the width, how well every hidden one is protected.
public struct DisclosureAudit: Sendable {
    /// The least width of a hidden count's feasibility interval (see above).
    public static let protectionWidth = 2

    /// One hidden count and what the published counts leave of it.
    public struct Finding: Sendable {
        public let label: String
        /// Which of the unit's counts: the colour (0 green, 1 yellow, 2 red) or 0.
        public let cell: Int
        /// nil when the published counts contradict each other or no bound was proven.
        public let interval: FeasibilityInterval?
        public let required: Int

        public var holds: Bool { interval?.isAtLeast(required) ?? false }
    }

    public let findings: [Finding]

    public var failures: [Finding] { findings.filter { !$0.holds } }

    /// The hidden count with the narrowest interval (unbounded ones last).
    public var narrowest: Finding? {
        findings.min { ($0.interval?.width ?? -1, $0.label) < ($1.interval?.width ?? -1, $1.label) }
    }

    /// Audits every hidden count of `counts` against the protection width.
    public init(_ counts: LinkedCounts, protection: Int) {
        let checker = ProtectionCheck(counts, protection: protection)
        var findings: [Finding] = []
        for (index, unit) in counts.units.enumerated() where unit.isHidden {
            findings += checker.findings(unit: index)
        }
        self.findings = findings
    }

    init(findings: [Finding]) { self.findings = findings }
}

/// The solver state behind an audit and the planner: every count a row, fixed when published,
/// free when hidden; a second problem with only the always-published counts gives each count
/// the room the tables could leave at most.
final class ProtectionCheck {
    private(set) var counts: LinkedCounts
    let protection: Int
    private let rowsOfUnit: [[Int]]
    private let unitOfRow: [Int]
    private let solver: FeasibilitySolver
    private lazy var capSolver: FeasibilitySolver = {
        let solver = FeasibilitySolver(variables: counts.variableCount, rows: counts.units.flatMap(\.cells))
        for (index, unit) in counts.units.enumerated() {
            for (row, value) in zip(rowsOfUnit[index], unit.values) {
                if unit.isFixed { solver.fix(row, to: value) } else { solver.hide(row, atLeast: unit.leastWhenHidden) }
            }
        }
        return solver
    }()

    init(_ counts: LinkedCounts, protection: Int) {
        self.counts = counts
        self.protection = protection
        var rows: [[Int]] = []
        var next = 0
        for unit in counts.units {
            rows.append(Array(next..<(next + unit.cells.count)))
            next += unit.cells.count
        }
        rowsOfUnit = rows
        unitOfRow = rows.enumerated().flatMap { unit, rows in rows.map { _ in unit } }
        solver = FeasibilitySolver(variables: counts.variableCount, rows: counts.units.flatMap(\.cells))
        for index in counts.units.indices { publish(index) }
    }

    private func publish(_ index: Int) {
        let unit = counts.units[index]
        for (row, value) in zip(rowsOfUnit[index], unit.values) {
            if unit.isHidden { solver.hide(row, atLeast: unit.leastWhenHidden) } else { solver.fix(row, to: value) }
        }
    }

    /// Hides unit `index` from now on.
    func hide(_ index: Int) {
        counts.units[index].isHidden = true
        publish(index)
    }

    /// Publishes unit `index` again (a pattern tried and not taken).
    func show(_ index: Int) {
        counts.units[index].isHidden = false
        publish(index)
    }

    func findings(unit index: Int) -> [DisclosureAudit.Finding] {
        rowsOfUnit[index].indices.map { finding(unit: index, cell: $0) }
    }

    /// The rows of unit `index`'s counts narrower than the protection width; empty: it holds.
    func narrowRows(of index: Int) -> [Int] {
        rowsOfUnit[index].indices.filter { !finding(unit: index, cell: $0).holds }.map { rowsOfUnit[index][$0] }
    }

    /// Whether every count of unit `index` keeps its protection width.
    func holds(unit index: Int) -> Bool {
        rowsOfUnit[index].indices.allSatisfy { finding(unit: index, cell: $0).holds }
    }

    /// The units whose published counts bound the given rows (too narrow) in the relaxation.
    func bindingUnits(of narrow: [Int]) -> Set<Int> {
        Set(narrow.flatMap { solver.binding($0) }.map { unitOfRow[$0] })
    }

    private func finding(unit index: Int, cell: Int) -> DisclosureAudit.Finding {
        let row = rowsOfUnit[index][cell]
        return DisclosureAudit.Finding(
            label: counts.units[index].label, cell: cell, interval: solver.interval(of: row),
            required: min(protection, counts.units[index].room ?? room(row)))
    }

    /// The room the always-published counts alone leave the count, solved once per count.
    private func room(_ row: Int) -> Int {
        if let known = roomByRow[row] { return known }
        let room = capSolver.interval(of: row)?.width ?? protection
        roomByRow[row] = room
        return room
    }
    private var roomByRow: [Int: Int] = [:]
}
