import ArgumentParser
import Foundation
import PuljeKit

/// `pulje`: the command line over PuljeKit. Each subcommand parses its options, calls the
/// library, prints, and maps the outcome to an exit code: 0 fine, 1 errors in the data,
/// 2 usage or I/O failure.
@main
struct Pulje: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pulje",
        abstract: "Analyses the registration sheets of Danish early-childhood pool projects.",
        subcommands: [Validate.self, Report.self, Diff.self, Audit.self, Cost.self, Generate.self]
    )

    /// Runs like ArgumentParser's default, but a usage error exits with 2, not 64.
    static func main() {
        // Ctrl-C or SIGTERM removes a write's temporary folder and exits 130 or 143.
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.failure.rawValue)
            }
            exit(withError: error)
        }
    }
}
