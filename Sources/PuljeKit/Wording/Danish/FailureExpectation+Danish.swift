extension FailureExpectation {
    public var danish: String {
        switch self {
        case .value: "en værdi"
        case .number: "et tal"
        case .wholeNumber: "et helt tal"
        case .wholeNumberIn(let range): "et helt tal fra \(range.lowerBound) til \(range.upperBound)"
        case .yesOrNo: "yes eller no"
        case .wageAboveZero: "en årsløn over 0"
        case .yearAndIndexAboveZero: "et år og et indeks over 0"
        case .elementNumbers: "elementnumre adskilt af ';'"
        case .indicatorOrBlank: "et indikator-id som hjemmebesoeg, eller tomt"
        }
    }
}
