/// Why activities cannot be priced: each case names the file line, the activity and the role,
/// like a problem in a sheet. Its sentence is `FailureMessage`'s (exit 2).
public enum CostError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingWage(role: String, activity: String, file: String, line: Int)
    case noChildren(activity: String, file: String, line: Int)
    case negativeHours(role: String, activity: String, file: String, line: Int)
    case invalidValue(file: String, line: Int, column: String, value: String, expected: FailureExpectation)
    case missingColumn(file: String, column: String)
    case unreadable(file: String, reason: FailureReason)
    case malformedQuoting(file: String, line: Int)
    /// A wage index without the year prices are moved from (2022) or to.
    case indexLacksYear(file: String, year: Int)

    /// The English sentence, for logs and test output.
    public var description: String { FailureMessage(self).sentence(.english) }
}
