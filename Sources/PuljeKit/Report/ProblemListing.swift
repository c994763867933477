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

    public func csv(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.csvHeader, style: style)
        for problem in result.problems {
            let location = problem.location
            // The column's name is text (a header may be named `3.14`); its number a number.
            let column: CSVWriter.Cell =
                location.columnName.map(CSVWriter.Cell.text) ?? location.column.map(CSVWriter.Cell.integer) ?? .blank
            writer.append([
                .text(problem.severity.rawValue), .text(location.file), location.line.map(CSVWriter.Cell.integer) ?? .blank,
                column, .text(problem.code), .text(problem.message(language)),
            ])
        }
        return writer.text
    }

    /// Problems grouped by file, then the summary line.
    public func text() -> String {
        var lines: [String] = []
        var currentFile: String?
        for problem in result.problems {
            if problem.location.file != currentFile {
                if currentFile != nil { lines.append("") }
                currentFile = problem.location.file
                lines.append(problem.location.file)
            }
            lines.append("  " + describe(problem))
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summaryLine())
        return lines.joined(separator: "\n") + "\n"
    }

    /// `  linje 12, hjemmebesoeg: fejl [count-not-whole-number] ...`
    func describe(_ problem: Problem) -> String {
        let location = problem.location
        var place: [String] = []
        if let line = location.line { place.append(language.pick(da: "linje \(line)", en: "line \(line)")) }
        if let name = location.columnName {
            place.append(name)
        } else if let column = location.column {
            place.append(language.pick(da: "kolonne \(column)", en: "column \(column)"))
        }
        let severity =
            problem.severity == .error
            ? language.pick(da: "fejl", en: "error") : language.pick(da: "advarsel", en: "warning")
        let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        return "\(prefix)\(severity) [\(problem.code)] \(problem.message(language))"
    }

    /// Files, rows, projects, institutions, periods, errors and warnings.
    public func summaryLine() -> String {
        let number = NumberFormat(language)
        let dataset = result.dataset
        let errors = result.errors.count
        let warnings = result.warnings.count
        return language.pick(
            da: "\(number.integer(result.files.count)) filer, \(number.integer(result.rows)) rækker"
                + " (\(number.integer(result.rejectedRows)) afvist), \(dataset.projects.count) projekter,"
                + " \(number.integer(dataset.institutionCount)) dagtilbud, \(dataset.periods.count) perioder:"
                + " \(number.integer(errors)) fejl, \(number.integer(warnings)) advarsler",
            en: "\(number.integer(result.files.count)) files, \(number.integer(result.rows)) rows"
                + " (\(number.integer(result.rejectedRows)) rejected), \(dataset.projects.count) projects,"
                + " \(number.integer(dataset.institutionCount)) institutions, \(dataset.periods.count) periods:"
                + " \(number.integer(errors)) errors, \(number.integer(warnings)) warnings")
    }
}
