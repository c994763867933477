/// What a validated data set holds, per project and period: how many institutions registered,
/// how many children they attached, which indicators they registered, and how many children
/// were placed on the traffic light. The first page of a run's report, and the check an
/// evaluator makes before analysing: is everything there that should be?
///
/// Computed by `Aggregation` from the figures it aggregates, so it covers the projects the
/// report covers (`--project`) and its children per period is the report's `boern` figure.
public struct DataSummary: Sendable {
    /// One project in one period.
    public struct Cell: Sendable, Equatable {
        public let period: Period
        public let phase: Phase?
        /// Institutions with a registration (sheet row or child rows).
        public let institutions: Int
        /// Sum of `boern` over the institutions that registered it; nil when none did.
        public let children: Int?
        /// Institutions that registered `boern`.
        public let institutionsReportingChildren: Int
        /// Children placed on the wellbeing traffic light; nil when no institution registered it.
        public let assessedWellbeing: Int?
        /// Child-sheet rows the traffic lights were counted from.
        public let childRows: Int
    }

    /// One project across its periods.
    public struct ProjectSummary: Sendable {
        public let project: Project
        public let cells: [Cell]
        /// Distinct institutions across all periods.
        public let institutions: Int
        /// Indicators registered at least once (SPEC 2.1, 2.2).
        public let indicators: [Indicator]
        /// Scale questions rated at least once (SPEC 2.3).
        public let questions: [ScaleQuestion]
        /// SPEC 4: the mean over registered periods of the sum over institutions (the project's
        /// `boern` figure over all periods); nil when no institution registered it.
        public let childrenPerPeriod: Ratio?

        /// The summary of one project's `registrations` (in data-set order), read off the
        /// project-level figures aggregated from them.
        init(
            _ project: Project, registrations: ArraySlice<Registration>, indicators: [Indicator],
            activity: [ActivityFigure], scales: [ScaleFigure], trafficLights: [TrafficLightFigure], catalogue: Catalogue
        ) {
            let wellbeing = TrafficLightSeries(.trivsel)
            // Registrations and child rows per period, in one pass.
            var rows: [Period: (institutions: Int, childRows: Int)] = [:]
            for index in registrations.indices {
                let registration = registrations[index]
                var period = rows[registration.key.period] ?? (0, 0)
                period.institutions += 1
                period.childRows += registration.childRows?.rows ?? 0
                rows[registration.key.period] = period
            }
            cells = rows.keys.sorted().map { period in
                let children = activity.first {
                    $0.institution == nil && $0.indicator == .boern && $0.scope == .period(period)
                }
                let assessed = trafficLights.first {
                    $0.institution == nil && $0.series == wellbeing && $0.scope == .period(period)
                }
                return Cell(
                    period: period, phase: catalogue.phase(of: project.id, in: period),
                    institutions: rows[period]!.institutions,
                    // A period's sum is whole.
                    children: children?.value.map { Int($0.numerator) },
                    institutionsReportingChildren: children?.institutionsReporting ?? 0,
                    assessedWellbeing: assessed?.n, childRows: rows[period]!.childRows)
            }
            self.project = project
            institutions = Set(registrations.indices.map { registrations[$0].key.institution }).count
            self.indicators = indicators
            questions = ScaleQuestion.allCases.filter { question in scales.contains { $0.question == question } }
            childrenPerPeriod = activity.first { $0.institution == nil && $0.indicator == .boern && $0.scope == .all }?.value
        }
    }

    /// In catalogue order (SPEC 6 sorts deterministically; reports follow the catalogue).
    public let projects: [ProjectSummary]
}
