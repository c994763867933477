extension FailureExpectation {
    public var english: String {
        switch self {
        case .value: "a value"
        case .number: "a number"
        case .wholeNumber: "a whole number"
        case .wholeNumberIn(let range): "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .yesOrNo: "yes or no"
        case .wageAboveZero: "a wage above 0"
        case .yearAndIndexAboveZero: "a year and an index above 0"
        case .elementNumbers: "element numbers separated by ';'"
        case .indicatorOrBlank: "an indicator id such as hjemmebesoeg, or blank"
        }
    }
}
