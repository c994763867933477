/// The audit `pulje report` and `pulje diff` run on their suppression pattern before they write
/// (SPEC 4): every hidden count of every linked table the run publishes, with its feasibility
/// interval. A pattern with a count below the protection width is never published (the run
/// stops with exit 3); summary.txt and diff.txt state what was hidden and what the audit found.
public struct DisclosureProof: Sendable {
    /// Hidden rows (or panel counts) for their own size, and to protect them, in one file.
    public struct Suppressions: Sendable {
        public var primary = 0
        public var secondary = 0

        public init(primary: Int = 0, secondary: Int = 0) {
            self.primary = primary
            self.secondary = secondary
        }
    }

    public let audit: DisclosureAudit
    public let suppressions: [(file: String, counts: Suppressions)]

    /// - Parameters:
    ///   - trafficLights: each project's traffic-light pattern (`traffic_light.csv`, or the
    ///     sides of `diff.csv`).
    ///   - panels: the patterns of the child panels a diff publishes (`transitions.csv`).
    ///   - suppressions: the hidden rows of each file the run writes, for summary.txt.
    public init(
        trafficLights: [TrafficLightSuppression], panels: [PanelSuppression] = [],
        suppressions: [(file: String, counts: Suppressions)]
    ) {
        var findings: [DisclosureAudit.Finding] = []
        for suppression in trafficLights {
            for series in suppression.tables.keys.sorted() {
                guard let table = suppression.tables[series], table.units.contains(where: \.isHidden) else { continue }
                if table.units.allSatisfy({ $0.isFixed || $0.isHidden }) {
                    // Every split hidden, every n shown: each count ranges over 0...n exactly
                    // (its row's children all of that colour, or none).
                    for unit in table.units where unit.isHidden {
                        for cell in unit.cells.indices {
                            let room = unit.room ?? 0
                            findings.append(
                                .init(
                                    label: unit.label, cell: cell, interval: FeasibilityInterval(lower: 0, upper: room),
                                    required: min(DisclosureAudit.protectionWidth, room)))
                        }
                    }
                    continue
                }
                findings += DisclosureAudit(table, protection: DisclosureAudit.protectionWidth).findings
            }
        }
        var list = suppressions
        if !panels.isEmpty {
            var cells = Suppressions()
            for panel in panels {
                let table = panel.table
                guard table.units.contains(where: \.isHidden) else { continue }
                findings += DisclosureAudit(table, protection: DisclosureAudit.protectionWidth).findings
                cells.primary += table.units.count { $0.isHidden && $0.isSmall }
                cells.secondary += table.secondaryCount
            }
            list.append(("transitions.csv", cells))
        }
        audit = DisclosureAudit(findings: findings)
        self.suppressions = list
    }

    /// Whether every hidden count keeps its protection width.
    public var holds: Bool { audit.failures.isEmpty }

    /// The lines summary.txt and diff.txt end with.
    public func lines(_ language: Language, number: NumberFormat) -> [String] {
        var out = [language.text(DisclosureText.heading)]
        for (file, counts) in suppressions {
            out.append(
                language.text(DisclosureText.hiddenInFile(file: file, primary: counts.primary, secondary: counts.secondary)))
        }
        let narrowest = audit.narrowest?.interval?.width.map { number.integer($0) } ?? "-"
        out.append(language.text(DisclosureText.audit(hiddenCounts: audit.findings.count, narrowestWidth: narrowest)))
        out.append(
            language.text(DisclosureText.belowRequirement(failures: audit.failures.count, width: DisclosureAudit.protectionWidth))
        )
        return out
    }
}
