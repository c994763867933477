/// What `SheetReader` knows of the file it reads: the header, then institution rows record by
/// record (`consume`) and child rows field by field (`childField`, `endChildRow`), with the
/// registrations and problems they give.
struct SheetConsumer: CSVConsumer {
    let file: SheetFile
    let catalogue: Catalogue
    /// Keep every accepted child row with its pseudonym (for the panel), not only the counts.
    let keepsChildren: Bool
    private(set) var result: SheetReadResult

    private var encoding = TextEncoding.utf8
    private var numbers = NumberStyle.decimalPoint
    private var header: SheetHeader?
    /// Columns in the header (trailing empty ones dropped).
    private var columnCount = 0
    /// Set when the file is refused or not read: rows are counted, not parsed.
    private var skipping = false
    private var personalIdentifierAt: SourceLocation?
    private var warnedNotCollected: Set<Period> = []

    // Where the key columns are, and what the path says instead.
    private var projectColumn: Int?
    private var institutionColumn = 0
    private var periodColumn: Int?
    private var resolver: KeyCellResolver
    private var pathProject: ProjectID? { resolver.pathProject }
    private var pathPeriod: Period? { resolver.pathPeriod }

    // Child sheets: what each column holds, the row being read, and the running counts per
    // institution-period.
    /// True once the header of a readable child sheet is read: rows come field by field.
    private(set) var streamsChildRows = false
    private var childColumns: [ChildColumn] = []
    /// Which fields of a child row the parse loop may skip (FieldFilter).
    private(set) var fieldRules: [FieldFilter.Rule] = []
    private var keyColumns: [(Int, KeyColumn)] = []
    private var row = ChildRow()
    private var tallies: [ChildTally] = []
    private var tallyIndex: [RegistrationKey: Int] = [:]
    /// The tally of `currentKey`, once looked up.
    private var lastTallyIndex: Int?

    // The last raw key cells and what they resolved to: sheets repeat them row after row.
    private var projectCache = LastCell<Resolved<ProjectID>>()
    private var institutionCache = LastCell<Resolved<String>>()
    private var periodCache = LastCell<Resolved<Period>>()
    private var currentKey: RegistrationKey?
    private var keyProblems: [(ProblemKind, Int)] = []
    /// What was removed from the institution cell last resolved, until the row's key is built
    /// (which knows the line); and the cleaned names already warned of, once per file.
    private var institutionRemoved: [Unicode.Scalar] = []
    private var warnedCleanedNames: Set<String> = []

    // The header search (issue 15): rows above the header (a title, notes) are passed over.
    /// The physical line of the header.
    private var headerLine = 1
    /// Rows looked at before the header was found.
    private var rowsPassedOver = 0
    /// The row a header is read from should no row within `headerSearchLines` have a
    /// `dagtilbud` column: the first with two known columns, else the first row; and how many
    /// rows came before it.
    /// The likely code page when the fallback header's row settled none.
    private var fallbackEncodingUncertain: TextEncoding?
    private var fallbackHeader:
        (cells: [String], roles: [ColumnRole?], removed: [[Unicode.Scalar]], line: Int, rowsBefore: Int, knownColumns: Int)?
    /// The lines looked at for the header.
    private var firstLineSearched = 0
    private var lastLineSearched = 0

    init(
        file: SheetFile, catalogue: Catalogue, keepsChildren: Bool = false,
        handingOnProblems handOn: (@Sendable (Problem) -> Void)? = nil
    ) {
        self.file = file
        self.catalogue = catalogue
        self.keepsChildren = keepsChildren
        self.result = SheetReadResult(file: file, handingOnProblems: handOn)
        self.resolver = KeyCellResolver(catalogue: catalogue)
    }

    // MARK: CSVConsumer

    mutating func begin(dialect: CSVDialect) {
        result.dialect = dialect
        encoding = dialect.encoding
        numbers = dialect.numberStyle
        resolver.encoding = encoding
        resolver.numbers = numbers
    }

    mutating func consume(_ record: CSVRecord) {
        guard let header else {
            if fallbackHeader != nil && record.line > Self.headerSearchLines {
                // No row near the top has a `dagtilbud` column: read as before, from the fallback.
                lastLineSearched = Self.headerSearchLines
                takeFallbackHeader()
                consume(record)
                return
            }
            findPersonalIdentifier(record, keyCellsScanned: false)
            searchHeader(record)
            return
        }
        result.rows += 1
        if skipping {
            // A refused file is still searched, so that a CPR number in it is reported too.
            if personalIdentifierAt == nil { findPersonalIdentifier(record, keyCellsScanned: false) }
            return
        }
        let keyChanged = refreshKeyCells(record)
        // Unchanged key cells hold bytes already searched on an earlier row.
        if findPersonalIdentifier(record, keyCellsScanned: !keyChanged) { return }
        if keyChanged {
            rebuildKey(line: record.line)
            if skipping { return }
        }
        if record.count > columnCount {
            let width = record.countIgnoringTrailingEmpty
            if width > columnCount {
                reject(.tooManyFields(fields: width, columns: columnCount), record.line)
                return
            }
        }
        // Child rows stream (childField); only a refused child sheet's rows come here.
        if header.kind == .institution { readInstitutionRow(record, header) }
    }

    /// SPEC 3.5: a CPR-like value anywhere refuses the whole file. Records the first one's
    /// position (never its value) and stops reading rows; true when one was found.
    @discardableResult
    private mutating func findPersonalIdentifier(_ record: CSVRecord, keyCellsScanned: Bool) -> Bool {
        for index in 0..<record.count where record.length(of: index) >= PersonalIdentifier.minimumLength {
            if keyCellsScanned && keyColumns.contains(where: { $0.0 == index }) { continue }
            if PersonalIdentifier.looksLikeCPR(record[index].bytes) {
                personalIdentifierAt = SourceLocation(
                    file: file.displayName, line: record.line, column: index + 1,
                    columnName: header?.name(of: index))
                skipping = true
                return true
            }
        }
        return false
    }

    mutating func malformedQuoting(line: Int, unterminated: Bool) {
        row.reset()
        if header == nil && fallbackHeader != nil { takeFallbackHeader() }
        guard header != nil else {
            // Without its header line the columns are unknown: nothing in the file can be read.
            result.problemLog.append(Problem(.malformedQuoting(unterminated: unterminated), at: location(line)))
            header = SheetHeader(cells: [])
            refuse()
            return
        }
        result.rows += 1
        reject(.malformedQuoting(unterminated: unterminated), line)
        // The row's key cells may have reached the key caches (and FieldFilter's memory, so
        // the next row does not deliver them again) before the row was cut short: the next
        // row builds its key afresh from the caches instead of keeping the previous row's.
        currentKey = nil
        lastTallyIndex = nil
        keyProblems = []
    }

    /// Records a failure that stops reading the file.
    mutating func fail(_ problem: Problem) {
        // The rows looked at for a header are read as before first: what the fallback header
        // says (`unrecognised-sheet` replaces the problems so far) must not remove the failure.
        if header == nil && fallbackHeader != nil { takeFallbackHeader() }
        result.problemLog.append(problem)
        result.refused = true
    }

    /// The result, with child tallies turned into registrations, or the refusal of a file
    /// with a personal identifier.
    mutating func finish() -> SheetReadResult {
        if header == nil && fallbackHeader != nil { takeFallbackHeader() }
        if let location = personalIdentifierAt {
            // Nothing else from this file is kept or shown: other messages could echo the value.
            result.problemLog.replaceAll(with: Problem(.personalIdentifier(rowsRefused: result.rows), at: location))
            result.registrations = []
            result.children = []
            result.rejectedRows = result.rows
            result.refused = true
            return result
        }
        if result.refused {
            result.registrations = []
            result.children = []
            result.rejectedRows = result.rows
            return result
        }
        if header == nil && !result.refused {
            result.problemLog.append(Problem(.emptyFile, at: SourceLocation(file: file.displayName)))
        } else if result.rows == 0 && !skipping {
            result.problemLog.append(Problem(.headerOnly, at: SourceLocation(file: file.displayName, line: headerLine)))
        }
        if result.kind == .institution { rejectTotalsRowsBySums() }
        result.registrations += tallies.map { $0.registration(file: file.displayName) }
        return result
    }

    /// Takes out the rows that hold the sums of the others of their project and period
    /// (`TotalsRow.bySums`): this needs the whole file, so it runs once it is read, before its
    /// registrations leave the reader.
    private mutating func rejectTotalsRowsBySums() {
        let found = TotalsRow.bySums(result.registrations)
        guard !found.isEmpty else { return }
        var rejected = [Bool](repeating: false, count: result.registrations.count)
        for (index, others) in found {
            let registration = result.registrations[index]
            let key = registration.key
            let at = (registration.sheetRow ?? SourceLocation(file: file.displayName))
                .cell(institutionColumn + 1, named: header?.name(of: institutionColumn))
            result.problemLog.append(
                Problem(
                    .totalsRowBySums(institution: key.institution, others: others, project: key.project, period: key.period),
                    at: at))
            result.rejectedRows += 1
            rejected[index] = true
        }
        var kept: [Registration] = []
        kept.reserveCapacity(result.registrations.count - found.count)
        for (registration, isRejected) in zip(result.registrations, rejected) where !isRejected { kept.append(registration) }
        result.registrations = kept
    }

    // MARK: Header

    /// No registration sheet has more columns (SPEC 2 names fewer than 60).
    static let maximumColumns = 1_000

    /// The largest count a cell may hold (issue 13). A cell is one institution's count of one
    /// indicator or traffic-light colour in one period, and Denmark's largest municipality
    /// has about 40,000 children in day care: a million in one institution-period cannot be
    /// true (a typing error, a pasted number, a damaged file). A larger count, however many
    /// digits, is refused (`count-implausible`) and never summed.
    ///
    /// It also keeps every sum of counts inside `Int` (no data can trap): a figure sums one
    /// count per registration, so at the bound it would need more than 9 x 10^12 registrations
    /// in memory (over 2 PB: a registration takes at least 248 bytes) to overflow; child rows
    /// add one each, so they would need exabytes of input.
    static let maximumCount = 1_000_000

    /// How far down the header is looked for (issue 15): a title, a date and notes fit above it.
    static let headerSearchLines = 10

    /// Looks at a row before the header: the first row within `headerSearchLines` with a
    /// `dagtilbud` column is the header (a sheet without one cannot be read), and the rows
    /// above it are passed over with a warning. A row further down is taken as it comes.
    private mutating func searchHeader(_ record: CSVRecord) {
        guard record.count <= Self.maximumColumns else {
            // A header this wide is not a sheet: refused without naming a million columns.
            result.problemLog.append(
                Problem(.tooManyColumns(columns: record.count, maximum: Self.maximumColumns), at: location(record.line)))
            header = SheetHeader(cells: [])
            refuse()
            return
        }
        // Not UTF-8: each row looked at says which code page it is in (EncodingChoice); a row
        // no code page makes sense of (a title with Danish letters) settles nothing until the
        // header, whose own choice decides.
        var uncertain: TextEncoding?
        if encoding.isEightBit {
            var choice = EncodingChoice.fromHeader((0..<record.count).map { record[$0].bytes }, likely: encoding)
            // Off the layout, a header that knows no column is no sheet (unrecognised-sheet below).
            if case .uncertain(let likely, true) = choice, !file.followsLayout { choice = .read(likely) }
            switch choice {
            case .read(let chosen):
                encoding = chosen
                resolver.encoding = chosen
                result.dialect?.encoding = chosen
            case .uncertain(let likely, _):
                uncertain = likely
            }
        }
        var removed: [[Unicode.Scalar]] = []
        let cells = (0..<record.count).map { index in
            let (text, characters) = encoding.decode(record[index].bytes).removingControlCharacters()
            removed.append(characters)
            return text.trimmingSpaces().precomposed
        }
        let roles = cells.map { $0.isEmpty ? nil : ColumnRole(header: $0) }
        let known = roles.count { $0 != nil }
        let hasInstitution = roles.contains(.institution)
        if hasInstitution || (fallbackHeader == nil && record.line > Self.headerSearchLines) {
            if let likely = uncertain {
                refuseEncoding(likely, line: record.line)
                return
            }
            if rowsPassedOver > 0 {
                result.problemLog.append(
                    Problem(.headerNotOnFirstLine(headerLine: record.line, rowsAbove: rowsPassedOver), at: location(record.line)))
            }
            readHeader(cells, roles: roles, removed: removed, line: record.line)
            return
        }
        if fallbackHeader == nil || (known >= 2 && fallbackHeader!.knownColumns < 2) {
            fallbackHeader = (cells, roles, removed, record.line, rowsPassedOver, known)
            fallbackEncodingUncertain = uncertain
        }
        if rowsPassedOver == 0 { firstLineSearched = record.line }
        rowsPassedOver += 1
        lastLineSearched = record.line
    }

    /// No row within `headerSearchLines` has a `dagtilbud` column: the fallback row is read as
    /// the header, as the first line was before the search, and the rows after it are rows
    /// (the file is not read: it has no `dagtilbud` column).
    private mutating func takeFallbackHeader() {
        guard let fallback = fallbackHeader else { return }
        fallbackHeader = nil
        if let likely = fallbackEncodingUncertain {
            // The rows after the header row are the file's rows, all refused with it.
            result.rows += rowsPassedOver - fallback.rowsBefore - 1
            refuseEncoding(likely, line: fallback.line)
            return
        }
        let searched = firstLineSearched...max(firstLineSearched, lastLineSearched)
        readHeader(
            fallback.cells, roles: fallback.roles, removed: fallback.removed, line: fallback.line, searchedLines: searched)
        result.rows += rowsPassedOver - fallback.rowsBefore - 1
    }

    /// A file in an 8-bit code page whose header no code page makes sense of: refused, naming
    /// the likely one (a silent misread otherwise).
    private mutating func refuseEncoding(_ likely: TextEncoding, line: Int) {
        result.problemLog.append(Problem(.encodingUncertain(likely: likely), at: location(line)))
        header = SheetHeader(cells: [])
        refuse()
    }

    private mutating func readHeader(
        _ cells: [String], roles: [ColumnRole?], removed: [[Unicode.Scalar]], line: Int,
        searchedLines: ClosedRange<Int>? = nil
    ) {
        let header = SheetHeader(cells: cells, matched: roles)
        self.header = header
        headerLine = line
        columnCount = header.names.count
        result.kind = header.kind
        for (index, characters) in removed.enumerated() where !characters.isEmpty && !cells[index].isEmpty {
            if PersonalIdentifier.looksLikeCPR(cells[index]) {
                // Removing the characters joined digits the cell kept apart: refused like a CPR number.
                personalIdentifierAt = location(line).cell(index + 1, named: nil)
                skipping = true
                return
            }
            result.problemLog.append(
                Problem(
                    .controlCharacterRemoved(
                        column: header.name(of: index), value: cells[index], characters: characters.codePoints),
                    at: location(line).cell(index + 1, named: header.name(of: index))))
        }
        for (kind, column) in zip(header.problems, header.problemColumns) {
            result.problemLog.append(
                Problem(kind, at: location(line).cell(column, named: header.name(of: column - 1))))
        }
        if header.hasDuplicateColumns {
            refuse()
            return
        }
        if !file.followsLayout && !header.saysWhatItIs {
            // Not a sheet: say so once; its rows are not data and not rejected.
            result.problemLog.replaceAll(
                with: Problem(.unrecognisedSheet(searchedLines: searchedLines), at: SourceLocation(file: file.displayName)))
            skipping = true
            return
        }
        projectColumn = header.index(of: .project)
        periodColumn = header.index(of: .period)

        var missing: [String] = []
        if let column = header.index(of: .institution) {
            institutionColumn = column
        } else {
            missing.append("dagtilbud")
        }
        if projectColumn == nil && file.projectFromPath == nil { missing.append("projekt") }
        if periodColumn == nil && file.periodFromPath == nil { missing.append("periode") }
        if file.isNamedChildSheet && header.index(of: .assessment(.trivsel)) == nil
            && header.index(of: .assessment(.sprog)) == nil
        {
            missing.append("trivsel/sprog")
        }
        for column in missing {
            result.problemLog.append(
                Problem(.missingColumn(column: column, searchedLines: searchedLines), at: location(line)))
        }
        if !missing.isEmpty {
            refuse()
            return
        }
        // What the path says must itself be valid (SPEC 3.3); otherwise no row can be placed.
        if let folder = file.projectFromPath {
            if catalogue.projects[ProjectID(folder)] == nil {
                result.problemLog.append(
                    Problem(.unknownProject(value: folder), at: SourceLocation(file: file.displayName)))
                refuse()
                return
            }
            resolver.pathProject = ProjectID(folder)
        }
        if let number = file.periodFromPath {
            let period = Period(number)
            guard let info = catalogue.info(for: period) else {
                result.problemLog.append(
                    Problem(.periodOutsideCatalogue(value: "\(number)"), at: SourceLocation(file: file.displayName)))
                refuse()
                return
            }
            resolver.pathPeriod = period
            if !info.collected { warnNotCollected(period, line) }
        }
        keyColumns = [(projectColumn, KeyColumn.project), (periodColumn, .period), (institutionColumn, .institution)]
            .compactMap { column, key in column.map { ($0, key) } }
        if header.kind == .child && !skipping {
            childColumns = header.roles.enumerated().map { index, role in
                if let key = keyColumns.first(where: { $0.0 == index })?.1 { return .key(key) }
                switch role {
                case .assessment(let assessment): return .assessment(assessment)
                case .status: return .status
                case .age: return .age
                case .child where keepsChildren: return .pseudonym
                default: return .other
                }
            }
            fieldRules = childColumns.map { column in
                switch column {
                case .key: .ifChanged
                case .assessment, .status, .age, .pseudonym: .ifNotEmpty  // blank is the default
                case .other: .ifLong
                }
            }
            streamsChildRows = true
        }
    }

    private mutating func refuse() {
        result.refused = true
        skipping = true
    }

    // MARK: Rows

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: file.displayName, line: line)
    }

    private mutating func reject(_ kind: ProblemKind, _ line: Int, column: Int? = nil) {
        var at = location(line)
        if let column { at = at.cell(column + 1, named: header?.name(of: column)) }
        result.problemLog.append(Problem(kind, at: at))
        result.rejectedRows += 1
    }

    private mutating func warnNotCollected(_ period: Period, _ line: Int) {
        guard warnedNotCollected.insert(period).inserted else { return }
        result.problemLog.append(Problem(.periodNotCollected(period: period), at: location(line)))
    }

    /// The project, institution and period of a row; problems with them are appended to
    /// `problems` with the column they concern. Sheets repeat the key cells row after row, so
    /// the key is rebuilt only when one of their raw cells changes.
    private func key(problems: inout [(ProblemKind, Int)]) -> RegistrationKey? {
        if !keyProblems.isEmpty { problems += keyProblems }
        return currentKey
    }

    /// Compares the raw key cells with the last row's, re-resolving those that changed;
    /// true when any did.
    private mutating func refreshKeyCells(_ record: CSVRecord) -> Bool {
        var changed = false
        for (column, key) in keyColumns {
            if keyCell(key, column < record.count ? record[column].bytes : Self.noBytes) { changed = true }
        }
        return changed || currentKey == nil && keyProblems.isEmpty  // the first row
    }

    /// Compares one raw key cell with the last row's, re-resolving it when it changed; true
    /// when it did.
    @inline(__always)
    private mutating func keyCell(_ role: KeyColumn, _ bytes: UnsafeRawBufferPointer) -> Bool {
        switch role {
        case .project:
            if projectCache.matches(bytes) { return false }
            projectCache.store(bytes, resolver.project(bytes))
        case .period:
            if periodCache.matches(bytes) { return false }
            periodCache.store(bytes, resolver.period(bytes))
        case .institution:
            if institutionCache.matches(bytes) { return false }
            let (resolved, removed) = resolver.institution(bytes)
            institutionCache.store(bytes, resolved)
            institutionRemoved = removed
        }
        return true
    }

    private static var noBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }

    /// Builds the key (or its problems) from the resolved key cells.
    private mutating func rebuildKey(line: Int) {
        keyProblems = []
        lastTallyIndex = nil
        var project = pathProject
        if let column = projectColumn {
            switch projectCache.value {
            case .value(let value): project = value
            case .blank, nil: if project == nil { keyProblems.append((.missingValue(column: "projekt"), column)) }
            case .problem(let kind):
                keyProblems.append((kind, column))
                project = nil
            }
        }
        var period = pathPeriod
        if let column = periodColumn {
            switch periodCache.value {
            case .value(let value):
                period = value
                if catalogue.info(for: value)?.collected == false { warnNotCollected(value, line) }
            case .blank, nil: if period == nil { keyProblems.append((.missingValue(column: "periode"), column)) }
            case .problem(let kind):
                keyProblems.append((kind, column))
                period = nil
            }
        }
        var institution: String?
        if !institutionRemoved.isEmpty { reportRemovedCharacters(line: line) }
        if case .value(let name) = institutionCache.value {
            institution = name
        } else {
            keyProblems.append((.missingValue(column: "dagtilbud"), institutionColumn))
        }
        if let project, let period, let institution {
            currentKey = RegistrationKey(project: project, institution: institution, period: period)
        } else {
            currentKey = nil
        }
    }

    /// The institution cell just resolved held control characters or a byte-order mark
    /// (issue 15): a warning once per name and file; should their removal have joined digits
    /// into a CPR number, the file is refused as for one (SPEC 3.5).
    private mutating func reportRemovedCharacters(line: Int) {
        let removed = institutionRemoved
        institutionRemoved = []
        guard case .value(let name) = institutionCache.value else { return }
        if PersonalIdentifier.looksLikeCPR(name) {
            personalIdentifierAt = location(line).cell(institutionColumn + 1, named: header?.name(of: institutionColumn))
            skipping = true
            return
        }
        guard warnedCleanedNames.insert(name).inserted else { return }
        result.problemLog.append(
            Problem(
                .controlCharacterRemoved(
                    column: header?.name(of: institutionColumn) ?? "dagtilbud", value: name, characters: removed.codePoints),
                at: location(line).cell(institutionColumn + 1, named: header?.name(of: institutionColumn))))
    }

    /// A count cell: nil when blank (not registered), else a whole number from 0 to
    /// `maximumCount` or a problem.
    /// In a `,` file a count written `1.000` is refused as ambiguous (`thousandsReading`)
    /// before it can read as 1.
    private func count(_ field: CSVField, column: String) -> Resolved<Int> {
        if field.isBlank { return .blank }
        if let thousands = numbers.thousandsReading(field.bytes) {
            return .problem(.countAmbiguousThousands(column: column, value: text(field.bytes), thousands: thousands))
        }
        switch numbers.parse(field.bytes) {
        case .whole(let value) where value >= 0:
            if value <= Self.maximumCount { return .value(value) }
        case .wholeBeyondInt(negative: false):
            break
        default:
            return .problem(.countNotWholeNumber(column: column, value: text(field.bytes)))
        }
        return .problem(.countImplausible(column: column, value: text(field.bytes), maximum: Self.maximumCount))
    }

    private mutating func readInstitutionRow(_ record: CSVRecord, _ header: SheetHeader) {
        // A totals row is one error, whatever else is wrong with it (its project or period are
        // often left blank): it is to be deleted, not corrected.
        if case .value(let name) = institutionCache.value, TotalsRow.isTotalsName(name) {
            reject(.totalsRowByName(institution: name), record.line, column: institutionColumn)
            return
        }
        var problems: [(ProblemKind, Int)] = []
        let key = key(problems: &problems)
        var registration = key.map { Registration(key: $0, sheetRow: location(record.line)) }
        var lights: [TrafficLightSeries: [TrafficLight: Int]] = [:]
        var lightColumns: [TrafficLightSeries: Int] = [:]
        for (index, role) in header.roles.enumerated() where index < record.count {
            guard let role else { continue }
            let field = record[index]
            switch role {
            case .indicator(let indicator):
                switch count(field, column: header.name(of: index)) {
                case .value(let value): registration?[indicator] = value
                case .problem(let kind): problems.append((kind, index))
                case .blank: break
                }
            case .scale(let question):
                guard !field.isBlank else { continue }
                if case .whole(let rating) = numbers.parse(field.bytes), ScaleQuestion.ratings.contains(rating) {
                    registration?[question] = rating
                } else {
                    problems.append((.scaleOutOfRange(question: question, value: text(field.bytes)), index))
                }
            case .trafficLightCount(let series, let light):
                lightColumns[series] = lightColumns[series] ?? index
                switch count(field, column: header.name(of: index)) {
                case .value(let value): lights[series, default: [:]][light] = value
                case .problem(let kind): problems.append((kind, index))
                case .blank: lights[series, default: [:]] = lights[series] ?? [:]
                }
            default:
                break
            }
        }
        guard problems.isEmpty, var registration else {
            for (kind, column) in problems {
                result.problemLog.append(
                    Problem(kind, at: location(record.line).cell(column + 1, named: header.name(of: column))))
            }
            result.rejectedRows += 1
            return
        }
        // A series counts when all three colours are filled in; a partial one is left out
        // with a warning (blank is not 0, SPEC 2).
        for series in TrafficLightSeries.all {
            guard let filled = lights[series], !filled.isEmpty else { continue }
            if filled.count == 3 {
                registration[series] = TrafficLightCounts(
                    green: filled[.green]!, yellow: filled[.yellow]!, red: filled[.red]!)
            } else {
                let blank = TrafficLight.allCases.filter { filled[$0] == nil }
                let column = lightColumns[series] ?? 0
                result.problemLog.append(
                    Problem(
                        .trafficLightIncomplete(series: series, blank: blank),
                        at: location(record.line).cell(column + 1, named: header.name(of: column))))
            }
        }
        if let events = registration[.foraeldrearrangementer],
            let participants = registration[.foraeldrearrangementerDeltagere], events > participants
        {
            let column = header.index(of: .indicator(.foraeldrearrangementerDeltagere)) ?? 0
            result.problemLog.append(
                Problem(
                    .moreEventsThanParticipants(events: events, participants: participants),
                    at: location(record.line).cell(column + 1, named: header.name(of: column))))
        }
        result.registrations.append(registration)
    }

    // MARK: Child rows, field by field

    /// One field of a child row (SPEC 3.2), parsed where libcsv left it: no copy, no string
    /// unless the cell is unusual. Problems wait for `endChildRow`, which knows the line.
    mutating func childField(_ field: CSVField, index: Int) {
        let bytes = field.bytes
        if skipping {
            if personalIdentifierAt == nil && row.personalIdentifierColumn == nil,
                bytes.count >= PersonalIdentifier.minimumLength, PersonalIdentifier.looksLikeCPR(bytes)
            {
                row.personalIdentifierColumn = index
            }
            return
        }
        let role = index < childColumns.count ? childColumns[index] : .other
        var searchForIdentifier = bytes.count >= PersonalIdentifier.minimumLength
        switch role {
        case .key(let key):
            // An unchanged key cell holds bytes already searched on an earlier row (and is
            // usually not even delivered: FieldFilter).
            if keyCell(key, bytes) { row.keyChanged = true } else { searchForIdentifier = false }
        case .assessment(let assessment):
            guard !field.isBlank else { break }
            if let light = TrafficLight(bytes: bytes) ?? TrafficLight(cell: encoding.decode(bytes)) {
                if assessment == .trivsel { row.trivsel = light } else { row.sprog = light }
            } else {
                row.problems.append((.trafficLightInvalid(assessment: assessment, value: text(bytes)), index))
            }
        case .status:
            guard !field.isBlank else { break }
            if let status = ChildStatus(bytes: bytes) ?? ChildStatus(cell: encoding.decode(bytes)) {
                row.status = status
            } else {
                row.problems.append((.statusInvalid(value: text(bytes)), index))
            }
        case .age:
            guard !field.isBlank else { break }
            let valid: Bool =
                switch numbers.parse(bytes) {
                case .whole(let years): (0..<20).contains(years)
                // Never a whole number: 19.99999999999999999 stays below 20.
                case .fraction(let years): years >= 0 && years < 20
                case .wholeBeyondInt, nil: false
                }
            if !valid { row.problems.append((.ageInvalid(value: text(bytes)), index)) }
        case .pseudonym:
            row.pseudonym = field.isBlank ? nil : text(bytes)
        case .other:
            break
        }
        if searchForIdentifier && row.personalIdentifierColumn == nil && PersonalIdentifier.looksLikeCPR(bytes) {
            row.personalIdentifierColumn = index
        }
    }

    /// The end of a child row: reject it with its problems, or count it into its
    /// institution-period's traffic lights.
    mutating func endChildRow(line: Int, fields: Int, width: Int) {
        defer { row.reset() }
        guard width > 0 else { return }  // a line of empty cells is a blank line
        result.rows += 1
        if let column = row.personalIdentifierColumn, personalIdentifierAt == nil {
            // SPEC 3.5: the whole file is refused; its position is kept, never its value.
            personalIdentifierAt = location(line).cell(column + 1, named: header?.name(of: column))
            skipping = true
            return
        }
        if skipping { return }
        // Key cells beyond the end of a short row are blank.
        if fields < columnCount {
            for (column, key) in keyColumns where column >= fields {
                if keyCell(key, Self.noBytes) { row.keyChanged = true }
            }
        }
        if width > columnCount {
            reject(.tooManyFields(fields: width, columns: columnCount), line)
            return
        }
        // The first row always changes the key cells: nothing was delivered before it. After a
        // row cut short by malformed quoting there is no key (found by pulje-fuzz): built now.
        // (A known tally means a key: checked first, it spares reading the key on every row.)
        if row.keyChanged || (lastTallyIndex == nil && currentKey == nil && keyProblems.isEmpty) {
            rebuildKey(line: line)
            if skipping { return }
        }
        guard keyProblems.isEmpty && row.problems.isEmpty else {
            for (kind, column) in keyProblems + row.problems {
                result.problemLog.append(Problem(kind, at: location(line).cell(column + 1, named: header?.name(of: column))))
            }
            result.rejectedRows += 1
            return
        }
        let index: Int
        if let known = lastTallyIndex {
            index = known
        } else if let key = currentKey, let known = tallyIndex[key] {
            index = known
        } else {
            // A row without a key has key problems and was rejected above; should one slip
            // through, it is rejected, never counted under a wrong key or dropped unseen.
            guard let key = currentKey else {
                reject(.missingValue(column: "dagtilbud"), line, column: institutionColumn)
                return
            }
            index = tallies.count
            tallies.append(ChildTally(key: key, firstLine: line))
            tallyIndex[key] = index
        }
        lastTallyIndex = index
        tallies[index].add(trivsel: row.trivsel, sprog: row.sprog, status: row.status)
        if keepsChildren, let pseudonym = row.pseudonym, let key = currentKey {
            result.children.append(
                ChildAssessment(key: key, pseudonym: pseudonym, trivsel: row.trivsel, sprog: row.sprog, status: row.status))
        }
    }

    /// A cell as a problem shows it.
    private func text(_ bytes: UnsafeRawBufferPointer) -> String {
        encoding.decode(bytes).trimmingSpaces().shownInProblem
    }
}
