extension UsageNote {
    public var danish: String {
        let number = NumberFormat(.danish)
        return switch self {
        case .reportWritten(let folder): "Rapport skrevet til \(folder)/"
        case .csvWritten(let folder): "CSV skrevet til \(folder)/"
        case .ownWages(let file, let roles):
            "Egne lønninger fra \(file) for: \(roles.joined(separator: ", ")); øvrige roller har standardlønnen (wages-2022.csv)."
        case .pricesMoved(let year, let file, let factor):
            "Priser flyttet fra 2022 til \(year) med indeks fra \(file) (faktor \(number.text(ReportNumber(measured: factor, .factor))))."
        case .costCheck(let within, let held, let tolerance):
            "Kontrol: \(within) af \(held) aktiviteter inden for \(number.text(ReportNumber(measured: tolerance, .percent))) %."
        case .costDeviation(let project, let activity, let deviation):
            "\(project) \(activity): \(number.text(ReportNumber(measured: deviation, .percent))) %"
        case .auditTables(let tables, let hidden):
            "\(number.integer(tables)) sammenhængende tabeller, \(number.integer(hidden)) skjulte tal."
        case .auditNarrowest(let interval, let required, let label):
            "Smalleste interval: \(interval) (\(interval.width.map { number.integer($0) } ?? "∞") bredt, krav \(required)): \(label)"
        case .auditTooNarrow(let label, let colour, let interval, let required):
            "  for smal: \(label) farve \(colour): \(interval.map { "\($0)" } ?? "modstridende tal"), krav \(required)"
        case .auditBelowRequirement(let count): "\(number.integer(count)) skjulte tal under kravet."
        }
    }
}
