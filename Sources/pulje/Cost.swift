import ArgumentParser
import Foundation
import PuljeKit

/// `pulje cost`: the evaluation's cost tables recomputed with the SIRKA model (SPEC 5), beside
/// the published figures, and what-if prices with other wages, group sizes, overhead, working
/// hours or price year.
struct Cost: ParsableCommand {
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

    func validate() throws {
        guard overhead >= 0 else { throw ValidationError("--overhead must be 0 or more.") }
        guard hoursPerYear > 0 else { throw ValidationError("--hours-per-year must be above 0.") }
        if let childrenPerHolding, childrenPerHolding <= 0 {
            throw ValidationError("--children-per-holding must be above 0.")
        }
        guard (index == nil) == (toYear == nil) else { throw ValidationError("--index and --to-year go together.") }
        guard tolerance >= 0 else { throw ValidationError("--tolerance must be 0 or more.") }
        for name in format.split(separator: ",") where name != "text" && name != "csv" {
            throw ValidationError("--format takes text, csv or text,csv, not '\(name)'.")
        }
    }

    func run() throws {
        try runReportingFailures {
            let catalogue = try common.loadCatalogue()
            let lang = common.lang
            let inputs = [wages, activities, index].compactMap { $0 }
            let folder = format.split(separator: ",").contains("csv")
                ? try outputFolder(out, kind: .cost, inputs: inputs, language: lang) : nil
            var notes: [String] = []
            do {
                var table = WageTable.standard
                if let wages {
                    let own = try WageTable.load(wages)
                    table = table.overlaid(with: own)
                    let ownRoles = Set(own.wages.keys.map(\.role.id)).sorted().joined(separator: ", ")
                    notes.append(lang.pick(
                        da: "Egne lønninger fra \(wages) for: \(ownRoles); øvrige roller har standardlønnen (wages-2022.csv).",
                        en: "Own wages from \(wages) for: \(ownRoles); other roles keep the default wage (wages-2022.csv)."))
                }
                var factor = 1.0
                if let index, let toYear {
                    guard let found = try WageIndex.load(index).factor(from: 2022, to: toYear) else {
                        throw Failure(message: "\(index) has no index for 2022 or \(toYear).")
                    }
                    factor = found
                    notes.append(lang.pick(
                        da: "Priser flyttet fra 2022 til \(toYear) med indeks fra \(index) (faktor \(NumberFormat(lang).text(ReportNumber(measured: found, .factor)))).",
                        en: "Prices moved from 2022 to \(toYear) by the index in \(index) (factor \(NumberFormat(lang).text(ReportNumber(measured: found, .factor))))."))
                }
                let model = CostModel(wages: table, hoursPerYear: hoursPerYear, overhead: overhead, priceFactor: factor)
                var chosen = try activities.map { path throws(CostError) in try PricedActivity.load(path) } ?? PricedActivity.standard
                if !projects.isEmpty {
                    let wanted = Set(projects.map { ProjectID(ColumnName.fold($0)) })
                    if let unknown = wanted.first(where: { project in !chosen.contains { $0.project == project } }) {
                        throw Failure(message: "--project \(unknown) has no priced activities.")
                    }
                    chosen = chosen.filter { wanted.contains($0.project) }
                }
                let costs = try chosen.map { activity throws(CostError) in
                    try model.price(activity, childrenPerHolding: childrenPerHolding)
                }
                let report = CostReport(costs: costs, catalogue: catalogue, language: lang, notes: notes)
                let formats = Set(format.split(separator: ",").map(String.init))
                if formats.contains("text") { print(report.text(), terminator: "") }
                if let folder {
                    try writeFolder(
                        folder, [.text("costs.csv", report.costsCSV()), .text("cost_hours.csv", report.hoursCSV())],
                        language: lang)
                    print(lang.pick(da: "CSV skrevet til \(out)/", en: "CSV written to \(out)/"))
                }
                if check {
                    let off = report.deviations(tolerancePercent: tolerance)
                    for cost in off {
                        let deviation = NumberFormat(lang).text(ReportNumber(measured: cost.deviationPercent!, .percent))
                        FileHandle.standardError.write(Data("pulje: \(cost.activity.project) \(cost.activity.name): \(deviation) %\n".utf8))
                    }
                    let held = costs.filter { $0.activity.heldToPublished && $0.deviationPercent != nil }.count
                    print(lang.pick(
                        da: "Kontrol: \(held - off.count) af \(held) aktiviteter inden for \(NumberFormat(lang).text(ReportNumber(measured: tolerance, .percent))) %.",
                        en: "Check: \(held - off.count) of \(held) activities within \(NumberFormat(lang).text(ReportNumber(measured: tolerance, .percent))) %."))
                    if !off.isEmpty { throw ExitStatus.dataErrors }
                }
            } catch let error as CostError {
                throw Failure(message: error.message(lang))
            }
        }
    }
}
