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
        guard overhead >= 0 else { throw Failure.usage(.overheadNegative) }
        guard hoursPerYear > 0 else { throw Failure.usage(.hoursPerYearNotPositive) }
        if let childrenPerHolding, childrenPerHolding <= 0 { throw Failure.usage(.childrenPerHoldingNotPositive) }
        guard (index == nil) == (toYear == nil) else { throw Failure.usage(.indexWithoutYear) }
        guard tolerance >= 0 else { throw Failure.usage(.toleranceNegative) }
        for name in format.split(separator: ",") where name != "text" && name != "csv" {
            throw Failure.usage(.costFormat(String(name)))
        }
        let catalogue = try common.loadCatalogue()
        let lang = common.lang
        let terminal = common.terminal
        let inputs = [wages, activities, index].compactMap { $0 }
        let folder = format.split(separator: ",").contains("csv") ? try ReportFolder(out, kind: .cost, inputs: inputs) : nil
        var notes: [UsageNote] = []
        var table = WageTable.standard
        if let wages {
            let own = try WageTable.load(wages)
            table = table.overlaid(with: own)
            notes.append(.ownWages(file: wages, roles: Set(own.wages.keys.map(\.role.id)).sorted()))
        }
        var factor = 1.0
        if let index, let toYear {
            let loaded = try WageIndex.load(index)
            for year in [2022, toYear] where loaded.values[year] == nil {
                throw CostError.indexLacksYear(file: index, year: year)
            }
            factor = loaded.factor(from: 2022, to: toYear)!
            notes.append(.pricesMoved(toYear: toYear, file: index, factor: factor))
        }
        let model = CostModel(wages: table, hoursPerYear: hoursPerYear, overhead: overhead, priceFactor: factor)
        var chosen = try activities.map { path throws(CostError) in try PricedActivity.load(path) } ?? PricedActivity.standard
        if !projects.isEmpty {
            let wanted = projects.map { ProjectID(ColumnName.fold($0)) }
            if let unknown = wanted.first(where: { project in !chosen.contains { $0.project == project } }) {
                throw Failure.usage(.noPricedActivities(unknown.rawValue))
            }
            chosen = chosen.filter { wanted.contains($0.project) }
        }
        let costs = try chosen.map { activity throws(CostError) in
            try model.price(activity, childrenPerHolding: childrenPerHolding)
        }
        let report = CostReport(costs: costs, catalogue: catalogue, language: lang, notes: notes.map { lang.text($0) })
        let formats = Set(format.split(separator: ",").map(String.init))
        if formats.contains("text") { print(report.text(), terminator: "") }
        if let folder {
            try writeFolder(
                folder, [.text("costs.csv", report.costsCSV()), .text("cost_hours.csv", report.hoursCSV())], terminal: terminal)
            terminal.note(.csvWritten(folder: out))
        }
        if check {
            let off = report.deviations(tolerancePercent: tolerance)
            for cost in off {
                terminal.warn(lang.text(UsageNote.costDeviation(
                    project: cost.activity.project.rawValue, activity: cost.activity.name, deviationPercent: cost.deviationPercent!)))
            }
            let held = costs.filter { $0.activity.heldToPublished && $0.deviationPercent != nil }.count
            terminal.note(.costCheck(within: held - off.count, held: held, tolerancePercent: tolerance))
            if !off.isEmpty { throw errorsInData }
        }
    }
}
