/// Every failure a user can meet, turned into a sentence in the run's language and an exit
/// code (README: 1 errors in the data, 2 usage or I/O failure), as swift-argument-parser's
/// `MessageInfo` does for its own errors. This is the one place that knows the error types:
/// the command line prints `sentence(_:)` and exits with `exitCode`, and no message ever
/// shows a Swift description (an error it does not know is `FailureText.unexpected`).
public struct FailureMessage: Sendable {
    /// The sentence, by name.
    public enum Text: Sendable {
        case failure(FailureText)
        case usage(UsageText)
    }

    public let text: Text
    /// 1 for errors in the data, 2 for usage and I/O failures.
    public let exitCode: Int32

    /// Whether pulje was called wrongly (the command line then points to `--help`).
    public var isUsage: Bool {
        if case .usage = text { true } else { false }
    }

    public init(_ error: any Error) {
        switch error {
        case Failure.usage(let usage): (text, exitCode) = (.usage(usage), 2)
        case Failure.reportNotWritten: (text, exitCode) = (.failure(.reportNotWritten), 1)
        case Failure.disclosureUnproven: (text, exitCode) = (.failure(.disclosureUnproven), 2)
        case let error as CatalogueError: (text, exitCode) = (.failure(.catalogue(error)), 2)
        case let error as CostError: (text, exitCode) = (.failure(.cost(error)), 2)
        case let error as CSVTableError: (text, exitCode) = (.failure(.table(error)), 2)
        case let error as CSVReaderError: (text, exitCode) = (.failure(.reader(error)), 2)
        case let error as DataDiscovery.Failure: (text, exitCode) = (.failure(.dataPath(error)), 2)
        case let error as ReportFolder.Failure: (text, exitCode) = (.failure(.outputFolder(error)), 2)
        case let error as PublishedTablesError: (text, exitCode) = (.failure(.published(error)), 2)
        default: (text, exitCode) = (.failure(.unexpected), 2)
        }
    }

    /// The sentence in `language`.
    public func sentence(_ language: Language) -> String {
        switch text {
        case .failure(let failure): language.text(failure)
        case .usage(let usage): language.text(usage)
        }
    }
}
