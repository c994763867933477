/// The sentence of every way pulje can be called wrongly: its own checks of the options
/// (an unknown project, a value out of range, options that do not go together) and the
/// common parse errors of swift-argument-parser (an unknown option, a missing value), which
/// `init?(parserMessage:)` recognises in the library's English. Thrown as `Failure.usage`;
/// the command line follows the sentence with `usageLine` and `seeHelp`.
public enum UsageText: Hashable, Sendable, WordedText {
    // pulje's own checks.
    case unknownProject(String)
    case noPricedActivities(String)
    case minCellBelowOne
    /// `--format` of report and diff: `value` is the part that is no format (nil: none given).
    case reportFormat(String?)
    case diffFormatHTML
    case costFormat(String)
    case overheadNegative
    case hoursPerYearNotPositive
    case childrenPerHoldingNotPositive
    case indexWithoutYear
    case toleranceNegative
    case sameSides(String)
    /// `--from`/`--to` naming neither a collected period nor a phase.
    case unknownSide(option: String, value: String, periods: [String])

    // swift-argument-parser's parse errors.
    case unknownOption(String, suggestion: String?)
    case missingValue(String)
    case unexpectedArguments([String])
    case missingArgument(String)
    /// `choices`: the values the option takes, where the library lists them.
    case invalidValue(String, option: String, choices: [String])
    case valueNotTaken(option: String, value: String)
    /// A parse error `init?(parserMessage:)` does not know: the library's English sentence.
    case parser(String)

    // After the sentence.
    /// The command's synopsis (`pulje cost <options>`).
    case usageLine(String)
    /// Where the whole help is (`pulje cost --help`).
    case seeHelp(String)
}
