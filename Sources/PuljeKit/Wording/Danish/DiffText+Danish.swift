extension DiffText {
    var danish: String {
        let da = Language.danish
        let number = NumberFormat(.danish)
        switch self {
        case .title(let from, let to, let name): return "pulje: \(danishSide(from)) sammenlignet med \(danishSide(to)) (\(name))"
        case .legend(let minimumCell):
            return
                "* = signifikant på 5 %-niveau. Ved ikke-signifikante ændringer står den mindste forskel, data kunne have påvist med 80 % styrke (\"påv.\"). Forskelle i andele er i procentpoint. p (chi²) tester hele fordelingen på grøn, gul og rød. Andele fra færre end \(da.counted(minimumCell, "barn", "børn")) er undertrykt."
        case .noRegistrations: return "Ingen registreringer i de valgte perioder."
        case .notRegistered: return "ikke reg."
        case .change: return "Ændring"
        case .differenceWithInterval: return "Forskel [95 % KI]"
        case .noSpread: return "ingen spredning"
        case .detectable(let difference): return "påv. ±" + difference
        case .unevenSides: return "(Siderne dækker et forskelligt antal perioder; summerne er ikke direkte sammenlignelige.)"
        case .sameChildren(let assessment, let stayed, let joined, let left):
            return "Samme børn (\(LabelText.assessment(assessment).danish)): \(number.integer(stayed)) blev, "
                + "\(number.integer(joined)) kom til, \(number.integer(left)) gik"
        case .fromTo: return "fra \\ til"
        case .left: return "gik"
        case .joined: return "kom til"
        case .panelLegend(let minimumCell):
            return
                "(Gik: sidste vurdering før barnet gik, fra rækken med status udgaaet hvor den findes. x: færre end \(da.counted(minimumCell, "barn", "børn")), eller skjult så det ikke kan regnes ud af totalen.)"
        case .shareGreenAmongStayers(let first, let second): return "Andel grøn blandt dem, der blev: \(first) % -> \(second) %"
        case .panelSharesHidden: return "Andele og tests skjult: de kunne give skjulte tal (x) bort."
        case .fewStayed(let minimumCell): return "Færre end \(number.integer(minimumCell)) blev: ingen andele eller tests."
        case .ambiguousPseudonyms(let count):
            return count == 1
                ? "1 pseudonym stod på to aktive rækker i samme periode og er udeladt."
                : "\(number.integer(count)) pseudonymer stod på to aktive rækker i samme periode og er udeladt."
        case .institutionSeries(let tested, let total, let significant):
            return
                "Dagtilbud: \(number.integer(tested)) af \(da.counted(total, "trafiklys-serie", "trafiklys-serier")) kunne testes, "
                + "\(number.integer(significant)) ændrede sig signifikant (alle tal i diff.csv)."
        }
    }

    /// A side of the comparison: `periode 2`, `fasen virkning`.
    private func danishSide(_ scope: PeriodScope) -> String {
        switch scope {
        case .period(let period): "periode \(period)"
        case .phase(let phase): "fasen \(phase.name)"
        default: "\(scope)"
        }
    }
}
