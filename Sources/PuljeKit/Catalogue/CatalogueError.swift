/// Why a catalogue could not be loaded: each case names the file and, where it can, the line
/// and column, like a problem in a sheet.
public enum CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingFile(directory: String, file: String)
    case unreadable(file: String, reason: String)
    case malformedQuoting(file: String, line: Int)
    case missingColumn(file: String, column: String)
    case invalidValue(file: String, line: Int, column: String, value: String, expected: String)
    case duplicate(file: String, line: Int, value: String)
    case unknownProject(file: String, line: Int, value: String)
    case unknownPeriod(file: String, line: Int, value: String)

    public func message(_ language: Language) -> String {
        let l = language
        switch self {
        case .missingFile(let directory, let file):
            return l.pick(
                da: "Kataloget i \(directory) mangler filen \(file).",
                en: "The catalogue in \(directory) lacks the file \(file).")
        case .unreadable(let file, let reason):
            return l.pick(
                da: "\(file): kan ikke læses (\(reason)).", en: "\(file): cannot be read (\(reason)).")
        case .malformedQuoting(let file, let line):
            return l.pick(
                da: "\(file):\(line): forkert brug af citationstegn.",
                en: "\(file):\(line): malformed quoting.")
        case .missingColumn(let file, let column):
            return l.pick(
                da: "\(file): kolonnen '\(column)' mangler.", en: "\(file): the column '\(column)' is missing.")
        case .invalidValue(let file, let line, let column, let value, let expected):
            return l.pick(
                da: "\(file):\(line) (\(column)): '\(value)' er ugyldig; forventet \(expected).",
                en: "\(file):\(line) (\(column)): '\(value)' is invalid; expected \(expected).")
        case .duplicate(let file, let line, let value):
            return l.pick(
                da: "\(file):\(line): '\(value)' står der allerede.",
                en: "\(file):\(line): '\(value)' is listed already.")
        case .unknownProject(let file, let line, let value):
            return l.pick(
                da: "\(file):\(line): projektet '\(value)' står ikke i projects.csv.",
                en: "\(file):\(line): the project '\(value)' is not in projects.csv.")
        case .unknownPeriod(let file, let line, let value):
            return l.pick(
                da: "\(file):\(line): perioden '\(value)' står ikke i periods.csv.",
                en: "\(file):\(line): the period '\(value)' is not in periods.csv.")
        }
    }

    public var description: String { message(.english) }
}
