/// Totals rows (issue 15): a row "I alt" holding the sums of the rows
/// above it is no institution, and counted as one it doubles every sum. It is an error
/// (`totals-row`) and never counted, found by its name or by its numbers.
enum TotalsRow {
    /// Institution names that say "total", compared after `ColumnName.fold` (case, spaces,
    /// hyphens, a trailing colon or full stop do not matter): Danish, Norwegian and Swedish,
    /// English and German spellings, and the labels spreadsheets give their own totals
    /// (Excel's "Hovedtotal", LibreOffice's "Totalresultat").
    static let names: Set<String> = [
        "i_alt", "ialt", "alt_i_alt", "total", "totalt", "totaler", "totalen", "totals", "totalsum",
        "totalresultat", "total_resultat", "hovedtotal", "grand_total", "subtotal", "sub_total",
        "sum", "summen", "summer", "summa", "summe", "sum_i_alt", "total_i_alt", "samlet", "samlet_antal",
        "samlet_sum", "samlet_total", "samlet_i_alt", "sammenlagt", "sammanlagt", "gesamt", "insgesamt",
        "gesamtsumme", "gesamtergebnis",
    ]

    /// Besides the names, "<name> for ..." (`I alt for projektet`, `Total for alle dagtilbud`)
    /// and "... i alt" / "... total" (`Dagtilbud i alt`, Excel's subtotal `Nord Total`).
    static let suffixes = ["_i_alt", "_ialt", "_total", "_totalt"]

    /// True when an institution cell names a totals row. Asked when a row's institution cell
    /// changes (sheets repeat it row after row); a name longer than any such label is passed
    /// over without folding.
    static func isTotalsName(_ name: String) -> Bool {
        guard name.utf8.count <= 80, mayBeTotalsName(name) else { return false }
        let folded = ColumnName.fold(name)
        if names.contains(folded) { return true }
        if let range = folded.range(of: "_for_"), names.contains(String(folded[..<range.lowerBound])) { return true }
        return suffixes.contains { folded.hasSuffix($0) }
    }

    /// Every name above holds `alt`, `tot`, `sum` or `sam` in any case: a name without any
    /// (nearly every institution) is passed over in one scan of its bytes, never folded.
    private static func mayBeTotalsName(_ name: String) -> Bool {
        var last3: UInt32 = 0
        for byte in name.utf8 {
            last3 = (last3 << 8 | UInt32(byte | 0x20)) & 0xFF_FFFF
            switch last3 {
            case 0x61_6C74, 0x74_6F74, 0x73_756D, 0x73_616D: return true  // alt tot sum sam
            default: continue
            }
        }
        return false
    }

    /// The count values of a registration a totals row sums: every indicator, then every
    /// traffic-light colour of every series (ratings are not summed, so not compared).
    private static let slots = Indicator.allCases.count + TrafficLightSeries.all.count * 3

    private static let indicators = Indicator.allCases

    private static func value(_ registration: Registration, _ slot: Int) -> Int? {
        if slot < indicators.count { return registration[indicators[slot]] }
        let series = TrafficLightSeries.all[(slot - indicators.count) / 3]
        guard let counts = registration[series] else { return nil }
        switch (slot - indicators.count) % 3 {
        case 0: return counts.green
        case 1: return counts.yellow
        default: return counts.red
        }
    }

    /// Rows of one file that are the sums of the others of their project and period: every
    /// count registered on the row equals the sum of that count over the group's other rows
    /// (blank cells add nothing), the group has at least two other rows, and at least two of
    /// the row's values are nonzero (one value matching a sum is too often chance: 10 + 20 =
    /// 30). Linear: one pass sums each group, one compares each row with its group's sum
    /// (a row is the sum of the others exactly when twice it is the sum of all).
    static func bySums(_ registrations: [Registration]) -> [(index: Int, others: Int)] {
        guard registrations.count >= 3 else { return [] }
        struct Group: Hashable {
            let project: ProjectID
            let period: Period
        }
        var groupOf: [Int] = []
        groupOf.reserveCapacity(registrations.count)
        var groupIndex: [Group: Int] = [:]
        // The sums of group g from sums[g * slots].
        var sums: [Int] = []
        var rows: [Int] = []
        /// Rows of each group with a count that is not 0.
        var contributing: [Int] = []
        // Rows of one group mostly follow each other (a file is often one group): the last
        // group is compared first, and the dictionary used only when the group changes.
        var last: (group: Group, index: Int)?
        for registration in registrations {
            let group = Group(project: registration.key.project, period: registration.key.period)
            let index: Int
            if let last, last.group == group {
                index = last.index
            } else {
                if let last, groupIndex[last.group] == nil { groupIndex[last.group] = last.index }
                if let known = groupIndex[group] {
                    index = known
                } else {
                    index = rows.count
                    sums.append(contentsOf: repeatElement(0, count: slots))
                    rows.append(0)
                    contributing.append(0)
                }
            }
            last = (group, index)
            groupOf.append(index)
            rows[index] += 1
            var slot = index * slots
            var anyNonzero = false
            for indicator in indicators {
                if let value = registration[indicator] {
                    sums[slot] += value
                    anyNonzero = anyNonzero || value != 0
                }
                slot += 1
            }
            for series in TrafficLightSeries.all {
                if let counts = registration[series] {
                    sums[slot] += counts.green
                    sums[slot + 1] += counts.yellow
                    sums[slot + 2] += counts.red
                    anyNonzero = anyNonzero || counts.total != 0
                }
                slot += 3
            }
            if anyNonzero { contributing[index] += 1 }
        }
        var found: [(index: Int, others: Int)] = []
        for (position, registration) in registrations.enumerated() {
            let group = groupOf[position]
            guard rows[group] >= 3 else { continue }
            var nonzero = 0
            var matches = true
            for slot in 0..<slots {
                guard let value = value(registration, slot) else { continue }
                if 2 * value != sums[group * slots + slot] {
                    matches = false
                    break
                }
                if value != 0 { nonzero += 1 }
            }
            // Its sums must come from two other rows at least: a row of zeros or blanks adds
            // nothing, so two equal rows beside it are not each other's totals.
            if matches && nonzero >= 2 && contributing[group] - 1 >= 2 { found.append((position, rows[group] - 1)) }
        }
        return found
    }
}
