import ArgumentParser
import Foundation
import PuljeKit

/// `pulje report DATA`: the analysis of a data folder (activity indicators, 1-7 scales,
/// traffic-light shares at every level), written atomically to a report folder.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the report for a data folder (default reports/<name of DATA>/).",
        discussion: """
            Refuses to run when the data have errors, listing them, unless --skip-invalid is \
            given; then the rejected rows are listed in problems.csv and summary.txt.
            """
    )

    @Argument(help: "Data folder.")
    var data: String

    @Option(help: "Output folder (default: reports/<name of DATA>).")
    var out: String?

    @Option(name: .customLong("project"), help: "Only this project (repeatable); all by default.")
    var projects: [String] = []

    @Option(help: "What to write: text, csv or text,csv.")
    var format = "text,csv"

    @Option(help: "Traffic-light shares from fewer children than this are suppressed.")
    var minCell = 5

    @Flag(help: "Report on the valid rows when some are rejected, listing the rejected ones.")
    var skipInvalid = false

    @Flag(help: "Write CSV files for Danish Excel (';', decimal comma, byte-order mark).")
    var danishExcel = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard minCell >= 1 else { throw ValidationError("--min-cell must be 1 or more.") }
        _ = try formats()
    }

    private func formats() throws -> Set<DataReport.Format> {
        var formats: Set<DataReport.Format> = []
        for name in format.split(separator: ",") {
            guard let format = DataReport.Format(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--format takes text, csv or text,csv, not '\(name)'.")
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else { throw ValidationError("--format takes text, csv or text,csv.") }
        return formats
    }

    func run() throws {
        try runReportingFailures {
            let catalogue = try common.loadCatalogue()
            let chosen = projects.map { ProjectID(ColumnName.fold($0)) }
            if let unknown = chosen.first(where: { catalogue.projects[$0] == nil }) {
                throw Failure(message: "--project \(unknown) is not in the catalogue.")
            }
            let result = try readData([data], catalogue: catalogue)
            let listing = ProblemListing(result, language: common.lang)
            if result.hasErrors && !skipInvalid {
                print(listing.text(), terminator: "")
                let advice = common.lang == .danish
                    ? "Rapporten er ikke skrevet: ret fejlene, eller kør med --skip-invalid."
                    : "No report written: correct the errors, or run with --skip-invalid."
                FileHandle.standardError.write(Data("pulje: \(advice)\n".utf8))
                throw ExitStatus.dataErrors
            }
            let name = URL(fileURLWithPath: data).standardizedFileURL.lastPathComponent
            let folder = out ?? "reports/\(name)"
            let report = DataReport(
                result, catalogue: catalogue, language: common.lang, name: name,
                projects: chosen.isEmpty ? nil : chosen, minimumCell: minCell)
            do {
                try OutputFolder.write(
                    report.files(formats: try formats(), csvStyle: danishExcel ? .danishExcel : .standard), to: folder)
            } catch let failure as Failure {
                throw failure
            } catch {
                throw Failure(message: "\(error)")
            }
            print(listing.summaryLine())
            print(common.lang == .danish ? "Rapport skrevet til \(folder)/" : "Report written to \(folder)/")
        }
    }
}
