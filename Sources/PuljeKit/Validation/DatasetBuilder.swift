/// Joins what the files gave into one data set, applying the rules that span files (SPEC 3.2,
/// 3.5): an institution and period registered twice is an error; child rows and an institution
/// sheet's traffic-light counts for the same institution-period must agree; more children
/// assessed than attached is a warning.
struct DatasetBuilder {
    private(set) var problems: [Problem] = []
    /// Rows rejected here, on top of those the files rejected themselves.
    private(set) var rejectedRows = 0

    // Registrations are kept in arrays in arrival order and found by key through an index: a
    // registration is a few hundred bytes, and a national run joins tens of thousands.
    private var sheetRows: [Registration] = []
    private var sheetIndex: [RegistrationKey: Int] = [:]
    private var childCounts: [Registration] = []
    private var childIndex: [RegistrationKey: Int] = [:]
    /// Kept child rows by the file they came from.
    private var children: [(file: String, rows: [ChildAssessment])] = []

    mutating func add(_ result: SheetReadResult) {
        if !result.children.isEmpty { children.append((result.file.displayName, result.children)) }
        for registration in result.registrations {
            let key = registration.key
            if let span = registration.childRows {
                if let first = childIndex[key], let firstSpan = childCounts[first].childRows {
                    reject(
                        .duplicateRegistration(
                            institution: key.institution, period: key.period,
                            first: SourceLocation(file: firstSpan.file, line: firstSpan.firstLine)),
                        at: SourceLocation(file: span.file, line: span.firstLine), rows: span.rows)
                } else {
                    childIndex[key] = childCounts.count
                    childCounts.append(registration)
                }
            } else if let first = sheetIndex[key], let firstRow = sheetRows[first].sheetRow {
                reject(
                    .duplicateRegistration(institution: key.institution, period: key.period, first: firstRow),
                    at: registration.sheetRow ?? firstRow, rows: 1)
            } else {
                sheetIndex[key] = sheetRows.count
                sheetRows.append(registration)
            }
        }
    }

    mutating func build() -> Dataset {
        var merged: [Registration] = []
        swap(&merged, &sheetRows)
        var index = sheetIndex
        var rejected = [Bool](repeating: false, count: merged.count)
        for children in childCounts {
            let key = children.key
            guard let position = index[key] else {
                index[key] = merged.count
                merged.append(children)
                rejected.append(false)
                continue
            }
            let sheet = merged[position]
            let disagreement = TrafficLightSeries.all.first { series in
                guard let registered = sheet[series], let counted = children[series] else { return false }
                return registered != counted
            }
            if let series = disagreement {
                // Double registration that does not add up: neither source can be trusted.
                reject(
                    .childCountsDisagree(series: series, sheet: sheet[series]!, children: children[series]!),
                    at: sheet.sheetRow!, rows: 1 + (children.childRows?.rows ?? 0))
                rejected[position] = true
                index[key] = nil
                continue
            }
            for series in TrafficLightSeries.all where sheet[series] == nil {
                merged[position][series] = children[series]
            }
            merged[position].childRows = children.childRows
        }
        var kept: [Registration] = []
        kept.reserveCapacity(merged.count)
        for (registration, isRejected) in zip(merged, rejected) where !isRejected {
            warnIfMoreAssessedThanAttached(registration)
            kept.append(registration)
        }
        // Child rows follow their counts: a rejected registration takes its children with it.
        let keptChildren = children.flatMap { file, rows in
            rows.filter { child in index[child.key].map { merged[$0].childRows?.file == file } ?? false }
        }
        return Dataset(kept, children: keptChildren)
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
