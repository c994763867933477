/// Reads one sheet file (SPEC 3) into registrations and located problems: its tokenizer
/// (`CSVReader`, or `XLSXReader` for a workbook) hands the cells to a `RowInterpreter`, which turns institution rows into one
/// registration each and counts child rows into traffic lights per institution-period.
/// Cross-file rules (duplicates, child rows against counts) are the `DatasetBuilder`'s.
public struct SheetReader: Sendable {
    public let catalogue: Catalogue
    public var chunkSize: Int
    /// Keep each accepted child row with its pseudonym (`SheetReadResult.children`), for the
    /// panel of `pulje diff`; off by default, as the counts need no child kept in memory.
    public var keepsChildren: Bool
    /// Called after each chunk is read from a file (`CSVReader.afterChunkRead`): tests only.
    var afterChunkRead: (@Sendable (Int) -> Void)?

    public init(catalogue: Catalogue, chunkSize: Int = 1 << 16, keepsChildren: Bool = false) {
        self.catalogue = catalogue
        self.chunkSize = chunkSize
        self.keepsChildren = keepsChildren
    }

    /// The tokenizer for a file, by its name: an .xlsx workbook's, else CSV. The interpreter,
    /// validation and problems are the same for both.
    private func tokenizer(for file: SheetFile) -> any SheetTokenizer {
        if file.path.lowercased().hasSuffix(".xlsx") { return XLSXReader() }
        var reader = CSVReader(chunkSize: chunkSize)
        reader.afterChunkRead = afterChunkRead
        return reader
    }

    /// Reads a file. With `handOn`, every problem is handed to it as it is met and none is
    /// kept: the second reading of a file with too many problems to keep (`ProblemLog`).
    public func read(_ file: SheetFile, handingOnProblems handOn: (@Sendable (Problem) -> Void)? = nil)
        -> SheetReadResult
    {
        let sink = RowInterpreterSink(
            RowInterpreter(file: file, catalogue: catalogue, keepsChildren: keepsChildren, handingOnProblems: handOn))
        let fileLocation = SourceLocation(file: file.displayName)
        var bytes = 0
        if file.nameHasPersonalIdentifier {
            sink.fail(Problem(.personalIdentifierInFileName, at: fileLocation))
            return sink.finish()
        }
        do {
            bytes = try tokenizer(for: file).read(file: file.path, into: sink).bytes
        } catch {
            let kind: ProblemKind =
                switch error {
                case .unreadable(_, let code): .unreadableFile(reason: .system(code))
                case .notRegularFile(_, let type): .notARegularFile(type: type)
                case .changedWhileRead: .fileChangedWhileRead
                case .unsupportedEncoding(_, let encoding): .unsupportedEncoding(encoding: encoding)
                case .invalidUTF16: .invalidUTF16
                case .binary: .binaryFile
                case .fieldTooLarge: .fieldTooLarge
                case .damagedWorkbook(_, let damage): .unreadableFile(reason: .damagedWorkbook(damage))
                }
            var location = fileLocation
            if case .fieldTooLarge(_, let line) = error {
                location = SourceLocation(file: file.displayName, line: line)
            }
            if case .invalidUTF16(_, let line) = error {
                location = SourceLocation(file: file.displayName, line: line)
            }
            sink.fail(Problem(kind, at: location))
        }
        var result = sink.finish()
        result.bytes = bytes
        return result
    }
}
