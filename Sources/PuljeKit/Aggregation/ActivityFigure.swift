/// One activity or citizen-level indicator aggregated over a set of registrations (SPEC 4,
/// `activity.csv`): the sum over the institutions and periods that registered it, and how
/// many institutions that sum rests on. Nobody registered it: `value` is nil, never 0.
///
/// `boern` is the exception the evaluation makes: over several periods it is the children
/// per period, the mean over registered periods of the sum over institutions (SPEC 4).
public struct ActivityFigure: Hashable, Sendable {
    /// nil for all projects (Tabel 3).
    public let project: ProjectID?
    /// nil for all institutions of the project(s).
    public let institution: String?
    public let scope: PeriodScope
    /// The phase of a single period or a phase aggregate; nil otherwise.
    public let phase: Phase?
    public let indicator: Indicator
    /// Exact: a sum, or children per period (a ratio of whole numbers).
    public let value: Ratio?
    /// Distinct institutions whose registrations the value rests on.
    public let institutionsReporting: Int

    public init(
        project: ProjectID?, institution: String?, scope: PeriodScope, phase: Phase?,
        indicator: Indicator, value: Ratio?, institutionsReporting: Int
    ) {
        self.project = project
        self.institution = institution
        self.scope = scope
        self.phase = phase
        self.indicator = indicator
        self.value = value
        self.institutionsReporting = institutionsReporting
    }

    /// Aggregates `registrations` (already limited to the figure's project, institution and
    /// scope).
    static func aggregate(
        _ indicator: Indicator, over registrations: some Collection<Registration>, project: ProjectID?,
        institution: String?, scope: PeriodScope, phase: Phase?
    ) -> ActivityFigure {
        if registrations.count == 1 {
            // One institution in one period, the most common figure: no sets needed.
            let count = registrations[registrations.startIndex][indicator]
            return ActivityFigure(
                project: project, institution: institution, scope: scope, phase: phase, indicator: indicator,
                value: count.map { Ratio($0) }, institutionsReporting: count == nil ? 0 : 1)
        }
        // One pass, no copies of the registrations: a national run aggregates millions of times.
        var total = 0
        var any = false
        var periods = PeriodSet()
        // In key order (a data set's order) an institution's registrations are one run, and
        // the runs are the institutions; in any other order a set counts them.
        var institutionRuns = 0
        var inKeyOrder = true
        var previous: RegistrationKey?
        // By index, reading in place: a registration copied out would be retained and released.
        for index in registrations.indices {
            guard let count = registrations[index][indicator] else { continue }
            any = true
            // No overflow: a count is at most CellDecoder.maximumCount (see the bound there).
            total += count
            let key = registrations[index].key
            periods.insert(key.period)
            let startsRun = previous.map { $0.institution != key.institution || $0.project != key.project } ?? true
            if startsRun {
                institutionRuns += 1
                if let previous, (key.project, key.institution) < (previous.project, previous.institution) {
                    inKeyOrder = false
                }
            }
            previous = key
        }
        let institutionsReporting =
            inKeyOrder
            ? institutionRuns
            : Set(
                registrations.indices.compactMap { index in
                    let key = registrations[index].key
                    return registrations[index][indicator] == nil
                        ? nil : InstitutionKey(project: key.project, name: key.institution)
                }
            ).count
        var value: Ratio?
        if any {
            // SPEC 4: children per period = mean over registered periods of the per-period sums.
            value = Ratio(total, indicator == .boern ? periods.count : 1)
        }
        return ActivityFigure(
            project: project, institution: institution, scope: scope, phase: phase,
            indicator: indicator, value: value,
            institutionsReporting: institutionsReporting)
    }
}

/// The distinct periods of a figure: a bit per period number below 64 (all real periods),
/// a set for any other.
private struct PeriodSet {
    private var bits: UInt64 = 0
    private var others = Set<Period>()

    mutating func insert(_ period: Period) {
        if (0..<64).contains(period.number) { bits |= 1 << UInt64(period.number) } else { others.insert(period) }
    }

    var count: Int { bits.nonzeroBitCount + others.count }
}

/// An institution is a name within a project, whatever the period.
private struct InstitutionKey: Hashable {
    let project: ProjectID
    let name: String
}
