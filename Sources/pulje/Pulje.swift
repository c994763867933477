import ArgumentParser
import Foundation
import PuljeKit

/// `pulje`: the command line over PuljeKit. Each subcommand parses its options, calls the
/// library and prints; every failure, the library's and the command line's own, ends in
/// `Terminal.exit(for:)`, which asks `FailureMessage` for its sentence and exit code: 0 fine,
/// 1 errors in the data, 2 usage or I/O failure.
@main
struct Pulje: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pulje",
        abstract: "Analyses the registration sheets of Danish early-childhood pool projects.",
        subcommands: [Validate.self, Report.self, Diff.self, Audit.self, Cost.self, Generate.self]
    )

    /// Runs like ArgumentParser's default, but every failure goes through `FailureMessage`:
    /// a parse error is a usage error (exit 2, not 64) in the run's language.
    static func main() {
        // Ctrl-C or SIGTERM removes a write's temporary folder and exits 130 or 143.
        Interruption.install()
        let arguments = Array(CommandLine.arguments.dropFirst())
        var terminal = Terminal(language: Language.requested(in: arguments), command: subcommand(in: arguments))
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            terminal.exit(forParseError: error)
        }
        if let chosen = command as? LanguageChoosing { terminal.language = chosen.language }
        terminal.command = type(of: command)
        do {
            try command.run()
        } catch {
            terminal.exit(for: error)
        }
    }

    /// The subcommand the arguments name (its usage follows a usage error), nil for none.
    private static func subcommand(in arguments: [String]) -> ParsableCommand.Type? {
        guard let name = arguments.first else { return nil }
        return configuration.subcommands.first { $0._commandName == name }
    }
}

/// A command whose messages follow `--lang`.
protocol LanguageChoosing {
    var language: Language { get }
}

extension Language: ExpressibleByArgument {
    /// The `--lang` the arguments give (the last one, as the parser takes it), for failures met
    /// before they are parsed; Danish, the default, when none or an unknown one is given.
    static func requested(in arguments: [String]) -> Language {
        var chosen = Language.danish
        var rest = arguments[...]
        while let argument = rest.popFirst(), argument != "--" {
            if argument == "--lang", let value = rest.popFirst() {
                chosen = Language(rawValue: value) ?? chosen
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
        }
        return chosen
    }
}
