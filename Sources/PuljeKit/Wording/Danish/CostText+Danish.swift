extension CostText {
    var danish: String {
        switch self {
        case .hours(let roles): "Timer, " + roles.map { LabelText.role($0).danish }.joined(separator: ";")
        case .costPerHolding: "Pris pr. afholdelse"
        case .childrenPerHolding: "Børn pr. afholdelse"
        case .costPerChildComputed: "Pris pr. barn, beregnet"
        case .costPerChildPublished: "Pris pr. barn, publiceret"
        case .deviation: "Afvigelse"
        case .establishment: "Etablering"
        case .notHeldToPublished(let activity, let note): "Ikke holdt op mod det publicerede: \(activity): \(note)"
        case .notes: "Noter"
        case .cannotCompute(let reason): "Omkostninger kan ikke beregnes: \(reason)"
        case .sharedIndicator(let indicator, let activities):
            "Antagelse: \(LabelText.indicator(indicator).danish) tæller både \(activities.joined(separator: ", ")); antallet er fordelt ligeligt."
        case .runningCostTable: "Løbende omkostninger, 2022-priser"
        case .runningCostHeading: "Løbende omkostninger (2022-priser)"
        case .holdings: "Afholdelser"
        case .total: "I alt"
        case .perChild: "Pr. barn"
        case .modelCaption:
            "Timer x årsløn / 1.600 timer x 1,20 i overhead, ganget med de registrerede afholdelser (SIRKA-modellen)."
        }
    }
}
