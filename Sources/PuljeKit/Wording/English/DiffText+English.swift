extension DiffText {
    var english: String {
        let en = Language.english
        let number = NumberFormat(.english)
        switch self {
        case .title(let from, let to, let name): return "pulje: \(englishSide(from)) compared with \(englishSide(to)) (\(name))"
        case .legend(let minimumCell):
            return
                "* = significant at 5%. Changes that are not significant carry the smallest difference the data could have detected with 80% power (\"MDD\"). Differences in shares are in percentage points. p (chi²) tests the whole green/yellow/red distribution. Shares from fewer than \(en.counted(minimumCell, "child", "children")) are suppressed."
        case .noRegistrations: return "No registrations in the chosen periods."
        case .notRegistered: return "not reg."
        case .change: return "Change"
        case .differenceWithInterval: return "Difference [95% CI]"
        case .noSpread: return "no spread"
        case .detectable(let difference): return "MDD ±" + difference
        case .unevenSides: return "(The sides cover a different number of periods; the sums are not directly comparable.)"
        case .sameChildren(let assessment, let stayed, let joined, let left):
            return "Same children (\(LabelText.assessment(assessment).english)): \(number.integer(stayed)) stayed, "
                + "\(number.integer(joined)) joined, \(number.integer(left)) left"
        case .fromTo: return "from \\ to"
        case .left: return "left"
        case .joined: return "joined"
        case .panelLegend(let minimumCell):
            return
                "(Left: the last assessment before the child left, from the row with status udgaaet where there is one. x: fewer than \(en.counted(minimumCell, "child", "children")), or hidden so that it cannot be worked out from the total.)"
        case .shareGreenAmongStayers(let first, let second):
            return "Share green among those who stayed: \(first) % -> \(second) %"
        case .panelSharesHidden: return "Shares and tests hidden: they could give hidden counts (x) away."
        case .fewStayed(let minimumCell): return "Fewer than \(number.integer(minimumCell)) stayed: no shares or tests."
        case .ambiguousPseudonyms(let count):
            return count == 1
                ? "1 pseudonym was on two active rows of one period and is left out."
                : "\(number.integer(count)) pseudonyms were on two active rows of one period and are left out."
        case .institutionSeries(let tested, let total, let significant):
            return "Institutions: \(number.integer(tested)) of \(number.integer(total)) traffic-light series could be tested, "
                + "\(number.integer(significant)) changed significantly (all figures in diff.csv)."
        }
    }

    /// A side of the comparison: `period 2`, `the virkning phase`.
    private func englishSide(_ scope: PeriodScope) -> String {
        switch scope {
        case .period(let period): "period \(period)"
        case .phase(let phase): "the \(phase.name) phase"
        default: "\(scope)"
        }
    }
}
