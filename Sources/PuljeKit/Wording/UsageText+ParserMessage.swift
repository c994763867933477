extension UsageText {
    /// The usage text of one of swift-argument-parser's parse errors, recognised in the
    /// library's English (its wording since 1.0, pinned by `scripts/check-cli`): the
    /// library tells its errors only as English sentences, so the common ones are read back
    /// into names that have a Danish sentence too. Any other sentence stays as the library
    /// wrote it (`.parser`).
    public init(parserMessage message: String) {
        if let match = message.wholeMatch(of: #/Unknown option '(.+)'\. Did you mean '(.+)'\?/#) {
            self = .unknownOption(String(match.1), suggestion: String(match.2))
        } else if let match = message.wholeMatch(of: #/Unknown option '(.+)'/#) {
            self = .unknownOption(String(match.1), suggestion: nil)
        } else if let match = message.wholeMatch(of: #/Missing value for '(.+)'/#) {
            self = .missingValue(String(match.1))
        } else if let match = message.wholeMatch(of: #/Unexpected argument '(.*)'/#) {
            self = .unexpectedArguments([String(match.1)])
        } else if let match = message.wholeMatch(of: #/\d+ unexpected arguments: '(.*)'/#) {
            self = .unexpectedArguments(match.1.split(separator: "', '", omittingEmptySubsequences: false).map(String.init))
        } else if let match = message.wholeMatch(of: #/Missing expected argument '(.+)'/#) {
            self = .missingArgument(String(match.1))
        } else if let match = message.wholeMatch(of: #/The value '(.*)' is invalid for '([^']+)'/#) {
            self = .invalidValue(String(match.1), option: String(match.2), choices: [])
        } else if let match = message.wholeMatch(
            of: #/The value '(.*)' is invalid for '([^']+)'\. Please provide one of ((?:'[^']*'(?:, | and | or )?)+)\./#)
        {
            let choices = match.3.matches(of: #/'([^']*)'/#).map { String($0.1) }
            self = .invalidValue(String(match.1), option: String(match.2), choices: choices)
        } else if let match = message.wholeMatch(of: #/The option '(.+)' does not take any value, but '(.*)' was specified\./#) {
            self = .valueNotTaken(option: String(match.1), value: String(match.2))
        } else {
            self = .parser(message)
        }
    }
}
