/// Which of the two sheet formats a file is (SPEC 3.1, 3.2).
public enum SheetKind: String, Sendable {
    /// One row per institution and period.
    case institution
    /// One row per assessed child.
    case child
}

/// What reading one file produced: its accepted rows, as registrations of institution-periods
/// (child rows already counted into traffic lights), and every problem met on the way.
public struct SheetReadResult: Sendable {
    public let file: SheetFile
    public internal(set) var dialect: CSVDialect?
    public internal(set) var kind: SheetKind?
    /// Bytes read from the file.
    public internal(set) var bytes = 0
    /// Data rows seen (header and blank lines excluded).
    public internal(set) var rows = 0
    /// Data rows rejected, each with an error in `problems` (or one error for a refused file).
    public internal(set) var rejectedRows = 0
    /// Accepted institution rows, or the per-institution-period counts of accepted child rows.
    public internal(set) var registrations: [Registration] = []
    /// Accepted child rows with their pseudonyms, when the reader keeps them.
    public internal(set) var children: [ChildAssessment] = []
    /// The problems met, the first of each code kept (`ProblemLog`).
    public internal(set) var problemLog: ProblemLog
    /// The problems kept.
    public var problems: [Problem] { problemLog.kept }
    /// True when the whole file was refused (a CPR-like value, missing or duplicate columns,
    /// an unreadable file).
    public internal(set) var refused = false

    public init(file: SheetFile, handingOnProblems handOn: (@Sendable (Problem) -> Void)? = nil) {
        self.file = file
        self.problemLog = ProblemLog(handingOn: handOn)
    }

    /// Child rows accepted.
    public var acceptedRows: Int { rows - rejectedRows }
}
