/// The sentence of every failure a user can meet that is not a problem in a sheet: a reference
/// file that cannot be used, a data path or output folder that cannot be, a published folder
/// that cannot be audited, and the command line's own stops. `FailureMessage` turns each error
/// type into one of these; the Danish and English sentences are in Wording/Danish and
/// Wording/English.
public enum FailureText: Hashable, Sendable, WordedText {
    // A reference file: the catalogue, a wage, activities or index file.
    case catalogueLacksFile(directory: String, file: String)
    case unreadable(file: String, reason: FailureReason)
    case malformedQuoting(file: String, line: Int)
    case missingColumn(file: String, column: String)
    case invalidValue(file: String, line: Int, column: String, value: String, expected: FailureExpectation)
    case duplicate(file: String, line: Int, value: String)
    case projectNotInProjectsFile(file: String, line: Int, value: String)
    case periodNotInPeriodsFile(file: String, line: Int, value: String)
    case missingWage(role: String, activity: String, file: String, line: Int)
    case noChildren(activity: String, file: String, line: Int)
    case negativeHours(role: String, activity: String, file: String, line: Int)
    case indexLacksYear(file: String, year: Int)

    // A data path given on the command line.
    case dataNotFound(String)
    case dataFolderUnreadable(String)
    case dataIsReport(String)

    // The output folder (README, Report folders).
    case outIsFile(path: String)
    case outNotOwned(path: String, examples: [String], count: Int)
    case outHoldsOtherFiles(path: String, examples: [String], count: Int)
    case outOtherKind(path: String, kind: ReportFolder.Kind)
    case outIsInput(path: String)
    case outHoldsInput(path: String, input: String)
    case outInsideInput(path: String, input: String)
    case outDanglingLink(path: String)
    case outLinkLoop(path: String)
    case outIsRoot(path: String)
    case outMountPoint(path: String)
    case cannotWrite(path: String, reason: FailureReason)
    /// A warning, not a stop: the new folder is written, but old files could not be deleted.
    case oldFilesKept(names: [String], folder: String)

    // Published folders given to `pulje audit`.
    case publishedUnreadable(String)
    case nothingToAudit

    // The run.
    /// The data have errors (listed before) and `--skip-invalid` was not given.
    case reportNotWritten
    /// The suppression pattern failed its own audit: nothing is published.
    case disclosureUnproven
    /// An error pulje does not know: a bug, told without its Swift description.
    case unexpected
}
