extension FollowUpText {
    public var danish: String {
        switch self {
        case .message(let flag):
            let number = NumberFormat(.danish)
            let measure = flag.measure ?? ""
            let value = flag.value.map { number.text(ReportNumber(measured: $0, .perPeriod)) } ?? ""
            let before = flag.comparedWith.map { number.text(ReportNumber(measured: $0, .perPeriod)) } ?? ""
            switch flag.code {
            case .institutionMissing:
                return "Dagtilbuddet er forventet i periode \(flag.period), men har ingen registrering. Mangler arket?"
            case .indicatorMissing:
                return "\(measure) var registreret i forrige periode (\(before)), men er tom nu. Er det glemt?"
            case .valueJump:
                return "\(measure) er \(value) mod \(before) i forrige periode. Er tallet rigtigt?"
            case .valueOutlier:
                return "\(measure) pr. barn er \(value) mod projektets median \(before). Er tallet rigtigt?"
            case .copiedRow:
                return "Rækken er den samme som i forrige periode. Er den kopieret?"
            case .moreAssessedThanAttached:
                return "\(measure): \(value) børn vurderet, men kun \(before) tilknyttet."
            case .moreEventsThanParticipants:
                return "\(value) forældrearrangementer, men kun \(before) deltagere."
            }
        }
    }
}
