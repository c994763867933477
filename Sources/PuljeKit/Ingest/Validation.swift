/// Validates a run's data (SPEC 3): finds the sheets, reads them (on all cores, one file per
/// task), joins them into a `Dataset` and collects every problem. The entry point of
/// `pulje validate` and the first step of every analysis.
public struct Validation: Sendable {
    public let catalogue: Catalogue
    public var chunkSize: Int
    /// Keep the child rows with their pseudonyms in the data set (`Dataset.children`).
    public var keepsChildren: Bool

    public init(catalogue: Catalogue = .standard, chunkSize: Int = 1 << 16, keepsChildren: Bool = false) {
        self.catalogue = catalogue
        self.chunkSize = chunkSize
        self.keepsChildren = keepsChildren
    }

    /// Validates the sheets below `paths` (folders or files); `progress`, when given, is
    /// called once with the counter the reading threads update.
    public func run(paths: [String], progress: ((ReadProgress) -> Void)? = nil) throws(DataDiscovery.Failure)
        -> ValidationResult
    {
        var skipped: [String] = []
        let files = try DataDiscovery.sheets(in: paths, catalogue: catalogue, skippingReportFolders: &skipped)
        let counter = ReadProgress(totalFiles: files.count)
        progress?(counter)
        let notices = skipped.map { Problem(.reportFolderSkipped, at: SourceLocation(file: $0)) }
        return run(files: files, progress: counter, notices: notices)
    }

    /// Validates the given sheets; `notices` are problems found before reading (folders passed over).
    public func run(files: [SheetFile], progress: ReadProgress? = nil, notices: [Problem] = []) -> ValidationResult {
        let reader = SheetReader(catalogue: catalogue, chunkSize: chunkSize, keepsChildren: keepsChildren)
        // Each file is read by one task.
        let read = files.concurrentMap { file in
            let result = reader.read(file)
            progress?.fileRead(rows: result.rows, bytes: result.bytes)
            return result
        }
        // How each file was when read: a second reading (the whole list of a file's problems)
        // must find it the same.
        let statuses = read.map { FileStatus.of(path: $0.file.path) }
        let joined = DatasetBuilder.join(read)
        let problems = (read.flatMap(\.problems) + joined.problems + notices).sorted()
        return ValidationResult(
            dataset: joined.dataset, problems: problems, files: zip(read, statuses).map(FileSummary.init),
            extraRejectedRows: joined.rejectedRows, omitted: read.flatMap { $0.problemLog.omitted.values },
            problemsNotFromReading: joined.problems + notices, reader: reader)
    }
}

/// What validation found: the accepted data set and every problem, sorted by file and line.
public struct ValidationResult: Sendable {
    public let dataset: Dataset
    public let problems: [Problem]
    public let files: [FileSummary]
    let extraRejectedRows: Int
    /// Problems counted but not kept, per file and code (`ProblemLog`), in file order.
    public let omitted: [OmittedProblems]
    /// The problems of cross-file rules and discovery, which a second reading of a file does
    /// not meet again.
    let problemsNotFromReading: [Problem]
    /// How the files were read, to read one again for the whole list of its problems.
    let reader: SheetReader

    init(
        dataset: Dataset, problems: [Problem], files: [FileSummary], extraRejectedRows: Int,
        omitted: [OmittedProblems] = [], problemsNotFromReading: [Problem] = [],
        reader: SheetReader = SheetReader(catalogue: .standard)
    ) {
        self.dataset = dataset
        self.problems = problems
        self.files = files
        self.extraRejectedRows = extraRejectedRows
        self.omitted = omitted.sorted { ($0.file, $0.code) < ($1.file, $1.code) }
        self.problemsNotFromReading = problemsNotFromReading
        self.reader = reader
    }

    /// The errors kept (`omitted` counts the others).
    public var errors: [Problem] { problems.filter { $0.severity == .error } }
    public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
    public var hasErrors: Bool {
        problems.contains { $0.severity == .error } || omitted.contains { $0.severity == .error }
    }
    /// Errors met, kept or not.
    public var errorCount: Int { errors.count + omitted.filter { $0.severity == .error }.reduce(0) { $0 + $1.count } }
    /// Warnings met, kept or not.
    public var warningCount: Int {
        warnings.count + omitted.filter { $0.severity == .warning }.reduce(0) { $0 + $1.count }
    }
    /// Problems met per code, kept or not.
    public var countsByCode: [String: Int] {
        var counts = Dictionary(grouping: problems, by: \.code).mapValues(\.count)
        for omission in omitted { counts[omission.code, default: 0] += omission.count }
        return counts
    }

    /// Data rows read across all files.
    public var rows: Int { files.reduce(0) { $0 + $1.rows } }
    /// Data rows rejected, by the files themselves or by cross-file rules.
    public var rejectedRows: Int { files.reduce(extraRejectedRows) { $0 + $1.rejectedRows } }
}

/// One file's part in a validation: how it was read and how many rows it held.
public struct FileSummary: Sendable {
    public let file: SheetFile
    public let dialect: CSVDialect?
    public let kind: SheetKind?
    public let rows: Int
    public let rejectedRows: Int
    public let refused: Bool
    /// The file's size and modification time after it was read.
    let status: FileStatus?

    init(_ result: SheetReadResult, status: FileStatus? = nil) {
        self.status = status
        file = result.file
        dialect = result.dialect
        kind = result.kind
        rows = result.rows
        rejectedRows = result.rejectedRows
        refused = result.refused
    }
}
