/// Joins what the files gave into one data set, applying the rules that span files (SPEC 3.2,
/// 3.5): an institution and period registered twice is an error; child rows and an institution
/// sheet's traffic-light counts for the same institution-period must agree; more children
/// assessed than attached is a warning.
struct DatasetBuilder {
    private(set) var problems: [Problem] = []
    /// Rows rejected here, on top of those the files rejected themselves.
    private(set) var rejectedRows = 0

    private var sheetRows: [RegistrationKey: Registration] = [:]
    private var childCounts: [RegistrationKey: Registration] = [:]
    /// Kept child rows by the file they came from.
    private var children: [(file: String, rows: [ChildAssessment])] = []

    mutating func add(_ result: SheetReadResult) {
        if !result.children.isEmpty { children.append((result.file.displayName, result.children)) }
        for registration in result.registrations {
            let key = registration.key
            if let span = registration.childRows {
                if let first = childCounts[key]?.childRows {
                    reject(
                        .duplicateRegistration(
                            institution: key.institution, period: key.period,
                            first: SourceLocation(file: first.file, line: first.firstLine)),
                        at: SourceLocation(file: span.file, line: span.firstLine), rows: span.rows)
                } else {
                    childCounts[key] = registration
                }
            } else if let first = sheetRows[key]?.sheetRow {
                reject(
                    .duplicateRegistration(institution: key.institution, period: key.period, first: first),
                    at: registration.sheetRow ?? first, rows: 1)
            } else {
                sheetRows[key] = registration
            }
        }
    }

    mutating func build() -> Dataset {
        var merged = sheetRows
        for (key, children) in childCounts {
            guard var registration = merged[key] else {
                merged[key] = children
                continue
            }
            let disagreement = TrafficLightSeries.all.first { series in
                guard let sheet = registration[series], let counted = children[series] else { return false }
                return sheet != counted
            }
            if let series = disagreement {
                // Double registration that does not add up: neither source can be trusted.
                reject(
                    .childCountsDisagree(series: series, sheet: registration[series]!, children: children[series]!),
                    at: registration.sheetRow!, rows: 1 + (children.childRows?.rows ?? 0))
                merged[key] = nil
                continue
            }
            for series in TrafficLightSeries.all where registration[series] == nil {
                registration[series] = children[series]
            }
            registration.childRows = children.childRows
            merged[key] = registration
        }
        for registration in merged.values {
            warnIfMoreAssessedThanAttached(registration)
        }
        // Child rows follow their counts: a rejected registration takes its children with it.
        let kept = children.flatMap { file, rows in
            rows.filter { merged[$0.key]?.childRows?.file == file }
        }
        return Dataset(Array(merged.values), children: kept)
    }

    private mutating func warnIfMoreAssessedThanAttached(_ registration: Registration) {
        guard let attached = registration[.boern] else { return }
        for series in [TrafficLightSeries(.trivsel), TrafficLightSeries(.sprog)] {
            guard let assessed = registration[series]?.total, assessed > attached else { continue }
            let location =
                registration.sheetRow
                ?? registration.childRows.map { SourceLocation(file: $0.file, line: $0.firstLine) }
            problems.append(
                Problem(
                    .moreAssessedThanAttached(series: series, assessed: assessed, attached: attached),
                    at: location!))
        }
    }

    private mutating func reject(_ kind: ProblemKind, at location: SourceLocation, rows: Int) {
        problems.append(Problem(kind, at: location))
        rejectedRows += rows
    }
}
