import ArgumentParser
import Foundation
import PuljeKit

/// `pulje report DATA`: the data set per project and period, and its data quality, written
/// atomically to a report folder.
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

    @Flag(help: "Report on the valid rows when some are rejected, listing the rejected ones.")
    var skipInvalid = false

    @Flag(help: "Write CSV files for Danish Excel (';', decimal comma, byte-order mark).")
    var danishExcel = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        try runReportingFailures {
            let catalogue = try common.loadCatalogue()
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
            let report = DataReport(result, catalogue: catalogue, language: common.lang, name: name)
            do {
                try OutputFolder.write(report.files(csvStyle: danishExcel ? .danishExcel : .standard), to: folder)
            } catch {
                throw Failure(message: "\(error)")
            }
            print(listing.summaryLine())
            print(common.lang == .danish ? "Rapport skrevet til \(folder)/" : "Report written to \(folder)/")
        }
    }
}
