/// Renders validation problems for people (grouped by file, with a summary line) and for
/// scripts (`problems.csv`, SPEC 6). Values are shown as the problem carries them; a CPR-like
/// value never reaches a problem in the first place.
public struct ProblemListing: Sendable {
    public let result: ValidationResult
    public let language: Language

    public init(_ result: ValidationResult, language: Language = .danish) {
        self.result = result
        self.language = language
    }

    /// The `problems.csv` columns (SPEC 6).
    public static let csvHeader = ["severity", "file", "line", "column", "code", "message"]

    /// `problems.csv` as one text: for listings of ordinary size.
    public func csv(style: CSVWriter.Style = .standard) -> String {
        var text = ""
        writeCSV(style: style) { text += $0 }
        return text
    }

    /// `problems.csv` with every problem met, handed to `emit` in pieces as it is written. A
    /// file whose problems were too many to keep (`ProblemLog`) is read again, and its
    /// problems are written as they come: memory stays bounded for any input.
    public func writeCSV(style: CSVWriter.Style = .standard, _ emit: (String) -> Void) {
        let language = language
        @Sendable func row(_ problem: Problem, into writer: inout CSVWriter) {
            let location = problem.location
            writer.text(problem.severity.rawValue)
            writer.text(location.file)
            writer.integer(location.line)
            // The column's name is text (a header may be named `3.14`); its number a number.
            if let name = location.columnName { writer.text(name) } else { writer.integer(location.column) }
            writer.text(problem.code)
            writer.text(problem.message(language))
            writer.endRow()
        }
        var writer = CSVWriter(header: Self.csvHeader, style: style)
        let relisted = Set(result.omitted.map(\.file))
        var done = Set<String>()
        for problem in result.problems {
            let file = problem.location.file
            guard relisted.contains(file) else {
                row(problem, into: &writer)
                continue
            }
            guard done.insert(file).inserted,
                let summary = result.files.first(where: { $0.file.displayName == file })
            else { continue }
            emit(writer.text)
            writer = CSVWriter(continuing: style)
            // The whole list of this file: read again, each problem written as it comes; a file
            // that is not as it was when first read is said to have changed.
            let changed = Problem(.fileChangedWhileRead, at: SourceLocation(file: file))
            guard FileStatus.of(path: summary.file.path) == summary.status else {
                // Changed since: the problems kept from the first reading, and that the rest
                // cannot be listed from the file as it is now.
                for kept in result.problems where kept.location.file == file { row(kept, into: &writer) }
                row(changed, into: &writer)
                continue
            }
            defer { if FileStatus.of(path: summary.file.path) != summary.status { row(changed, into: &writer) } }
            withoutActuallyEscaping(emit) { emit in
                nonisolated(unsafe) let pieces = RowPieces(style: style, emit: emit)
                _ = result.reader.read(summary.file, handingOnProblems: { problem in pieces.add { row(problem, into: &$0) } })
                pieces.flush()
            }
            for other in result.problemsNotFromReading.sorted() where other.location.file == file {
                row(other, into: &writer)
            }
        }
        emit(writer.text)
    }

    /// `problems.csv` as a file of a report folder, written as it is produced.
    public func file(style: CSVWriter.Style = .standard) -> ReportFile {
        let listing = self
        return .streamed("problems.csv") { output throws(ReportFolder.Failure) in
            var failure: ReportFolder.Failure?
            listing.writeCSV(style: style) { piece in
                guard failure == nil else { return }
                do throws(ReportFolder.Failure) { try output.write(piece) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// Problems grouped by file, then the summary line. Of a code met more often in a file
    /// than `ProblemLog` keeps, the first are listed and the rest counted.
    public func text() -> String {
        var lines: [String] = []
        var currentFile: String?
        func closeFile() {
            guard let file = currentFile else { return }
            for omission in result.omitted where omission.file == file {
                lines.append("  " + language.text(ReportText.moreOfCodeInFile(count: omission.count, code: omission.code)))
            }
        }
        for problem in result.problems {
            if problem.location.file != currentFile {
                closeFile()
                if currentFile != nil { lines.append("") }
                currentFile = problem.location.file
                lines.append(problem.location.file)
            }
            lines.append("  " + describe(problem))
        }
        closeFile()
        if !lines.isEmpty { lines.append("") }
        lines.append(summaryLine())
        return lines.joined(separator: "\n") + "\n"
    }

    /// `  linje 12, hjemmebesoeg: fejl [count-not-whole-number] ...`
    func describe(_ problem: Problem) -> String {
        let location = problem.location
        var place: [String] = []
        if let sheet = location.sheet { place.append(language.text(ReportText.sheet(sheet))) }
        if let cell = location.cellReference { place.append(language.text(ReportText.cell(cell))) }
        if let line = location.line { place.append(language.text(ReportText.line(line))) }
        if let name = location.columnName {
            place.append(name)
        } else if let column = location.column {
            place.append(language.text(ReportText.column(column)))
        }
        let severity = language.text(ReportText.severity(problem.severity))
        let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        return "\(prefix)\(severity) [\(problem.code)] \(problem.message(language))"
    }

    /// Files, rows, projects, institutions, periods, errors and warnings, each noun in the
    /// number of its count (`1 fil`, `2 filer`).
    public func summaryLine() -> String {
        let dataset = result.dataset
        return language.text(
            ReportText.runCounts(
                .init(
                    files: result.files.count, rows: result.rows, rejectedRows: result.rejectedRows,
                    projects: dataset.projects.count, institutions: dataset.institutionCount, periods: dataset.periods.count,
                    errors: result.errorCount, warnings: result.warningCount)))
    }
}

/// The rows of a second reading, handed on every few thousand rows while the reader runs.
private final class RowPieces {
    private var writer: CSVWriter
    private var rows = 0
    private let style: CSVWriter.Style
    private let emit: (String) -> Void

    init(style: CSVWriter.Style, emit: @escaping (String) -> Void) {
        self.style = style
        self.emit = emit
        writer = CSVWriter(continuing: style)
    }

    func add(_ write: (inout CSVWriter) -> Void) {
        write(&writer)
        rows += 1
        if rows % 4_096 == 0 { flush() }
    }

    func flush() {
        emit(writer.text)
        writer = CSVWriter(continuing: style)
    }
}
