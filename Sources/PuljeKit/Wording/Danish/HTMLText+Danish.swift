extension HTMLText {
    var danish: String {
        let number = NumberFormat(.danish)
        switch self {
        case .title(let name): return "Evaluering af \(name)"
        case .contents: return "Indhold"
        case .acrossProjectsLink: return "På tværs af projekter (Tabel 3)"
        case .howToRead: return "Sådan læses figurerne"
        case .legendScale:
            return
                "Samarbejdsspørgsmål: gennemsnit på skalaen 1 (slet ikke) til 7 (i meget høj grad) pr. periode; det lyse bånd er 95 %-konfidensintervallet."
        case .legendLights:
            return
                "Trafiklys: andel børn i grøn (nederst), gul og rød (øverst) position; n under hver søjle er antal vurderede børn (i dagtilbuddenes små figurer tallet alene)."
        case .legendSuppressed(let minimumCell):
            return
                "u. = undertrykt: færre end \(Language.danish.counted(minimumCell, "barn", "børn")), eller skjult så et andet dagtilbuds tal ikke kan regnes ud af totalen. Kun n vises."
        case .legendImpactPhase: return "Gul baggrund: projektets virkningsfase."
        case .legendHatching(let periods):
            return "Skravering: ikke indsamlet" + (periods.isEmpty ? "" : " – " + periods.joined(separator: ", "))
                + ". En stiplet linje springer en periode over."
        case .dataPerPeriod: return "Data pr. periode"
        case .childrenPerPeriodOnAverage(let perPeriod, let published):
            return "Børn pr. periode i gennemsnit: \(perPeriod) (publiceret: \(published))."
        case .collaborationHeading: return "Samarbejde med forældre og partnere (1-7)"
        case .trafficLightsHeading: return "Børnenes trivsel og sprog (trafiklys)"
        case .childrenWhoLeftSuffix: return ", børn der er gået ud"
        case .activity: return "Aktivitet"
        case .activitiesCaption:
            return "Registrerede aktiviteter pr. periode (– = ikke registreret); børn over flere perioder er børn pr. periode."
        case .institutionsHeading: return "Dagtilbuddene"
        case .acrossProjects: return "På tværs af projekter"
        case .municipality: return "Kommune"
        case .project: return "Projekt"
        case .greenWellbeingFirst: return "Grøn trivsel, første"
        case .greenWellbeingLast: return "Grøn trivsel, sidste"
        case .projectsSideBySideCaption:
            return "Projekterne side om side. Andele sammenlignes inden for et projekt, ikke mellem projekter."
        case .fileColumn: return "Fil"
        case .lineColumn: return "Linje"
        case .columnColumn: return "Kolonne"
        case .severityColumn: return "Alvor"
        case .codeColumn: return "Kode"
        case .problemColumn: return "Problem"
        case .problemsCaption: return "Problemer i data (alle står i problems.csv)"
        case .moreProblems(let count): return "… og \(number.integer(count)) \(count == 1 ? "mere" : "flere") i problems.csv."
        case .periodTitle(let period): return "Periode \(period)"
        case .periodInSentence(let period): return "periode \(period)"
        case .lightTooltip(let period, let light, let count, let n, let share):
            return
                "Periode \(period): \(LabelText.light(light).danish) \(number.integer(count)) af \(number.integer(n)) (\(share))"
        case .lightsDescription(let parts):
            return "Andel børn i grøn, gul og rød position pr. periode: "
                + (parts.isEmpty ? "ingen vurderinger" : parts.joined(separator: "; ")) + "."
        case .scaleDescription(let parts):
            return "Gennemsnit på skalaen 1-7 med 95 %-interval pr. periode: "
                + (parts.isEmpty ? "ingen vurderinger" : parts.joined(separator: "; ")) + "."
        case .notCollected: return "ikke indsamlet"
        case .impactPhaseNote: return "virkningsfase"
        }
    }
}
