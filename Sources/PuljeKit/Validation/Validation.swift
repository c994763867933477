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
        let files = try DataDiscovery.sheets(in: paths, catalogue: catalogue)
        let counter = ReadProgress(totalFiles: files.count)
        progress?(counter)
        return run(files: files, progress: counter)
    }

    public func run(files: [SheetFile], progress: ReadProgress? = nil) -> ValidationResult {
        let reader = SheetReader(catalogue: catalogue, chunkSize: chunkSize, keepsChildren: keepsChildren)
        // Each file is read by one task.
        let read = files.concurrentMap { file in
            let result = reader.read(file)
            progress?.fileRead(rows: result.rows, bytes: result.bytes)
            return result
        }
        let joined = DatasetBuilder.join(read)
        let problems = (read.flatMap(\.problems) + joined.problems).sorted()
        return ValidationResult(
            dataset: joined.dataset, problems: problems, files: read.map(FileSummary.init),
            extraRejectedRows: joined.rejectedRows)
    }
}

/// What validation found: the accepted data set and every problem, sorted by file and line.
public struct ValidationResult: Sendable {
    public let dataset: Dataset
    public let problems: [Problem]
    public let files: [FileSummary]
    let extraRejectedRows: Int

    public var errors: [Problem] { problems.filter { $0.severity == .error } }
    public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

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

    init(_ result: SheetReadResult) {
        file = result.file
        dialect = result.dialect
        kind = result.kind
        rows = result.rows
        rejectedRows = result.rejectedRows
        refused = result.refused
    }
}
