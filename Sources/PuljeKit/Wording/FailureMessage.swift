/// Every failure a user can meet, turned into a sentence in the run's language and an exit
/// code (README: 1 errors in the data, 2 usage or I/O failure), as swift-argument-parser's
/// `MessageInfo` does for its own errors. This is the one place that knows the error types:
/// the command line prints `sentence(_:)` and exits with `exitCode`, and no message ever
/// shows a Swift description (an error it does not know is `FailureText.unexpected`).
public struct FailureMessage: Sendable {
    /// The sentence, by name.
    public enum Text: Hashable, Sendable {
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
        case let failure as Failure:
            switch failure {
            case .usage(let usage): self.init(.usage(usage), exitCode: 2)
            case .reportNotWritten: self.init(.failure(.reportNotWritten), exitCode: 1)
            case .disclosureUnproven: self.init(.failure(.disclosureUnproven), exitCode: 2)
            }
        case let error as CatalogueError: self.init(.failure(Self.text(error)), exitCode: 2)
        case let error as CostError: self.init(.failure(Self.text(error)), exitCode: 2)
        case let error as ReportFolder.Failure: self.init(.failure(Self.text(error)), exitCode: 2)
        case let error as DataDiscovery.Failure: self.init(.failure(Self.text(error)), exitCode: 2)
        case let error as PublishedTablesError: self.init(.failure(Self.text(error)), exitCode: 2)
        case let error as CSVTableError: self.init(.failure(Self.text(error)), exitCode: 2)
        case let error as CSVReaderError:
            self.init(.failure(.unreadable(file: Self.path(of: error), reason: FailureReason(error))), exitCode: 2)
        default: self.init(.failure(.unexpected), exitCode: 2)
        }
    }

    private init(_ text: Text, exitCode: Int32) {
        self.text = text
        self.exitCode = exitCode
    }

    /// The sentence in `language`.
    public func sentence(_ language: Language) -> String {
        switch text {
        case .failure(let failure): language.text(failure)
        case .usage(let usage): language.text(usage)
        }
    }

    private static func text(_ error: CatalogueError) -> FailureText {
        switch error {
        case .missingFile(let directory, let file): .catalogueLacksFile(directory: directory, file: file)
        case .unreadable(let file, let reason): .unreadable(file: file, reason: reason)
        case .malformedQuoting(let file, let line): .malformedQuoting(file: file, line: line)
        case .missingColumn(let file, let column): .missingColumn(file: file, column: column)
        case .invalidValue(let file, let line, let column, let value, let expected):
            .invalidValue(file: file, line: line, column: column, value: value, expected: expected)
        case .duplicate(let file, let line, let value): .duplicate(file: file, line: line, value: value)
        case .unknownProject(let file, let line, let value): .projectNotInProjectsFile(file: file, line: line, value: value)
        case .unknownPeriod(let file, let line, let value): .periodNotInPeriodsFile(file: file, line: line, value: value)
        }
    }

    private static func text(_ error: CostError) -> FailureText {
        switch error {
        case .missingWage(let role, let activity, let file, let line):
            .missingWage(role: role, activity: activity, file: file, line: line)
        case .noChildren(let activity, let file, let line): .noChildren(activity: activity, file: file, line: line)
        case .negativeHours(let role, let activity, let file, let line):
            .negativeHours(role: role, activity: activity, file: file, line: line)
        case .invalidValue(let file, let line, let column, let value, let expected):
            .invalidValue(file: file, line: line, column: column, value: value, expected: expected)
        case .missingColumn(let file, let column): .missingColumn(file: file, column: column)
        case .unreadable(let file, let reason): .unreadable(file: file, reason: reason)
        case .malformedQuoting(let file, let line): .malformedQuoting(file: file, line: line)
        case .indexLacksYear(let file, let year): .indexLacksYear(file: file, year: year)
        }
    }

    private static func text(_ error: ReportFolder.Failure) -> FailureText {
        switch error {
        case .isFile(let path): .outIsFile(path: path)
        case .notOwned(let path, let examples, let count): .outNotOwned(path: path, examples: examples, count: count)
        case .holdsOtherFiles(let path, let examples, let count):
            .outHoldsOtherFiles(path: path, examples: examples, count: count)
        case .otherKind(let path, let kind): .outOtherKind(path: path, kind: kind)
        case .isInput(let path, _): .outIsInput(path: path)
        case .holdsInput(let path, let input): .outHoldsInput(path: path, input: input)
        case .insideInput(let path, let input): .outInsideInput(path: path, input: input)
        case .danglingLink(let path): .outDanglingLink(path: path)
        case .linkLoop(let path): .outLinkLoop(path: path)
        case .isRoot(let path): .outIsRoot(path: path)
        case .mountPoint(let path): .outMountPoint(path: path)
        case .cannotWrite(let path, let reason): .cannotWrite(path: path, reason: reason)
        }
    }

    private static func text(_ error: DataDiscovery.Failure) -> FailureText {
        switch error {
        case .notFound(let path): .dataNotFound(path)
        case .unreadableFolder(let path): .dataFolderUnreadable(path)
        case .reportFolder(let path): .dataIsReport(path)
        }
    }

    private static func text(_ error: PublishedTablesError) -> FailureText {
        switch error {
        case .unreadable(let path): .publishedUnreadable(path)
        case .nothingToAudit: .nothingToAudit
        }
    }

    private static func text(_ error: CSVTableError) -> FailureText {
        switch error {
        case .unreadable(let name, let reason): .unreadable(file: name, reason: FailureReason(reason))
        case .malformedQuoting(let name, let line): .malformedQuoting(file: name, line: line)
        case .empty(let name): .unreadable(file: name, reason: .empty)
        }
    }

    private static func path(of error: CSVReaderError) -> String {
        switch error {
        case .unreadable(let path, _), .notRegularFile(let path, _), .changedWhileRead(let path),
            .unsupportedEncoding(let path, _), .invalidUTF16(let path, _), .binary(let path), .fieldTooLarge(let path, _):
            path
        }
    }
}
