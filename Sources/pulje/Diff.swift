import ArgumentParser
import Foundation
import PuljeKit

/// `pulje diff DATA --from P --to Q`: two periods or phases compared per project and
/// institution, with significance tests and, where child sheets follow the same children,
/// the panel of transitions; written atomically like `report`.
struct Diff: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        abstract: "Compare two periods or phases (default output reports/<name of DATA>-diff-<from>-<to>/).",
        discussion: """
            --from and --to take a period number (1, 2, 4-7) or a phase name (udbredelse, \
            virkning), the latter meaning the periods of that phase for each project. Writes \
            diff.txt, diff.csv, transitions.csv and problems.csv.
            """
    )

    @Argument(help: "Data folder.")
    var data: String

    @Option(help: "The earlier side: a period number or a phase name.")
    var from: String

    @Option(help: "The later side: a period number or a phase name.")
    var to: String

    @OptionGroup var options: ReportOptions
    @OptionGroup var common: CommonOptions

    var language: Language { common.lang }

    func run() throws {
        try options.check()
        if try options.formats().contains(.html) { throw Failure.usage(.diffFormatHTML) }
        let catalogue = try common.loadCatalogue()
        let first = try side(from, option: "--from", catalogue: catalogue)
        let second = try side(to, option: "--to", catalogue: catalogue)
        guard first != second else { throw Failure.usage(.sameSides("\(first)")) }
        let projects = try options.chosenProjects(in: catalogue)
        let name = reportName(of: data)
        let folder = try options.folder(name: "\(name)-diff-\(first)-\(second)", kind: .diff, data: [data])
        let result = try readData([data], catalogue: catalogue, keepingChildren: true, language: language)
        try options.refuseErrors(result, language: language)
        let report = DiffReport(
            result, from: first, to: second, catalogue: catalogue, language: language, name: name,
            projects: projects, minimumCell: options.minCell)
        // A suppression pattern the audit cannot prove is never published (SPEC 4).
        guard report.disclosure.holds else { throw Failure.disclosureUnproven }
        try options.write(
            report.reportFiles(formats: try options.formats(), csvStyle: options.csvStyle), to: folder,
            result: result, terminal: common.terminal)
    }

    private func side(_ text: String, option: String, catalogue: Catalogue) throws(Failure) -> PeriodScope {
        guard let scope = PeriodScope(side: text, catalogue: catalogue) else {
            let periods = catalogue.collectedPeriods.map(\.description)
            throw .usage(.unknownSide(option: option, value: text, periods: periods))
        }
        return scope
    }
}
