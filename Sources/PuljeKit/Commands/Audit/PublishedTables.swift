import Foundation

/// The linked tables an outsider can rebuild from pulje's published files alone (`pulje audit
/// DIR...`): `traffic_light.csv` of report folders, `diff.csv` and `transitions.csv` of diff
/// folders, all of them together. Every published traffic-light row is a sum of institution-
/// period rows (phases from the `phase` column of the report, else the catalogue); every panel
/// count a sum of its cells. A blank count is hidden; a shown one, and every n and total, an
/// equality. What the reader knows beyond the files: counts are whole and >= 0, and a blank
/// panel cell is >= 1 unless its whole group is blank or holds fewer than `minimumCell`
/// children (SPEC 4).
public struct PublishedTables: Sendable {
    /// One set of linked counts per project and measure, and per panel.
    public private(set) var tables: [(name: String, counts: LinkedCounts)] = []

    /// Reads every folder; throws a sentence naming the file that cannot be read.
    public init(folders: [String], catalogue: Catalogue, minimumCell: Int) throws(PublishedTablesError) {
        var lights: [String: TrafficBlock] = [:]
        var order: [String] = []
        var panels: [String: PanelBlock] = [:]
        var panelOrder: [String] = []
        var phaseOf: [String: [Int: String]] = [:]
        func block(_ project: String, _ measure: String) -> String {
            let key = "\(project) \(measure)"
            if lights[key] == nil {
                lights[key] = TrafficBlock()
                order.append(key)
            }
            return key
        }
        let tables = try folders.map { folder throws(PublishedTablesError) in
            (
                try Self.table(folder, "traffic_light.csv"), try Self.table(folder, "diff.csv"),
                try Self.table(folder, "transitions.csv")
            )
        }
        guard tables.contains(where: { $0.0 != nil || $0.1 != nil || $0.2 != nil }) else { throw .nothingToAudit }
        // Phases first, from every report, so that diff sides can be resolved.
        for (report, _, _) in tables {
            guard let report else { continue }
            for row in report.rows {
                let cell = { (name: String) in report.cell(row, name) ?? "" }
                if let period = Int(cell("period")), !cell("phase").isEmpty {
                    phaseOf[cell("project"), default: [:]][period] = cell("phase")
                }
            }
        }
        func periods(_ project: String, _ side: String) -> [Int] {
            if let period = Int(side) { return [period] }
            if let known = phaseOf[project] { return known.filter { $0.value == side }.map(\.key).sorted() }
            let id = ProjectID(project)
            return (1...8).filter { catalogue.phase(of: id, in: Period($0))?.name == side }
        }
        for (report, diff, transitions) in tables {
            if let report {
                for row in report.rows {
                    let cell = { (name: String) in report.cell(row, name) ?? "" }
                    let project = cell("project")
                    let key = block(project, cell("measure"))
                    let institution = cell("institution")
                    let scope = cell("period")
                    var members: [Member] = []
                    if institution != "*", let period = Int(scope) {
                        members = [Member(institution: institution, period: period)]
                        lights[key]!.registered.insert(members[0])
                    } else if institution == "*" {
                        lights[key]!.projectRows.append(
                            (
                                scope, Self.counts(cell("n"), [cell("green"), cell("yellow"), cell("red")]),
                                "traffic_light.csv \(project) * \(scope) \(cell("measure"))"
                            ))
                        continue
                    }
                    lights[key]!.rows.append(
                        (
                            members, Self.counts(cell("n"), [cell("green"), cell("yellow"), cell("red")]),
                            "traffic_light.csv \(project) \(institution) \(scope) \(cell("measure"))"
                        ))
                }
            }
            if let diff {
                for row in diff.rows {
                    let cell = { (name: String) in diff.cell(row, name) ?? "" }
                    let project = cell("project")
                    let institution = cell("institution")
                    switch cell("kind") {
                    case "traffic_light":
                        let key = block(project, cell("measure"))
                        for side in ["from", "to"] {
                            let scope = cell(side)
                            let counts = Self.counts(
                                cell("n_\(side)"), [cell("\(side)_green"), cell("\(side)_yellow"), cell("\(side)_red")])
                            let label = "diff.csv \(project) \(institution) \(side)=\(scope) \(cell("measure"))"
                            if institution == "*" {
                                lights[key]!.projectRows.append((scope, counts, label))
                            } else {
                                let members = periods(project, scope).map { Member(institution: institution, period: $0) }
                                lights[key]!.rows.append((members, counts, label))
                            }
                        }
                    case "panel_distribution", "panel_green":
                        let key = "\(project) \(institution) \(cell("from"))->\(cell("to")) \(cell("measure"))"
                        if panels[key] == nil {
                            panels[key] = PanelBlock()
                            panelOrder.append(key)
                        }
                        panels[key]!.stayers = Int(cell("n_from"))
                        for (index, light) in ["green", "yellow", "red"].enumerated() {
                            panels[key]!.rowSums[index] = Int(cell("from_\(light)"))
                            panels[key]!.columnSums[index] = Int(cell("to_\(light)"))
                        }
                    default:
                        continue
                    }
                }
            }
            if let transitions {
                for row in transitions.rows {
                    let cell = { (name: String) in transitions.cell(row, name) ?? "" }
                    let key = "\(cell("project")) \(cell("institution")) \(cell("from"))->\(cell("to")) \(cell("series"))"
                    if panels[key] == nil {
                        panels[key] = PanelBlock()
                        panelOrder.append(key)
                    }
                    let value = Self.number(cell("children"))
                    let from = Self.light(cell("from_light"))
                    let to = Self.light(cell("to_light"))
                    switch cell("group") {
                    case "stayer": if let from, let to { panels[key]!.cells[from * 3 + to] = value }
                    case "newcomer": if let to { panels[key]!.cells[9 + to] = value }
                    case "leaver": if let from { panels[key]!.cells[12 + from] = value }
                    case "stayer_not_assessed": panels[key]!.cells[15] = value
                    case "ambiguous_pseudonym": panels[key]!.cells[16] = value
                    case "stayer_total": panels[key]!.stayers = value.flatMap { $0 }
                    case "newcomer_total": panels[key]!.newcomers = value.flatMap { $0 }
                    case "leaver_total": panels[key]!.leavers = value.flatMap { $0 }
                    default: continue
                    }
                }
            }
        }
        for key in order {
            let block = lights[key]!
            self.tables.append((key, block.linkedCounts(periods: { periods(String(key.split(separator: " ")[0]), $0) })))
        }
        for key in panelOrder {
            self.tables.append((key, panels[key]!.linkedCounts(name: key, minimumCell: minimumCell)))
        }
    }

    /// The audit of every table read.
    public func audit(protection: Int = DisclosureAudit.protectionWidth) -> DisclosureAudit {
        DisclosureAudit(findings: tables.flatMap { DisclosureAudit($0.counts, protection: protection).findings })
    }

    private struct Member: Hashable, Comparable {
        let institution: String
        let period: Int

        static func < (lhs: Member, rhs: Member) -> Bool { (lhs.institution, lhs.period) < (rhs.institution, rhs.period) }
    }

    /// n, and the colours (nil: blank).
    private typealias Counts = (n: Int?, colours: [Int?])

    private struct TrafficBlock {
        var registered: Set<Member> = []
        var rows: [(members: [Member], counts: Counts, label: String)] = []
        var projectRows: [(scope: String, counts: Counts, label: String)] = []

        func linkedCounts(periods: (String) -> [Int]) -> LinkedCounts {
            // The institution-periods: those a report lists, and any a diff side covers.
            var members = registered
            for row in rows { members.formUnion(row.members) }
            let institutions = Set(members.map(\.institution))
            var resolved = rows
            for row in projectRows {
                // A report lists every institution-period of its project: a project row sums those.
                let covered = row.scope == "all" ? Set(members.map(\.period)) : Set(periods(row.scope))
                let parts = members.filter { covered.contains($0.period) && institutions.contains($0.institution) }
                resolved.append((Array(parts), row.counts, row.label))
            }
            let sorted = members.sorted()
            let index = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
            var counts = LinkedCounts(variableCount: sorted.count * 3)
            for row in resolved {
                let parts = row.members.compactMap { index[$0] }
                let colours = (0..<3).map { light in parts.map { Int32($0 * 3 + light) } }
                if let n = row.counts.n {
                    counts.units.append(
                        .init(
                            cells: [colours.flatMap { $0 }], values: [n], isFixed: true, size: n, kind: -1,
                            label: row.label + " n"))
                }
                let hidden = row.counts.colours.contains { $0 == nil } && (row.counts.n ?? 1) > 0
                counts.units.append(
                    .init(
                        cells: colours, values: row.counts.colours.map { $0 ?? 0 }, isHidden: hidden,
                        room: row.counts.n, size: row.counts.n ?? 0, kind: 0, label: row.label))
            }
            return counts
        }
    }

    private struct PanelBlock {
        /// Stayer cells 0-8, newcomers 9-11, leavers 12-14, not assessed 15, ambiguous 16;
        /// nil: not listed; .some(nil): blank.
        var cells = [Int??](repeating: nil, count: 17)
        var rowSums = [Int?](repeating: nil, count: 3)
        var columnSums = [Int?](repeating: nil, count: 3)
        var stayers: Int?
        var newcomers: Int?
        var leavers: Int?

        func linkedCounts(name: String, minimumCell: Int) -> LinkedCounts {
            var counts = LinkedCounts(variableCount: 17)
            let groups: [(Range<Int>, Int?)] = [(0..<9, stayers), (9..<12, newcomers), (12..<15, leavers)]
            func whole(_ place: Int) -> Bool {
                guard let (range, total) = groups.first(where: { $0.0.contains(place) }) else { return false }
                if let total, total < minimumCell { return true }
                return range.allSatisfy { cells[$0].map { $0 == nil } ?? false }
            }
            for place in 0..<17 {
                guard let value = cells[place] else { continue }
                counts.units.append(
                    .init(
                        cells: [[Int32(place)]], values: [value ?? 0], isFixed: value == 0, isHidden: value == nil,
                        leastWhenHidden: whole(place) ? 0 : 1, size: value ?? 0, kind: 0,
                        label: "transitions.csv \(name) \(Self.place(place))"))
            }
            for light in 0..<3 {
                for (sums, terms, side) in [
                    (rowSums, (0..<3).map { Int32(light * 3 + $0) }, "from"),
                    (columnSums, (0..<3).map { Int32($0 * 3 + light) }, "to"),
                ] where stayers != nil {
                    counts.units.append(
                        .init(
                            cells: [terms], values: [sums[light] ?? 0], isFixed: sums[light] == 0,
                            isHidden: sums[light] == nil, leastWhenHidden: whole(0) ? 0 : 1, size: sums[light] ?? 0,
                            kind: 1, label: "diff.csv \(name) \(side)_\(["green", "yellow", "red"][light])"))
                }
            }
            for (range, total) in groups {
                guard let total else { continue }
                counts.units.append(
                    .init(
                        cells: [range.map(Int32.init)], values: [total], isFixed: true, size: total, kind: -1,
                        label: "\(name) total"))
            }
            return counts
        }

        static func place(_ place: Int) -> String {
            let lights = ["groen", "gul", "roed"]
            switch place {
            case 0..<9: return "stayer \(lights[place / 3])->\(lights[place % 3])"
            case 9..<12: return "newcomer \(lights[place - 9])"
            case 12..<15: return "leaver \(lights[place - 12])"
            case 15: return "stayer_not_assessed"
            default: return "ambiguous_pseudonym"
            }
        }
    }

    private static func table(_ folder: String, _ name: String) throws(PublishedTablesError) -> CSVTable? {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        do {
            return try CSVTable(bytes: Array(data), name: path)
        } catch {
            throw .unreadable(path)
        }
    }

    private static func number(_ text: String) -> Int?? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? .some(nil) : Int(trimmed).map { .some($0) } ?? .some(nil)
    }

    private static func counts(_ n: String, _ colours: [String]) -> Counts {
        (Int(n.trimmingCharacters(in: .whitespaces)), colours.map { Int($0.trimmingCharacters(in: .whitespaces)) })
    }

    private static func light(_ text: String) -> Int? {
        ["groen": 0, "gul": 1, "roed": 2][text]
    }
}

/// Why published folders could not be audited.
public enum PublishedTablesError: Error, Sendable {
    case unreadable(String)
    case nothingToAudit
}
