/// What the command line says of a run besides its report and its failures: where it wrote,
/// the notes on a cost scenario's own inputs, the cost check and the audit's findings.
public enum UsageNote: Hashable, Sendable, WordedText {
    case reportWritten(folder: String)
    case csvWritten(folder: String)
    /// `--wages`: the roles the own file gives a wage for.
    case ownWages(file: String, roles: [String])
    /// `--index`/`--to-year`: 2022 prices moved by `factor`.
    case pricesMoved(toYear: Int, file: String, factor: Double)
    /// `--check`: activities within the tolerance of the ones held to their published cost.
    case costCheck(within: Int, held: Int, tolerancePercent: Double)
    /// `--check`: one activity outside the tolerance.
    case costDeviation(project: String, activity: String, deviationPercent: Double)
    case auditTables(tables: Int, hidden: Int)
    case auditNarrowest(interval: FeasibilityInterval, required: Int, label: String)
    /// `colour` counts from 1; `interval` nil when the published figures contradict each other.
    case auditTooNarrow(label: String, colour: Int, interval: FeasibilityInterval?, required: Int)
    case auditBelowRequirement(Int)
}
