/// The follow-up of one period (issue 18): which expected institutions sent no sheet row,
/// which indicators went blank, and which values look implausible, per project. The entry
/// point of `pulje datarapport` and of `pulje validate --period`; the data report's page is
/// built on `flags` and `completeness`.
public struct PeriodFollowUp: Sendable {
    /// The thresholds of the plausibility rules.
    public struct Options: Sendable, Hashable {
        /// A value-jump needs now/before >= ratio or <= 1/ratio ...
        public var jumpRatio: Double
        /// ... and |now - before| >= this: in the bundled data, counts of 1-5 routinely
        /// triple from one period to the next (1 -> 4 parent events), while no count of 10 or
        /// more does; the absolute floor keeps small counts quiet.
        public var jumpMinimumChange: Int
        /// Iglewicz and Hoaglin's cut-off for the modified z-score.
        public var outlierCutoff: Double
        /// Fewer institutions than this give no outlier (a median of three says little).
        public var outlierMinimumInstitutions: Int
        /// A copied row needs at least this many registered values.
        public var copiedMinimumValues: Int

        public init(
            jumpRatio: Double = 3, jumpMinimumChange: Int = 10, outlierCutoff: Double = 3.5,
            outlierMinimumInstitutions: Int = 4, copiedMinimumValues: Int = 3
        ) {
            self.jumpRatio = jumpRatio
            self.jumpMinimumChange = jumpMinimumChange
            self.outlierCutoff = outlierCutoff
            self.outlierMinimumInstitutions = outlierMinimumInstitutions
            self.copiedMinimumValues = copiedMinimumValues
        }
    }

    public let period: Period
    /// Every flag, by project, institution, code and measure.
    public let flags: [QualityFlag]
    /// One entry per project the period covers.
    public let completeness: [Completeness]

    /// `projects`: only these (all projects with registrations when nil); `rosters`: a
    /// project's roster, which then decides who is expected.
    public init(
        dataset: Dataset, period: Period, projects: [ProjectID]? = nil, rosters: [ProjectID: Roster] = [:],
        options: Options = Options()
    ) {
        self.period = period
        var flags: [QualityFlag] = []
        var completeness: [Completeness] = []
        for project in projects ?? dataset.projects {
            let byInstitution = Dictionary(grouping: dataset.registrations(of: project), by: \.key.institution)
            let entry = Completeness(
                project: project, period: period, registrations: byInstitution, roster: rosters[project])
            completeness.append(entry)
            for institution in entry.missing {
                flags.append(
                    QualityFlag(
                        project: project, institution: institution, period: period, code: .institutionMissing,
                        measure: nil, value: nil, comparedWith: nil))
            }
            for (institution, indicators) in entry.blankIndicators.sorted(by: { $0.key < $1.key }) {
                let before = Self.previous(byInstitution[institution] ?? [], period)
                for indicator in indicators {
                    flags.append(
                        QualityFlag(
                            project: project, institution: institution, period: period, code: .indicatorMissing,
                            measure: indicator.id, value: nil, comparedWith: before?[indicator].map(Double.init)))
                }
            }
            let current = byInstitution.values.compactMap { list in list.first { $0.key.period == period } }
                .sorted { $0.key < $1.key }
            for registration in current {
                let earlier = Self.previous(byInstitution[registration.key.institution] ?? [], period)
                flags += PlausibilityRules.ownHistory(registration, previous: earlier, options: options)
            }
            flags += PlausibilityRules.outliers(current, options: options)
        }
        self.flags = flags.sorted {
            ($0.project, $0.institution ?? "", $0.code.rawValue, $0.measure ?? "")
                < ($1.project, $1.institution ?? "", $1.code.rawValue, $1.measure ?? "")
        }
        self.completeness = completeness
    }

    /// The institution's registration in the latest period before `period`.
    static func previous(_ registrations: [Registration], _ period: Period) -> Registration? {
        registrations.filter { $0.key.period < period }.max { $0.key.period < $1.key.period }
    }
}
