/// One thing in a project's period that the evaluator should ask the project about
/// (issue 18): an institution without a sheet, an indicator left blank, a value that
/// jumped, lies far from the project's other institutions, or was copied from the last
/// period. One flag is one row of quality.csv and one line of the data report's follow-up
/// list, which the project answers.
public struct QualityFlag: Hashable, Sendable {
    /// What kind of follow-up this is; its raw value is the `code` column of quality.csv.
    public enum Code: String, CaseIterable, Sendable {
        /// Expected in the period (registered earlier, or on the roster), but no sheet row.
        case institutionMissing = "institution-missing"
        /// Registered in the previous period, blank now.
        case indicatorMissing = "indicator-missing"
        /// Far from the institution's own earlier periods (a ratio and an absolute change).
        case valueJump = "value-jump"
        /// Far from the project's other institutions in the period (modified z-score).
        case valueOutlier = "value-outlier"
        /// A row identical to the institution's previous period.
        case copiedRow = "copied-row"
        /// More children assessed than attached (an existing validation warning).
        case moreAssessedThanAttached = "more-assessed-than-attached"
        /// More events than participants (an existing validation warning).
        case moreEventsThanParticipants = "more-events-than-participants"
    }

    public let project: ProjectID
    /// The institution, or nil for a flag about the project as a whole.
    public let institution: String?
    public let period: Period
    public let code: Code
    /// The column id the flag is about (an indicator, a scale question or a traffic-light
    /// series), or nil when it is about the whole row.
    public let measure: String?
    /// The value registered now, or nil when it is blank or the row is missing.
    public let value: Double?
    /// What the value was compared with (the previous period's value, the project's median
    /// rate), or nil when there is no single figure.
    public let comparedWith: Double?

    public init(
        project: ProjectID, institution: String?, period: Period, code: Code, measure: String?,
        value: Double?, comparedWith: Double?
    ) {
        self.project = project
        self.institution = institution
        self.period = period
        self.code = code
        self.measure = measure
        self.value = value
        self.comparedWith = comparedWith
    }
}
