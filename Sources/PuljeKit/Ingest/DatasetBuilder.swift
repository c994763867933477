/// Joins what the files gave into one data set, applying the rules that span files (SPEC 3.2,
/// 3.5): an institution and period registered twice is an error; child rows and an institution
/// sheet's traffic-light counts for the same institution-period must agree; more children
/// assessed than attached is a warning.
///
/// The rules never reach across projects (a registration is one project's institution and
/// period), so one builder joins one project's registrations, and `join` runs a builder per
/// project on all cores.
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

    /// The data set of all files read, the problems found joining them, and the rows those
    /// problems rejected.
    static func join(_ results: [SheetReadResult]) -> (dataset: Dataset, problems: [Problem], rejectedRows: Int) {
        // Each project's registrations in arrival order (file, then row): the first of two
        // registrations of an institution-period is the one kept.
        var arrivals: [ProjectID: [(result: Int, registration: Int)]] = [:]
        for (resultIndex, result) in results.enumerated() {
            for (index, registration) in result.registrations.enumerated() {
                arrivals[registration.key.project, default: []].append((resultIndex, index))
            }
        }
        let inProjectOrder = arrivals.sorted { $0.key < $1.key }.map(\.value)
        let built = inProjectOrder.concurrentMap { arrivals in
            var builder = DatasetBuilder()
            for arrival in arrivals { builder.add(results[arrival.result].registrations[arrival.registration]) }
            return (registrations: builder.build(), problems: builder.problems, rejectedRows: builder.rejectedRows)
        }
        let dataset = Dataset(sortedByProject: built.map(\.registrations))
        // A child row stays when its counts did: a rejected registration takes its children
        // with it, and so does a second registration of the same institution-period.
        let children = results.flatMap { result in
            result.children.filter { dataset[$0.key]?.childRows?.file == result.file.displayName }
        }
        return (
            children.isEmpty ? dataset : dataset.keeping(children), built.flatMap(\.problems),
            built.reduce(0) { $0 + $1.rejectedRows }
        )
    }

    private mutating func add(_ registration: Registration) {
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

    /// The project's registrations, sorted by key.
    private mutating func build() -> [Registration] {
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
        // Sorted as indices: a registration is a few hundred bytes, an index eight.
        return kept.indices.sorted { kept[$0].key < kept[$1].key }.map { kept[$0] }
    }

    private mutating func warnIfMoreAssessedThanAttached(_ registration: Registration) {
        for (series, assessed, attached) in registration.seriesAssessedBeyondAttached {
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
