import ArgumentParser
import Foundation
import PuljeKit

/// `pulje report DATA`: the analysis of a data folder (activity indicators, 1-7 scales,
/// traffic-light shares at every level), written atomically to a report folder.
struct Report: ParsableCommand, LanguageChoosing {
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

    var language: Language { common.lang }

    func run() throws {
        try options.check()
        let catalogue = try common.loadCatalogue()
        let projects = try options.chosenProjects(in: catalogue)
        let name = reportName(of: data)
        let folder = try options.folder(name: name, kind: .report, data: [data])
        let result = try readData([data], catalogue: catalogue, language: language)
        try options.refuseErrors(result, language: language)
        let report = DataReport(
            result, catalogue: catalogue, language: language, name: name, projects: projects,
            minimumCell: options.minCell)
        // A suppression pattern the audit cannot prove is never published (SPEC 4).
        guard report.disclosure.holds else { throw Failure.disclosureUnproven }
        try options.write(
            report.reportFiles(formats: try options.formats(), csvStyle: options.csvStyle), to: folder,
            result: result, terminal: common.terminal)
    }
}
