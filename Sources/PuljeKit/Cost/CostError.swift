/// Why activities cannot be priced: each case names the file line, the activity and the role,
/// like a problem in a sheet.
public enum CostError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingWage(role: String, activity: String, file: String, line: Int)
    case noChildren(activity: String, file: String, line: Int)
    case negativeHours(role: String, activity: String, file: String, line: Int)
    case invalidValue(file: String, line: Int, column: String, value: String, expected: String)
    case missingColumn(file: String, column: String)
    case unreadable(file: String, reason: String)

    public func message(_ language: Language) -> String {
        let l = language
        switch self {
        case .missingWage(let role, let activity, let file, let line):
            return l.pick(
                da: "\(file):\(line): '\(activity)' bruger rollen '\(role)', som lønfilen ikke har en årsløn for.",
                en: "\(file):\(line): '\(activity)' uses the role '\(role)', which the wage file has no annual wage for.")
        case .noChildren(let activity, let file, let line):
            return l.pick(
                da: "\(file):\(line): '\(activity)' har 0 børn pr. afholdelse; prisen pr. barn kan ikke beregnes.",
                en: "\(file):\(line): '\(activity)' has 0 children per holding; no cost per child can be computed.")
        case .negativeHours(let role, let activity, let file, let line):
            return l.pick(
                da: "\(file):\(line): '\(activity)' har et negativt antal timer for '\(role)'.",
                en: "\(file):\(line): '\(activity)' has a negative number of hours for '\(role)'.")
        case .invalidValue(let file, let line, let column, let value, let expected):
            return l.pick(
                da: "\(file):\(line) (\(column)): '\(value)' er ugyldig; forventet \(expected).",
                en: "\(file):\(line) (\(column)): '\(value)' is invalid; expected \(expected).")
        case .missingColumn(let file, let column):
            return l.pick(da: "\(file): kolonnen '\(column)' mangler.", en: "\(file): the column '\(column)' is missing.")
        case .unreadable(let file, let reason):
            return l.pick(da: "\(file): kan ikke læses (\(reason)).", en: "\(file): cannot be read (\(reason)).")
        }
    }

    public var description: String { message(.english) }
}
