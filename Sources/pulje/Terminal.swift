import ArgumentParser
import Foundation
import PuljeKit

/// What the command line writes beside its results, in the run's language: notes on stdout,
/// warnings and failures on stderr as `pulje: <sentence>`, a usage error followed by the
/// command's synopsis and where its help is. The end of the one failure path: every error a
/// command throws is worded by `FailureMessage` here and nowhere else.
struct Terminal {
    var language: Language
    /// The subcommand the run named, for a usage error's synopsis; nil for `pulje` itself.
    var command: ParsableCommand.Type?

    /// A note on stdout (where a report was written, the cost check).
    func note(_ note: UsageNote) {
        print(language.text(note))
    }

    /// A line on stderr that does not stop the run.
    func warn(_ sentence: String) {
        FileHandle.standardError.write(Data("pulje: \(sentence)\n".utf8))
    }

    /// Ends a run with an error from the parser: help and version requests print as the
    /// library has them (exit 0); a parse error is a usage error in the run's language.
    func exit(forParseError error: any Error) -> Never {
        if Pulje.exitCode(for: error) == .success { Pulje.exit(withError: error) }
        exit(for: Failure.usage(UsageText(parserMessage: Pulje.message(for: error))))
    }

    /// Ends a run with a command's error: `ExitCode` after results that hold errors (their
    /// listing is the output), `CleanExit` (help) as the library prints it, anything else as
    /// `FailureMessage`'s sentence and exit code.
    func exit(for error: any Error) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        if Pulje.exitCode(for: error) == .success { Pulje.exit(withError: error) }
        let message = FailureMessage(error)
        var lines = ["pulje: " + message.sentence(language)]
        if message.isUsage {
            let subcommand = command.flatMap { $0 == Pulje.self ? nil : $0 }
            let name = subcommand.map { "pulje \($0._commandName)" } ?? "pulje"
            let synopsis = subcommand.map { Pulje.usageString(for: $0) } ?? Pulje.usageString()
            lines.append(language.text(UsageText.usageLine(synopsis)))
            lines.append(language.text(UsageText.seeHelp("\(name) --help")))
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        Foundation.exit(message.exitCode)
    }
}

/// Exit code 1 after a result that lists errors in the data (README, Exit codes).
let errorsInData = ExitCode(1)
