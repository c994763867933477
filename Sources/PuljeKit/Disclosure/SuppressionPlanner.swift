/// Chooses the secondary suppressions of linked tables (SPEC 4): starting from the primary
/// cells (fewer children than the threshold, already hidden), it takes each hidden unit in
/// turn and, while one of its counts is narrower than the protection width
/// (`DisclosureAudit`), hides one more unit, then audits again. Hiding only ever widens an
/// interval, so a unit that holds keeps holding, and every unit hidden on the way is audited
/// in its turn: when the planner ends, every hidden count holds.
///
/// Which units: first the patterns the table offers (the other corners of a rectangle of
/// institutions and periods of one phase, another light of a group), and the single units whose
/// published counts bind the failing count in the linear relaxation (GLPK's duals), cheapest
/// in children first; the first option that makes the unit hold is taken. When none does, the
/// smallest binding unit is hidden and the search goes on from there; failing that, a unit that
/// shares a published total with the failing one (smallest total first), a part of it, or a
/// total containing it. Deterministic: ties go to the unit built first. Fixed counts (an n, a
/// total, a panel 0) are never chosen.
enum SuppressionPlanner {
    /// Completes the suppression of `counts` in place.
    /// - Parameter patterns: for a failing unit, sets of units that hidden together with it
    ///   usually protect it (the other corners of a rectangle of institutions and periods);
    ///   tried cheapest first, before single units.
    static func complete(_ counts: inout LinkedCounts, protection: Int, patterns: (Int) -> [[Int]] = { _ in [] }) {
        guard counts.units.contains(where: \.isHidden) else { return }
        let check = ProtectionCheck(counts, protection: protection)
        let unknowns = counts.units.map { Set($0.unknowns) }
        var queue = counts.units.indices.filter { counts.units[$0].isHidden }
        var next = 0
        func hide(_ units: [Int]) {
            for unit in units {
                check.hide(unit)
                queue.append(unit)
            }
        }
        while next < queue.count {
            let failing = queue[next]
            next += 1
            while case let narrow = check.narrowRows(of: failing), !narrow.isEmpty {
                // Patterns and the single units that bound it, cheapest first: the first that makes
                // the unit hold; else the single unit that binds it, to build on.
                let binding = check.bindingUnits(of: narrow)
                var options: [(cost: Int, units: [Int])] = []
                for pattern in patterns(failing) + binding.sorted().map({ [$0] }) {
                    let open = pattern.filter { !check.counts.units[$0].isHidden && !check.counts.units[$0].isFixed }
                    guard !open.isEmpty else { continue }
                    options.append((open.reduce(0) { $0 + check.counts.units[$1].size }, open))
                }
                options.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.units.lexicographicallyPrecedes($1.units) }
                if let working = options.first(where: { option in
                    for unit in option.units { check.hide(unit) }
                    defer { for unit in option.units { check.show(unit) } }
                    return check.holds(unit: failing)
                }) {
                    hide(working.units)
                    continue
                }
                if let chosen = bound(failing, by: binding, in: check.counts)
                    ?? candidate(for: failing, in: check.counts, unknowns: unknowns)
                {
                    hide([chosen])
                } else if let cheapest = options.first {
                    hide(cheapest.units)
                } else {
                    break
                }
            }
        }
        counts = check.counts
    }

    /// The smallest unit whose published counts bound the failing one in the linear relaxation,
    /// the same kind first.
    private static func bound(_ failing: Int, by binding: Set<Int>, in counts: LinkedCounts) -> Int? {
        let kind = counts.units[failing].kind
        return binding.filter { !counts.units[$0].isHidden && !counts.units[$0].isFixed }
            .min { a, b in
                let x = counts.units[a]
                let y = counts.units[b]
                return (x.size, x.kind == kind ? 0 : 1, a) < (y.size, y.kind == kind ? 0 : 1, b)
            }
    }

    private static func candidate(for failing: Int, in counts: LinkedCounts, unknowns: [Set<Int32>]) -> Int? {
        let own = unknowns[failing]
        let kind = counts.units[failing].kind
        func eligible(_ index: Int) -> Bool {
            let unit = counts.units[index]
            return !unit.isHidden && !unit.isFixed && index != failing
        }
        // Published totals the failing unit lies in.
        let totals = counts.units.indices.filter {
            eligible($0) && unknowns[$0].count > own.count && own.isSubset(of: unknowns[$0])
        }
        var best: (key: [Int], index: Int)?
        func consider(_ index: Int, tier: Int, total: Int) {
            let unit = counts.units[index]
            let key = [tier, total, unit.kind == kind ? 0 : 1, unit.size, index]
            if best.map({ key.lexicographicallyPrecedes($0.key) }) ?? true { best = (key, index) }
        }
        for index in counts.units.indices where eligible(index) {
            let theirs = unknowns[index]
            if theirs.isDisjoint(with: own) {
                let sharing = totals.filter { theirs.isSubset(of: unknowns[$0]) }.map { counts.units[$0].size }
                if let smallest = sharing.min() { consider(index, tier: 0, total: smallest) }
            } else if theirs.count < own.count && theirs.isSubset(of: own) {
                consider(index, tier: 1, total: counts.units[failing].size)
            } else if totals.contains(index) {
                consider(index, tier: 2, total: 0)
            }
        }
        return best?.index
    }
}
