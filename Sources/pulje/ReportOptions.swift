import ArgumentParser
import Foundation
import PuljeKit

/// Options of the commands that write a report folder (`report`, `diff`), and the steps they
/// share: choosing projects, refusing data with errors, writing the folder atomically.
struct ReportOptions: ParsableArguments {
    @Option(help: "Output folder (default: reports/<name of DATA>).")
    var out: String?

    @Option(name: .customLong("project"), help: "Only this project (repeatable); all by default.")
    var projects: [String] = []

    @Option(help: "What to write, comma-separated: text, csv, html (report only).")
    var format = "text,csv"

    @Option(help: "Traffic-light shares from fewer children than this are suppressed.")
    var minCell = 5

    @Flag(help: "Report on the valid rows when some are rejected, listing the rejected ones.")
    var skipInvalid = false

    @Flag(help: "Write CSV files for Danish Excel (';', decimal comma, byte-order mark).")
    var danishExcel = false

    func validate() throws {
        guard minCell >= 1 else { throw ValidationError("--min-cell must be 1 or more.") }
        _ = try formats()
    }

    func formats() throws -> Set<DataReport.Format> {
        var formats: Set<DataReport.Format> = []
        for name in format.split(separator: ",") {
            guard let format = DataReport.Format(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--format takes text, csv and html, comma-separated, not '\(name)'.")
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else { throw ValidationError("--format takes text, csv and html, comma-separated.") }
        return formats
    }

    var csvStyle: CSVWriter.Style { danishExcel ? .danishExcel : .standard }

    /// The chosen projects (nil for all), or exit 2 naming one the catalogue does not know.
    func chosenProjects(in catalogue: Catalogue) throws -> [ProjectID]? {
        let chosen = projects.map { ProjectID(ColumnName.fold($0)) }
        if let unknown = chosen.first(where: { catalogue.projects[$0] == nil }) {
            throw Failure(message: "--project \(unknown) is not in the catalogue.")
        }
        return chosen.isEmpty ? nil : chosen
    }

    /// Stops with exit 1 after listing the errors, unless `--skip-invalid` was given.
    func refuseErrors(_ result: ValidationResult, language: Language) throws {
        guard result.hasErrors && !skipInvalid else { return }
        print(ProblemListing(result, language: language).text(), terminator: "")
        let advice = language == .danish
            ? "Rapporten er ikke skrevet: ret fejlene, eller kør med --skip-invalid."
            : "No report written: correct the errors, or run with --skip-invalid."
        FileHandle.standardError.write(Data("pulje: \(advice)\n".utf8))
        throw ExitStatus.dataErrors
    }

    /// Writes the files into the output folder (default `reports/<name>`) and says where.
    func write(_ files: [(name: String, contents: String)], name: String, result: ValidationResult, language: Language)
        throws
    {
        let folder = out ?? "reports/\(name)"
        do {
            try OutputFolder.write(files, to: folder)
        } catch {
            throw Failure(message: error.message(language))
        }
        print(ProblemListing(result, language: language).summaryLine())
        print(language == .danish ? "Rapport skrevet til \(folder)/" : "Report written to \(folder)/")
    }
}

/// The name a data folder gives its report: its last path component.
func reportName(of data: String) -> String {
    URL(fileURLWithPath: data).standardizedFileURL.lastPathComponent
}
