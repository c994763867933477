/// What a cell of a reference file (catalogue, wages, activities, index) should have held, as
/// an invalid-value failure says it: "'maybe' is invalid; expected yes or no".
public enum FailureExpectation: Hashable, Sendable, WordedText {
    case value
    case number
    case wholeNumber
    case wholeNumberIn(ClosedRange<Int>)
    case yesOrNo
    case wageAboveZero
    case yearAndIndexAboveZero
    case elementNumbers
    case indicatorOrBlank
}
