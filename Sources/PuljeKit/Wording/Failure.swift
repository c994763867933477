/// A stop the command line makes itself, beside the engine's own error types: pulje was called
/// wrongly, or the run ends without writing. Thrown like any error; `FailureMessage` words it.
public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
    /// pulje was called wrongly: an unknown option, a value out of range, options that do not
    /// go together, a project or period the catalogue does not know (exit 2).
    case usage(UsageText)
    /// The data have errors, listed before, and `--skip-invalid` was not given (exit 1).
    case reportNotWritten
    /// The suppression pattern failed its own audit, so nothing is published (exit 2).
    case disclosureUnproven

    /// The English sentence, for logs and test output.
    public var description: String { FailureMessage(self).sentence(.english) }
}
