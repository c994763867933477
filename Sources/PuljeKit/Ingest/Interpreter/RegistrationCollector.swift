/// Turns the accepted rows of an institution sheet into registrations (SPEC 3.1), with the
/// warnings a kept row can still deserve, and takes out totals rows found by their sums once
/// the file is read.
struct RegistrationCollector {
    private(set) var registrations: [Registration] = []

    /// Keeps an accepted row.
    mutating func add(
        _ draft: RowDraft, key: RegistrationKey, at row: SourceLocation, plan: ColumnPlan, problems: inout ProblemLog
    ) {
        var registration = Registration(key: key, sheetRow: row)
        registration.values = draft.values
        // A series counts when all three colours are filled in; a partial one is left out
        // with a warning (blank is not 0, SPEC 2).
        for series in TrafficLightSeries.all {
            let base = series.slot * 3
            let (green, yellow, red) = (draft.lights[base], draft.lights[base + 1], draft.lights[base + 2])
            let filled = [green, yellow, red].count { $0 >= 0 }
            if filled == 3 {
                registration[series] = TrafficLightCounts(green: green, yellow: yellow, red: red)
            } else if filled > 0 {
                let blank = zip([TrafficLight.green, .yellow, .red], [green, yellow, red]).filter { $0.1 < 0 }.map(\.0)
                let column = plan.firstColumn(of: series) ?? 0
                problems.append(
                    Problem(
                        .trafficLightIncomplete(series: series, blank: blank),
                        at: row.cell(column + 1, named: plan.name(of: column))))
            }
        }
        if let (events, participants) = registration.eventsBeyondParticipants {
            let column = plan.header.index(of: .indicator(.foraeldrearrangementerDeltagere)) ?? 0
            problems.append(
                Problem(
                    .moreEventsThanParticipants(events: events, participants: participants),
                    at: row.cell(column + 1, named: plan.name(of: column))))
        }
        registrations.append(registration)
    }

    /// Takes out the rows that hold the sums of the others of their project and period
    /// (`TotalsRow.bySums`): this needs the whole file, so it runs once it is read. Returns
    /// the rows taken out, each with an error.
    mutating func takeOutTotalsRows(plan: ColumnPlan, file: String, problems: inout ProblemLog) -> Int {
        let found = TotalsRow.bySums(registrations)
        guard !found.isEmpty else { return 0 }
        var rejected = [Bool](repeating: false, count: registrations.count)
        for (index, others) in found {
            let registration = registrations[index]
            let key = registration.key
            let at = (registration.sheetRow ?? SourceLocation(file: file))
                .cell(plan.institutionColumn + 1, named: plan.name(of: plan.institutionColumn))
            problems.append(
                Problem(
                    .totalsRowBySums(institution: key.institution, others: others, project: key.project, period: key.period),
                    at: at))
            rejected[index] = true
        }
        registrations = zip(registrations, rejected).filter { !$0.1 }.map(\.0)
        return found.count
    }
}
