/// Which traffic-light rows of one project are hidden, in every output a run can write
/// (SPEC 4): `traffic_light.csv`, summary.txt and report.html (institution and project rows
/// per period, project rows per phase and `all`), and `pulje diff` for any two sides (project
/// and institution rows per period and per phase). One pattern for all of them, chosen on the
/// whole set of linked rows, so that no report, diff or combination of them undoes it.
///
/// A row is hidden when fewer than `minimumCell` children were assessed (primary), or when
/// `SuppressionPlanner` hides it so that the hidden rows keep their protection width
/// (secondary). A hidden row shows n only. Rows covering the same institution-periods (an
/// institution with one period in a phase, a project with one institution) are one unit: they
/// are shown or hidden together. Where at least half of a series' rows are small, every colour
/// split of it is hidden (n shown), and so where more than `plannedSmallRows` are: the planner
/// would hide nearly all of them anyway, and so each count provably keeps its whole room, 0 to n. Projects are never pooled (SPEC 2.4), so each project and each
/// series is its own set of linked tables, and the pattern of a project does not depend on
/// which other projects a run includes.
public struct TrafficLightSuppression: Sendable {
    /// More small rows than this in one series of a project and all its splits are hidden: the
    /// planner's cost grows with the small rows times the rows they link to (the national
    /// benchmark's leaver series, 60 to 200 small rows each, took minutes).
    static let plannedSmallRows = 20

    private struct Row: Hashable {
        let series: TrafficLightSeries
        let institution: String?
        let scope: PeriodScope
    }

    private var hidden: Set<Row> = []
    /// The linked tables of each series, with the chosen pattern, for the audit.
    public private(set) var tables: [TrafficLightSeries: LinkedCounts] = [:]

    /// - Parameters:
    ///   - registrations: all of one project's registrations, whatever a run shows of them.
    public init(
        project: ProjectID, registrations: some Collection<Registration>, catalogue: Catalogue, minimumCell: Int
    ) {
        for series in TrafficLightSeries.all {
            var base: [(institution: String, period: Period, counts: TrafficLightCounts)] = []
            for registration in registrations {
                if let counts = registration[series] {
                    base.append((registration.key.institution, registration.key.period, counts))
                }
            }
            guard !base.isEmpty else { continue }
            base.sort { ($0.period, $0.institution) < ($1.period, $1.institution) }
            let phase = { (period: Period) in catalogue.phase(of: project, in: period) }

            // Every row a run can publish, as the institution-periods it sums.
            var rows: [(Row, [Int])] = []
            let institutions = Set(base.map(\.institution)).sorted()
            let periods = Set(base.map(\.period)).sorted()
            let phases = Set(periods.compactMap(phase)).sorted()
            func members(_ include: (String, Period) -> Bool) -> [Int] {
                base.indices.filter { include(base[$0].institution, base[$0].period) }
            }
            for period in periods {
                for institution in institutions {
                    rows.append(
                        (
                            Row(series: series, institution: institution, scope: .period(period)),
                            members { $0 == institution && $1 == period }
                        ))
                }
                rows.append((Row(series: series, institution: nil, scope: .period(period)), members { $1 == period }))
            }
            for item in phases {
                for institution in institutions {
                    rows.append(
                        (
                            Row(series: series, institution: institution, scope: .phase(item)),
                            members { $0 == institution && phase($1) == item }
                        ))
                }
                rows.append((Row(series: series, institution: nil, scope: .phase(item)), members { phase($1) == item }))
            }
            rows.append((Row(series: series, institution: nil, scope: .all), members { _, _ in true }))

            // One unit per distinct set of institution-periods: three colour counts, and n fixed.
            var counts = LinkedCounts(variableCount: base.count * 3)
            var unitOfMembers: [[Int]: Int] = [:]
            var unitOfRow: [Row: Int] = [:]
            for (row, parts) in rows where !parts.isEmpty {
                if let unit = unitOfMembers[parts] {
                    unitOfRow[row] = unit
                    continue
                }
                let total = parts.reduce(TrafficLightCounts()) { $0 + base[$1].counts }
                let colours = TrafficLight.allCases.map { light in parts.map { Int32($0 * 3 + light.index) } }
                let label = "\(project.rawValue) \(row.institution ?? "*") \(row.scope) \(series.id)"
                unitOfMembers[parts] = counts.units.count
                unitOfRow[row] = counts.units.count
                counts.units.append(
                    LinkedCounts.Unit(
                        cells: colours, values: TrafficLight.allCases.map { total[$0] },
                        isHidden: total.total < minimumCell, isSmall: total.total < minimumCell,
                        room: total.total, size: total.total,
                        kind: Self.kind(of: row), label: label))
                counts.units.append(
                    LinkedCounts.Unit(
                        cells: [colours.flatMap { $0 }], values: [total.total], isFixed: true, size: total.total,
                        kind: -1, label: label + " n"))
            }
            let small = counts.units.count { $0.isHidden }
            let open = counts.units.indices.filter { !counts.units[$0].isFixed }
            if small * 2 >= open.count || small > Self.plannedSmallRows {
                // Most rows small, or too many to plan around in a run's time: every colour split
                // is hidden, n shown. Then each count can be anything from 0 to its n (its room),
                // which holds without solving anything.
                for unit in open { counts.units[unit].isHidden = true }
                hidden.formUnion(unitOfRow.keys)
                tables[series] = counts
                continue
            }
            // The rectangles of institutions x periods of one phase a small unit sits in.
            // Built in the rows' order, never a dictionary's: the pattern must not depend on
            // hashing, or a report and a diff of the same data could hide different rows.
            var unitAt: [String?: [Period: Int]] = [:]
            var places: [Int: (String?, Period)] = [:]
            for (row, parts) in rows where !parts.isEmpty {
                guard case .period(let period) = row.scope, let unit = unitOfRow[row] else { continue }
                unitAt[row.institution, default: [:]][period] = unit
                if places[unit] == nil { places[unit] = (row.institution, period) }
            }
            let names: [String?] = institutions.map { $0 } + [nil]
            let patterns = { (failing: Int) -> [[Int]] in
                guard let (institution, period) = places[failing] else { return [] }
                let others = names.filter { $0 != institution && ($0 == nil) == (institution == nil) }
                let sameUnit = unitAt[institution] ?? [:]
                let partners = sameUnit.keys.sorted().filter { $0 != period && phase($0) == phase(period) }
                var options: [[Int]] = []
                for other in others {
                    guard let beside = unitAt[other]?[period], beside != failing else { continue }
                    if partners.isEmpty { options.append([beside]) }
                    for partner in partners {
                        if let corner = unitAt[other]?[partner], let across = sameUnit[partner] {
                            options.append([across, beside, corner])
                        }
                    }
                }
                if institution == nil {
                    // A project's period: another period of the phase, with a part of it.
                    for partner in partners {
                        guard let across = sameUnit[partner] else { continue }
                        for name in institutions {
                            if let part = unitAt[name]?[partner], part != across { options.append([across, part]) }
                        }
                    }
                }
                return options
            }
            SuppressionPlanner.complete(&counts, protection: DisclosureAudit.protectionWidth, patterns: patterns)
            hidden.formUnion(unitOfRow.filter { counts.units[$0.value].isHidden }.keys)
            tables[series] = counts
        }
    }

    /// Whether the row's colour counts (and everything computed from them) are withheld.
    public func hides(_ series: TrafficLightSeries, institution: String?, scope: PeriodScope) -> Bool {
        hidden.contains(Row(series: series, institution: institution, scope: scope))
    }

    /// Institution rows and project rows; per period, per phase, all.
    private static func kind(of row: Row) -> Int {
        let level = row.institution == nil ? 3 : 0
        switch row.scope {
        case .period: return level
        case .phase, .window: return level + 1
        case .all: return level + 2
        }
    }
}
