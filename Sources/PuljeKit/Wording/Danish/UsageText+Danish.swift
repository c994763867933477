extension UsageText {
    public var danish: String {
        switch self {
        case .unknownProject(let project): "--project \(project) står ikke i kataloget."
        case .noPricedActivities(let project): "--project \(project) har ingen prissatte aktiviteter."
        case .minCellBelowOne: "--min-cell skal være 1 eller mere."
        case .reportFormat(let value?): "--format tager text, csv og html, adskilt af komma, ikke '\(value)'."
        case .reportFormat(nil): "--format tager text, csv og html, adskilt af komma."
        case .diffFormatHTML: "pulje diff skriver text og csv; --format html hører til pulje report."
        case .costFormat(let value): "--format tager text, csv eller text,csv, ikke '\(value)'."
        case .overheadNegative: "--overhead skal være 0 eller mere."
        case .hoursPerYearNotPositive: "--hours-per-year skal være over 0."
        case .childrenPerHoldingNotPositive: "--children-per-holding skal være over 0."
        case .indexWithoutYear: "--index og --to-year skal gives sammen."
        case .toleranceNegative: "--tolerance skal være 0 eller mere."
        case .sameSides(let side): "--from og --to angiver den samme side (\(side))."
        case .unknownSide(let option, let value, let periods):
            "\(option) \(value) er hverken en indsamlet periode (\(periods.joined(separator: ", "))) eller en fase (udbredelse, virkning)."
        case .unknownOption(let option, nil): "Ukendt tilvalg '\(option)'."
        case .unknownOption(let option, let suggestion?): "Ukendt tilvalg '\(option)'. Mente du '\(suggestion)'?"
        case .missingValue(let option): "'\(option)' mangler sin værdi."
        case .unexpectedArguments(let values) where values.count == 1: "Uventet argument '\(values[0])'."
        case .unexpectedArguments(let values):
            "\(values.count) uventede argumenter: '\(values.joined(separator: "', '"))'."
        case .missingArgument(let argument): "Argumentet '\(argument)' mangler."
        case .invalidValue(let value, let option, let choices) where choices.isEmpty:
            "Værdien '\(value)' er ugyldig for '\(option)'."
        case .invalidValue(let value, let option, let choices):
            "Værdien '\(value)' er ugyldig for '\(option)'. Angiv \(Self.danishChoices(choices))."
        case .valueNotTaken(let option, let value):
            "Tilvalget '\(option)' tager ingen værdi, men fik '\(value)'."
        case .parser(let message): message
        case .usageLine(let synopsis): "Brug: \(synopsis)"
        case .seeHelp(let command): "  Se '\(command)' for mere hjælp."
        }
    }

    /// `'a' eller 'b'`, `'a', 'b' eller 'c'`.
    private static func danishChoices(_ choices: [String]) -> String {
        let quoted = choices.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.joined() }
        return quoted.dropLast().joined(separator: ", ") + " eller " + quoted[quoted.count - 1]
    }
}
