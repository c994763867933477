extension UsageNote {
    public var english: String {
        let number = NumberFormat(.english)
        return switch self {
        case .reportWritten(let folder): "Report written to \(folder)/"
        case .csvWritten(let folder): "CSV written to \(folder)/"
        case .ownWages(let file, let roles):
            "Own wages from \(file) for: \(roles.joined(separator: ", ")); other roles keep the default wage (wages-2022.csv)."
        case .pricesMoved(let year, let file, let factor):
            "Prices moved from 2022 to \(year) by the index in \(file) (factor \(number.text(ReportNumber(measured: factor, .factor))))."
        case .costCheck(let within, let held, let tolerance):
            "Check: \(within) of \(held) activities within \(number.text(ReportNumber(measured: tolerance, .percent))) %."
        case .costDeviation(let project, let activity, let deviation):
            "\(project) \(activity): \(number.text(ReportNumber(measured: deviation, .percent))) %"
        case .auditTables(let tables, let hidden):
            "\(number.integer(tables)) linked tables, \(number.integer(hidden)) hidden counts."
        case .auditNarrowest(let interval, let required, let label):
            "Narrowest interval: \(interval) (\(interval.width.map { number.integer($0) } ?? "∞") wide, required \(required)): \(label)"
        case .auditTooNarrow(let label, let colour, let interval, let required):
            "  too narrow: \(label) colour \(colour): \(interval.map { "\($0)" } ?? "contradictory figures"), required \(required)"
        case .auditBelowRequirement(let count): "\(number.integer(count)) hidden counts below the requirement."
        }
    }
}
