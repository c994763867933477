extension FollowUpText {
    public var english: String {
        switch self {
        case .message(let flag):
            let number = NumberFormat(.english)
            let measure = flag.measure ?? ""
            let value = flag.value.map { number.text(ReportNumber(measured: $0, .perPeriod)) } ?? ""
            let before = flag.comparedWith.map { number.text(ReportNumber(measured: $0, .perPeriod)) } ?? ""
            switch flag.code {
            case .institutionMissing:
                return "The institution is expected in period \(flag.period) but has no registration. Is its sheet missing?"
            case .indicatorMissing:
                return "\(measure) was registered in the previous period (\(before)) but is blank now. Was it forgotten?"
            case .valueJump:
                return "\(measure) is \(value) against \(before) in the previous period. Is it right?"
            case .valueOutlier:
                return "\(measure) per child is \(value) against the project's median of \(before). Is it right?"
            case .copiedRow:
                return "The row is the same as in the previous period. Was it copied?"
            case .moreAssessedThanAttached:
                return "\(measure): \(value) children assessed but only \(before) attached."
            case .moreEventsThanParticipants:
                return "\(value) parent events but only \(before) participants."
            }
        }
    }
}
