/// Which counts of one child panel (`ChildPanel`) are shown, in `transitions.csv`, `diff.csv`
/// and `diff.txt` alike (SPEC 4): the 3 x 3 stayer cells, their row and column sums (the
/// stayers' distributions on each side), newcomers and leavers by light, and the children not
/// assessed or left out. The totals of stayers, newcomers and leavers are always shown. A group
/// of fewer than `minimumCell` children (by its total) shows its total only; in the others a 0
/// is always shown, so a hidden count there is known to be at least 1.
///
/// A count of 1 to `minimumCell - 1` children is hidden (primary), and `SuppressionPlanner`
/// hides more (the other corners of a rectangle of cells, another light of a group) until
/// every hidden count keeps the protection width against all the panel's published counts.
public struct PanelSuppression: Sendable {
    private let hidden: [Bool]
    /// The panel's linked counts with the chosen pattern, for the audit.
    public let table: LinkedCounts

    // Places of the counts: stayer cells 0-8 (from * 3 + to), newcomers 9-11, leavers 12-14,
    // not assessed 15, ambiguous 16, stayers' from-side sums 17-19, to-side sums 20-22.
    private static let newcomers = 9, leavers = 12, notAssessed = 15, ambiguous = 16, rows = 17, columns = 20

    init(_ panel: ChildPanel) {
        // A group of fewer children than the threshold shows its total only, zeros hidden too,
        // as a traffic-light row of fewer children shows n only. So does a group where the
        // shown zeros and its total pin a hidden count (5 stayers in 5 cells: each must be 1).
        let m = panel.minimumCell
        var whole = [panel.stayers, panel.newcomers.total, panel.leavers.total].map { $0 > 0 && $0 < m }
        while true {
            let (table, pinned) = Self.plan(panel, whole: whole)
            if let group = pinned.first(where: { !whole[$0] }) {
                whole[group] = true
                continue
            }
            self.table = table
            hidden = table.units.prefix(23).map(\.isHidden)
            return
        }
    }

    /// The pattern with the groups in `whole` hidden with their zeros; and the groups (0
    /// stayers, 1 newcomers, 2 leavers) where a hidden count is narrower than the width.
    private static func plan(_ panel: ChildPanel, whole: [Bool]) -> (LinkedCounts, [Int]) {
        let m = panel.minimumCell
        var counts = LinkedCounts(variableCount: 17)
        let (stayersWhole, newcomersWhole, leaversWhole) = (whole[0], whole[1], whole[2])
        func add(_ terms: [Int32], _ value: Int, kind: Int, label: String, whole: Bool = false) {
            let small = whole || (value > 0 && value < m)
            counts.units.append(
                LinkedCounts.Unit(
                    cells: [terms], values: [value], isFixed: value == 0 && !whole, isHidden: small, isSmall: small,
                    leastWhenHidden: whole ? 0 : 1, size: value, kind: kind, label: label))
        }
        let name = "\(panel.project.rawValue) \(panel.institution ?? "*") \(panel.assessment.rawValue)"
        for from in 0..<3 {
            for to in 0..<3 {
                add([Int32(from * 3 + to)], panel.transitions[from][to], kind: 0, label: "\(name) stayer", whole: stayersWhole)
            }
        }
        for light in TrafficLight.allCases {
            add(
                [Int32(Self.newcomers + light.index)], panel.newcomers[light], kind: 1, label: "\(name) newcomer",
                whole: newcomersWhole)
        }
        for light in TrafficLight.allCases {
            add(
                [Int32(Self.leavers + light.index)], panel.leavers[light], kind: 2, label: "\(name) leaver",
                whole: leaversWhole)
        }
        add([Int32(Self.notAssessed)], panel.stayersNotAssessed, kind: 3, label: "\(name) not assessed")
        add([Int32(Self.ambiguous)], panel.ambiguous, kind: 4, label: "\(name) ambiguous")
        for from in 0..<3 {
            add(
                (0..<3).map { Int32(from * 3 + $0) }, panel.transitions[from].reduce(0, +), kind: 5, label: "\(name) from",
                whole: stayersWhole)
        }
        for to in 0..<3 {
            add(
                (0..<3).map { Int32($0 * 3 + to) }, panel.transitions.reduce(0) { $0 + $1[to] }, kind: 6, label: "\(name) to",
                whole: stayersWhole)
        }
        for (first, total) in [(0, panel.stayers), (Self.newcomers, panel.newcomers.total), (Self.leavers, panel.leavers.total)] {
            let size = first == 0 ? 9 : 3
            counts.units.append(
                LinkedCounts.Unit(
                    cells: [(first..<(first + size)).map(Int32.init)], values: [total], isFixed: true, size: total,
                    kind: -1, label: "\(name) total"))
        }
        let patterns = { (failing: Int) -> [[Int]] in
            switch failing {
            case 0..<9:
                // The other corners of each rectangle of stayer cells.
                let (from, to) = (failing / 3, failing % 3)
                return (0..<3).filter { $0 != from }.flatMap { row in
                    (0..<3).filter { $0 != to }.map { column in [from * 3 + column, row * 3 + to, row * 3 + column] }
                }
            case Self.newcomers..<(Self.leavers + 3):
                let first = failing < Self.leavers ? Self.newcomers : Self.leavers
                return (first..<(first + 3)).filter { $0 != failing }.map { [$0] }
            case Self.rows..<(Self.columns + 3):
                let first = failing < Self.columns ? Self.rows : Self.columns
                return (first..<(first + 3)).filter { $0 != failing }.map { [$0] }
            default:
                return []
            }
        }
        SuppressionPlanner.complete(&counts, protection: DisclosureAudit.protectionWidth, patterns: patterns)
        var pinned: [Int] = []
        let check = ProtectionCheck(counts, protection: 0)
        for (index, unit) in counts.units.enumerated() where unit.isHidden {
            guard let width = check.findings(unit: index).first?.interval?.width,
                width < DisclosureAudit.protectionWidth
            else { continue }
            let group = index < newcomers || index >= rows ? 0 : index < leavers ? 1 : index < notAssessed ? 2 : -1
            if group >= 0 && !pinned.contains(group) { pinned.append(group) }
        }
        return (counts, pinned)
    }

    /// A stayer cell as it may be shown; nil when hidden.
    public func stayers(_ from: TrafficLight, _ to: TrafficLight, in panel: ChildPanel) -> Int? {
        shown(from.index * 3 + to.index, panel.transitions[from.index][to.index])
    }

    public func newcomers(_ light: TrafficLight, in panel: ChildPanel) -> Int? {
        shown(Self.newcomers + light.index, panel.newcomers[light])
    }

    public func leavers(_ light: TrafficLight, in panel: ChildPanel) -> Int? {
        shown(Self.leavers + light.index, panel.leavers[light])
    }

    public func notAssessed(in panel: ChildPanel) -> Int? { shown(Self.notAssessed, panel.stayersNotAssessed) }

    public func ambiguous(in panel: ChildPanel) -> Int? { shown(Self.ambiguous, panel.ambiguous) }

    /// The stayers on the `from` side (rows of the table) with `light`, as it may be shown.
    public func stayersFrom(_ light: TrafficLight, in panel: ChildPanel) -> Int? {
        shown(Self.rows + light.index, panel.stayersFrom[light])
    }

    /// The stayers on the `to` side (columns) with `light`, as it may be shown.
    public func stayersTo(_ light: TrafficLight, in panel: ChildPanel) -> Int? {
        shown(Self.columns + light.index, panel.stayersTo[light])
    }

    /// Whether every stayer cell off the diagonal is shown: the paired tests are functions of
    /// them, so a test beside a hidden one would give it away.
    public var showsChanges: Bool {
        (0..<3).allSatisfy { from in (0..<3).allSatisfy { to in from == to || !hidden[from * 3 + to] } }
    }

    private func shown(_ place: Int, _ value: Int) -> Int? { hidden[place] ? nil : value }
}
