extension UsageText {
    public var english: String {
        switch self {
        case .unknownProject(let project): "--project \(project) is not in the catalogue."
        case .noPricedActivities(let project): "--project \(project) has no priced activities."
        case .minCellBelowOne: "--min-cell must be 1 or more."
        case .reportFormat(let value?): "--format takes text, csv and html, comma-separated, not '\(value)'."
        case .reportFormat(nil): "--format takes text, csv and html, comma-separated."
        case .diffFormatHTML: "pulje diff writes text and csv; --format html is for pulje report."
        case .costFormat(let value): "--format takes text, csv or text,csv, not '\(value)'."
        case .overheadNegative: "--overhead must be 0 or more."
        case .hoursPerYearNotPositive: "--hours-per-year must be above 0."
        case .childrenPerHoldingNotPositive: "--children-per-holding must be above 0."
        case .indexWithoutYear: "--index and --to-year go together."
        case .toleranceNegative: "--tolerance must be 0 or more."
        case .sameSides(let side): "--from and --to name the same side (\(side))."
        case .unknownSide(let option, let value, let periods):
            "\(option) \(value) is neither a collected period (\(periods.joined(separator: ", "))) nor a phase (udbredelse, virkning)."
        // The library's own English, word for word.
        case .unknownOption(let option, nil): "Unknown option '\(option)'"
        case .unknownOption(let option, let suggestion?): "Unknown option '\(option)'. Did you mean '\(suggestion)'?"
        case .missingValue(let option): "Missing value for '\(option)'"
        case .unexpectedArguments(let values) where values.count == 1: "Unexpected argument '\(values[0])'"
        case .unexpectedArguments(let values):
            "\(values.count) unexpected arguments: '\(values.joined(separator: "', '"))'"
        case .missingArgument(let argument): "Missing expected argument '\(argument)'"
        case .invalidValue(let value, let option, let choices) where choices.isEmpty:
            "The value '\(value)' is invalid for '\(option)'"
        case .invalidValue(let value, let option, let choices):
            "The value '\(value)' is invalid for '\(option)'. Please provide one of \(Self.englishChoices(choices))."
        case .valueNotTaken(let option, let value):
            "The option '\(option)' does not take any value, but '\(value)' was specified."
        case .parser(let message): message
        case .usageLine(let synopsis): "Usage: \(synopsis)"
        case .seeHelp(let command): "  See '\(command)' for more information."
        }
    }

    /// `'a' and 'b'`, `'a', 'b' or 'c'`, as the library lists values.
    private static func englishChoices(_ choices: [String]) -> String {
        let quoted = choices.map { "'\($0)'" }
        guard quoted.count > 2 else { return quoted.joined(separator: " and ") }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
    }
}
