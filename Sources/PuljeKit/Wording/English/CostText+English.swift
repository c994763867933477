extension CostText {
    var english: String {
        switch self {
        case .hours(let roles): "Hours, " + roles.map { LabelText.role($0).english }.joined(separator: ";")
        case .costPerHolding: "Cost per holding"
        case .childrenPerHolding: "Children per holding"
        case .costPerChildComputed: "Cost per child, computed"
        case .costPerChildPublished: "Cost per child, published"
        case .deviation: "Deviation"
        case .establishment: "Establishment"
        case .notHeldToPublished(let activity, let note): "Not held to the published figure: \(activity): \(note)"
        case .notes: "Notes"
        case .cannotCompute(let reason): "Costs cannot be computed: \(reason)"
        case .sharedIndicator(let indicator, let activities):
            "Assumption: \(LabelText.indicator(indicator).english) counts \(activities.joined(separator: ", ")); the count is split equally."
        case .runningCostTable: "Running cost, 2022 prices"
        case .runningCostHeading: "Running cost (2022 prices)"
        case .holdings: "Holdings"
        case .total: "Total"
        case .perChild: "Per child"
        case .modelCaption:
            "Hours x annual wage / 1,600 hours x 1.20 overhead, times the registered holdings (the SIRKA model)."
        }
    }
}
