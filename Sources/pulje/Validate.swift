import ArgumentParser
import PuljeKit

/// `pulje validate DATA...`: every problem in the sheets, grouped by file, and a summary line.
struct Validate: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        abstract: "Check sheets and list every problem with file, line and column.",
        discussion: "Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O failure."
    )

    enum Format: String, ExpressibleByArgument {
        case text
        case csv
    }

    @Argument(help: "Data folders or sheet files.")
    var data: [String]

    @Option(help: "text (grouped by file) or csv (the problems.csv columns).")
    var format: Format = .text

    @OptionGroup var common: CommonOptions

    var language: Language { common.lang }

    func run() throws {
        let result = try readData(data, catalogue: try common.loadCatalogue(), language: language)
        let listing = ProblemListing(result, language: language)
        if format == .csv {
            // Streamed: the list of a file of millions of rejected rows is never held whole.
            listing.writeCSV { print($0, terminator: "") }
        } else {
            print(listing.text(), terminator: "")
        }
        if result.hasErrors { throw errorsInData }
    }
}
