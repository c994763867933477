/// Why a catalogue could not be loaded: each case names the file and, where it can, the line
/// and column, like a problem in a sheet. Its sentence is `FailureMessage`'s (exit 2).
public enum CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingFile(directory: String, file: String)
    case unreadable(file: String, reason: FailureReason)
    case malformedQuoting(file: String, line: Int)
    case missingColumn(file: String, column: String)
    case invalidValue(file: String, line: Int, column: String, value: String, expected: FailureExpectation)
    case duplicate(file: String, line: Int, value: String)
    case unknownProject(file: String, line: Int, value: String)
    case unknownPeriod(file: String, line: Int, value: String)

    /// The English sentence, for logs and test output.
    public var description: String { FailureMessage(self).sentence(.english) }
}
