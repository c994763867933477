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

    /// Refuses option values before anything is read: a usage error (exit 2).
    func check() throws(Failure) {
        guard minCell >= 1 else { throw .usage(.minCellBelowOne) }
        _ = try formats()
    }

    func formats() throws(Failure) -> Set<DataReport.Format> {
        var formats: Set<DataReport.Format> = []
        for name in format.split(separator: ",") {
            guard let format = DataReport.Format(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw .usage(.reportFormat(String(name)))
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else { throw .usage(.reportFormat(nil)) }
        return formats
    }

    var csvStyle: CSVWriter.Style { danishExcel ? .danishExcel : .standard }

    /// The chosen projects (nil for all); one the catalogue does not know is a usage error.
    func chosenProjects(in catalogue: Catalogue) throws(Failure) -> [ProjectID]? {
        let chosen = projects.map { ProjectID(ColumnName.fold($0)) }
        if let unknown = chosen.first(where: { catalogue.projects[$0] == nil }) {
            throw .usage(.unknownProject(unknown.rawValue))
        }
        return chosen.isEmpty ? nil : chosen
    }

    /// Stops with exit 1 after listing the errors, unless `--skip-invalid` was given.
    func refuseErrors(_ result: ValidationResult, language: Language) throws(Failure) {
        guard result.hasErrors && !skipInvalid else { return }
        print(ProblemListing(result, language: language).text(), terminator: "")
        throw .reportNotWritten
    }

    /// The output folder (`--out`, default `reports/<name>`), checked before any data is read:
    /// a `ReportFolder.Failure` (exit 2) when it is not pulje's to replace (README, "Report folders").
    func folder(name: String, kind: ReportFolder.Kind, data: [String]) throws(ReportFolder.Failure) -> ReportFolder {
        try ReportFolder(out ?? "reports/\(name)", kind: kind, inputs: data)
    }

    /// Writes the files into the output folder and says where.
    func write(_ files: [ReportFile], to folder: ReportFolder, result: ValidationResult, terminal: Terminal)
        throws(ReportFolder.Failure)
    {
        try writeFolder(folder, files, terminal: terminal)
        print(ProblemListing(result, language: terminal.language).summaryLine())
        terminal.note(.reportWritten(folder: folder.requested))
    }
}

/// Writes a folder (a `ReportFolder.Failure` when it cannot, exit 2); a file of the old folder
/// that could not be deleted is named in a warning (pulje deletes only what it wrote).
func writeFolder(_ folder: ReportFolder, _ files: [ReportFile], terminal: Terminal) throws(ReportFolder.Failure) {
    let kept = try folder.write(files)
    if !kept.isEmpty {
        terminal.warn(terminal.language.text(FailureText.oldFilesKept(names: kept, folder: folder.requested)))
    }
}

/// The name a data folder gives its report: its last path component.
func reportName(of data: String) -> String {
    URL(fileURLWithPath: data).standardizedFileURL.lastPathComponent
}
