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

    /// The output folder (`--out`, default `reports/<name>`), checked before any data is read:
    /// exit 2 when it is not pulje's to replace (README, "Report folders").
    func folder(name: String, kind: ReportFolder.Kind, data: [String], language: Language) throws -> ReportFolder {
        try outputFolder(out ?? "reports/\(name)", kind: kind, inputs: data, language: language)
    }

    /// Writes the files into the output folder and says where.
    func write(_ files: [ReportFile], to folder: ReportFolder, result: ValidationResult, language: Language) throws {
        try writeFolder(folder, files, language: language)
        print(ProblemListing(result, language: language).summaryLine())
        print(language == .danish ? "Rapport skrevet til \(folder.requested)/" : "Report written to \(folder.requested)/")
    }
}

/// A folder a command may write, or exit 2 saying why not.
func outputFolder(_ path: String, kind: ReportFolder.Kind = .report, inputs: [String], language: Language) throws
    -> ReportFolder
{
    do {
        return try ReportFolder(path, kind: kind, inputs: inputs)
    } catch {
        throw Failure(message: error.message(language))
    }
}

/// Writes a folder, or exit 2 saying why not; a file of the old folder that appeared while
/// the run wrote is named (pulje deletes only what it wrote).
func writeFolder(_ folder: ReportFolder, _ files: [ReportFile], language: Language) throws {
    let kept: [String]
    do {
        kept = try folder.write(files)
    } catch {
        throw Failure(message: error.message(language))
    }
    if !kept.isEmpty {
        let names = kept.joined(separator: ", ")
        let warning = language == .danish
            ? "den nye mappe er skrevet, men noget af den gamle kunne ikke slettes (\(names)); det ligger i en skjult"
                + " .pulje-…-old-mappe ved siden af \(folder.requested), og en senere kørsel prøver igen."
            : "the new folder is written, but some of the old one could not be deleted (\(names)); it lies in a hidden"
                + " .pulje-…-old folder beside \(folder.requested), and a later run tries again."
        FileHandle.standardError.write(Data("pulje: \(warning)\n".utf8))
    }
}

/// The name a data folder gives its report: its last path component.
func reportName(of data: String) -> String {
    URL(fileURLWithPath: data).standardizedFileURL.lastPathComponent
}
