import ArgumentParser
import Foundation
import PuljeKit

/// Options every data command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages and reports: da (Danish) or en (English).")
    var lang: Language = .danish

    @Option(name: .long, help: "Folder with another catalogue (periods.csv, phases.csv, projects.csv, elements.csv).")
    var catalogue: String?

    /// The catalogue to use, or exit 2 with a located message.
    func loadCatalogue() throws -> Catalogue {
        guard let catalogue else { return .standard }
        do {
            return try Catalogue.load(directory: catalogue)
        } catch {
            throw Failure(message: error.message(lang))
        }
    }
}

extension Language: ExpressibleByArgument {}

/// A failure that is the user's or the file system's, not the data's: printed, exit code 2.
struct Failure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Exit codes (README): 0 no errors, 1 errors in the data, 2 usage or I/O failure.
enum ExitStatus {
    static let dataErrors = ExitCode(1)
    static let failure = ExitCode(2)
}

/// Runs a command body, turning a `Failure` into a message on stderr and exit code 2.
func runReportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        FileHandle.standardError.write(Data(("pulje: " + failure.message + "\n").utf8))
        throw ExitStatus.failure
    }
}

/// Reads the data paths, or fails with exit 2 when one does not exist.
func readData(
    _ paths: [String], catalogue: Catalogue, keepingChildren: Bool = false, language: Language = .danish
) throws -> ValidationResult {
    let terminal = ProgressLine(language: language)
    defer { terminal.finish() }
    let progress: ((ReadProgress) -> Void)? = terminal.isActive ? { terminal.start($0) } : nil
    do {
        return try Validation(catalogue: catalogue, keepsChildren: keepingChildren).run(paths: paths, progress: progress)
    } catch {
        throw Failure(message: error.message(language))
    }
}
