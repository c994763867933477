import ArgumentParser
import Foundation
import PuljeKit

/// `pulje audit DIR...`: what pulje's published files tell a reader about each hidden count,
/// from the files alone (SPEC 4).
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit the suppression of published report and diff folders.",
        discussion: """
            Reads traffic_light.csv, diff.csv and transitions.csv of every folder given, all of \
            them together, and computes for every hidden count its feasibility interval (the least \
            and greatest whole value consistent with everything published). Exit 1 when one is \
            narrower than the protection width (2, or what the always-shown figures allow).
            """
    )

    @Argument(help: "Report and diff folders written by pulje.")
    var folders: [String]

    @Option(help: "The threshold the folders were written with (blank panel groups below it may hold zeros).")
    var minCell = 5

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.lang
        var failed = false
        try runReportingFailures {
            let catalogue = try common.loadCatalogue()
            let tables: PublishedTables
            do throws(PublishedTablesError) {
                tables = try PublishedTables(folders: folders, catalogue: catalogue, minimumCell: minCell)
            } catch {
                throw Failure(message: error.message(language))
            }
            let audit = tables.audit()
            let number = NumberFormat(language)
            let narrowest = audit.narrowest
            print(
                language.pick(
                    da: "\(number.integer(tables.tables.count)) sammenhængende tabeller, \(number.integer(audit.findings.count)) skjulte tal.",
                    en: "\(number.integer(tables.tables.count)) linked tables, \(number.integer(audit.findings.count)) hidden counts."))
            if let narrowest, let interval = narrowest.interval {
                print(
                    language.pick(
                        da: "Smalleste interval: \(interval) (\(interval.width.map { number.integer($0) } ?? "∞") bredt, krav \(narrowest.required)): \(narrowest.label)",
                        en: "Narrowest interval: \(interval) (\(interval.width.map { number.integer($0) } ?? "∞") wide, required \(narrowest.required)): \(narrowest.label)"))
            }
            for failure in audit.failures.prefix(50) {
                let interval = failure.interval.map { "\($0)" } ?? language.pick(da: "modstridende tal", en: "contradictory figures")
                print(
                    language.pick(
                        da: "  for smal: \(failure.label) farve \(failure.cell + 1): \(interval), krav \(failure.required)",
                        en: "  too narrow: \(failure.label) colour \(failure.cell + 1): \(interval), required \(failure.required)"))
            }
            print(
                language.pick(
                    da: "\(number.integer(audit.failures.count)) skjulte tal under kravet.",
                    en: "\(number.integer(audit.failures.count)) hidden counts below the requirement."))
            failed = !audit.failures.isEmpty
        }
        if failed { throw ExitCode(1) }
    }
}
