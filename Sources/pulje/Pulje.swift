import ArgumentParser

/// `pulje`: the command line over PuljeKit. Each subcommand parses its options, calls the
/// library, prints, and maps the outcome to an exit code (0 fine, 1 data errors, 2 usage or
/// I/O failure).
@main
struct Pulje: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pulje",
        abstract: "Analyses the registration sheets of Danish early-childhood pool projects.",
        subcommands: [Validate.self, Report.self, Generate.self]
    )
}
