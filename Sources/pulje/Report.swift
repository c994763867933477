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

    @OptionGroup var options: ReportOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        try runReportingFailures {
            let catalogue = try common.loadCatalogue()
            let projects = try options.chosenProjects(in: catalogue)
            let name = reportName(of: data)
            let folder = try options.folder(name: name, kind: .report, data: [data], language: common.lang)
            let result = try readData([data], catalogue: catalogue, language: common.lang)
            try options.refuseErrors(result, language: common.lang)
            let report = DataReport(
                result, catalogue: catalogue, language: common.lang, name: name, projects: projects,
                minimumCell: options.minCell)
            // A suppression pattern the audit cannot prove is never published (SPEC 4).
            guard report.disclosure.holds else {
                throw Failure(
                    message: common.lang.pick(
                        da: "skjulte tal kunne regnes ud af det offentliggjorte; intet er skrevet (en fejl i pulje, meld den).",
                        en: "hidden counts could be worked out from what would be published; nothing was written (a bug in pulje, please report it)."))
            }
            try options.write(
                report.reportFiles(formats: try options.formats(), csvStyle: options.csvStyle), to: folder,
                result: result, language: common.lang)
        }
    }
}
