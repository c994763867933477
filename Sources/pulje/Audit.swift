import ArgumentParser
import Foundation
import PuljeKit

/// `pulje audit DIR...`: what pulje's published files tell a reader about each hidden count,
/// from the files alone (SPEC 4).
struct Audit: ParsableCommand, LanguageChoosing {
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

    var language: Language { common.lang }

    func run() throws {
        let catalogue = try common.loadCatalogue()
        let tables = try PublishedTables(folders: folders, catalogue: catalogue, minimumCell: minCell)
        let audit = tables.audit()
        let terminal = common.terminal
        terminal.note(.auditTables(tables: tables.tables.count, hidden: audit.findings.count))
        if let narrowest = audit.narrowest, let interval = narrowest.interval {
            terminal.note(.auditNarrowest(interval: interval, required: narrowest.required, label: narrowest.label))
        }
        for failure in audit.failures.prefix(50) {
            terminal.note(
                .auditTooNarrow(
                    label: failure.label, colour: failure.cell + 1, interval: failure.interval, required: failure.required))
        }
        terminal.note(.auditBelowRequirement(audit.failures.count))
        if !audit.failures.isEmpty { throw errorsInData }
    }
}
