import ArgumentParser
import Foundation
import PuljeKit

/// `pulje cost`: the evaluation's cost tables recomputed with the SIRKA model (SPEC 5), beside
/// the published figures, and what-if prices with other wages, group sizes, overhead, working
/// hours or price year.
struct Cost: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        abstract: "Price the activities (SIRKA model) and compare with the published cost tables.",
        discussion: """
            Text goes to standard output; CSV files (costs.csv, cost_hours.csv) to --out. \
            With --check the exit code is 1 when an activity held to its published cost \
            deviates by more than --tolerance percent.
            """
    )

    @Option(name: .customLong("project"), help: "Only this project (repeatable); all by default.")
    var projects: [String] = []

    @Option(help: "A wage file (role,municipality,annual_wage_kr) laid over the default wages.")
    var wages: String?

    @Option(help: "Another activities file with the columns of activities.csv.")
    var activities: String?

    @Option(help: "Overhead on wages (SPEC 5: 0.20).")
    var overhead = 0.20

    @Option(help: "Working hours a year (SPEC 5: 1600).")
    var hoursPerYear = 1600.0

    @Option(help: "Children per holding for every activity, instead of the tables' group sizes.")
    var childrenPerHolding: Double?

    @Option(help: "A wage index file (year,index) to move 2022 prices to --to-year.")
    var index: String?

    @Option(help: "The price year to move to with --index.")
    var toYear: Int?

    @Option(help: "What to write: text, csv or text,csv.")
    var format = "text"

    @Option(help: "Folder for the CSV files.")
    var out = "reports/costs"

    @Flag(help: "Exit 1 when an activity held to its published cost deviates by more than --tolerance.")
    var check = false

    @Option(help: "Tolerance for --check, in percent.")
    var tolerance = 1.0

    @OptionGroup var common: CommonOptions

    var language: Language { common.lang }

    func run() throws {
        let formats = try chosenFormats()
        let scenario = try CostScenario(
            wagesFile: wages, activitiesFile: activities, indexFile: index, toYear: toYear, overhead: overhead,
            hoursPerYear: hoursPerYear, childrenPerHolding: childrenPerHolding, projects: projects,
            tolerancePercent: tolerance)
        let catalogue = try common.loadCatalogue()
        let folder = formats.contains("csv") ? try ReportFolder(out, kind: .cost, inputs: scenario.inputs) : nil
        let pricing = try scenario.price()
        let terminal = common.terminal
        let report = CostReport(
            costs: pricing.costs, catalogue: catalogue, language: language, notes: pricing.notes.map { language.text($0) })
        if formats.contains("text") { print(report.text(), terminator: "") }
        if let folder {
            try writeFolder(
                folder, [.text("costs.csv", report.costsCSV()), .text("cost_hours.csv", report.hoursCSV())], terminal: terminal)
            terminal.note(.csvWritten(folder: out))
        }
        if check {
            let check = pricing.check
            for deviation in check.deviationNotes { terminal.warn(language.text(deviation)) }
            terminal.note(check.summary)
            if !check.passes { throw errorsInData }
        }
    }

    /// `--format`'s parts: text, csv or both; anything else is a usage error.
    private func chosenFormats() throws(Failure) -> Set<String> {
        let names = format.split(separator: ",").map(String.init)
        if let other = names.first(where: { $0 != "text" && $0 != "csv" }) { throw .usage(.costFormat(other)) }
        return Set(names)
    }
}
