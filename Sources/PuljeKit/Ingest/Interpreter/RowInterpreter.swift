/// Reads one sheet, whichever kind and whichever tokenizer it came through: finds its header
/// (`HeaderSearch`), builds the `ColumnPlan`, decodes each row's cells into a `RowDraft`, runs
/// the row rules once per row (a CPR number refuses the file, SPEC 3.5; the width, the key,
/// a totals row), and hands accepted rows to the collector of the sheet's kind: institution
/// rows become registrations, child rows traffic-light tallies.
///
/// It is driven by `RowInterpreterSink`, which a tokenizer calls; the state it changes per cell
/// lives in this struct, behind that sink's pointer.
struct RowInterpreter {
    let file: SheetFile
    let catalogue: Catalogue
    /// Keep every accepted child row with its pseudonym (for the panel), not only the counts.
    let keepsChildren: Bool
    private(set) var result: SheetReadResult

    private var decoder = CellDecoder()
    private var resolver: KeyCellResolver
    private var search = HeaderSearch()
    /// Set once the header is read (also for a refused file: it reads nothing).
    private(set) var plan: ColumnPlan?
    /// `plan`'s uses and key columns, read on every cell.
    private var uses: [ColumnPlan.Use] = []
    private var keyColumns: [(column: Int, key: KeyColumn)] = []
    private var columnCount = 0
    private var institutionColumn = 0
    /// The physical line of the header.
    private var headerLine = 1
    /// The worksheet read, in a workbook (.xlsx): named in every location of a row or cell.
    private var sheet: String?

    /// Set when the file is refused or not read: rows are counted and searched for CPR
    /// numbers, not read.
    private var skipping = false
    private var personalIdentifierAt: SourceLocation?
    private var warnedNotCollected: Set<Period> = []
    /// Cleaned institution names already warned of, once per file.
    private var warnedCleanedNames: Set<String> = []

    // The last raw key cells and what they resolved to: sheets repeat them row after row, so
    // the key is rebuilt only when one of them changes.
    private var projectCache = LastCell<Resolved<ProjectID>>()
    private var institutionCache = LastCell<Resolved<String>>()
    private var periodCache = LastCell<Resolved<Period>>()
    private var currentKey: RegistrationKey?
    /// `currentKey != nil`, asked on every row without copying the key.
    private var hasKey = false
    private var keyProblems: [(ProblemKind, Int)] = []
    /// The current institution cell names a totals row (`TotalsRow.isTotalsName`).
    private var keyIsTotalsRow = false
    /// What was removed from the institution cell last resolved, until the row's key is built
    /// (which knows the line).
    private var institutionRemoved: [Unicode.Scalar] = []

    /// The line of the last record broken by malformed quoting.
    private var brokenLine = 1
    /// The line of the file's first record, when a stray quote broke it: should no header
    /// follow, it was the header.
    private var brokenFirstRecordLine: Int?

    private var draft = RowDraft()
    private var registrations = RegistrationCollector()
    private var tallies = ChildTallyCollector()

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

    // MARK: What a tokenizer delivers

    mutating func begin(dialect: CSVDialect) {
        result.dialect = dialect
        decoder = CellDecoder(encoding: dialect.encoding, numbers: dialect.numberStyle)
    }

    /// The worksheet a workbook's rows come from. A name that looks like a CPR number refuses
    /// the file (SPEC 3.5) and is never shown.
    mutating func worksheet(_ name: String) {
        sheet = SheetFile.shown(name)
        if PersonalIdentifier.looksLikeCPR(name) && personalIdentifierAt == nil {
            personalIdentifierAt = SourceLocation(file: file.displayName, sheet: sheet)
            skipping = true
        }
    }

    /// Text a workbook holds outside the rows read (sheet names, its table of strings, other
    /// worksheets' cells): searched for a CPR number (SPEC 3.5: anywhere in a file), never read
    /// as values. Located at its cell when it is in one; a sheet whose name looks like one is
    /// named `[CPR]`.
    mutating func textOutsideRows(_ bytes: UnsafeRawBufferPointer, sheet: String?, line: Int?, column: Int?) {
        guard personalIdentifierAt == nil, bytes.count >= PersonalIdentifier.minimumLength,
            PersonalIdentifier.looksLikeCPR(bytes)
        else { return }
        let shownSheet = sheet.map(SheetFile.shown)
        personalIdentifierAt = SourceLocation(
            file: file.displayName, line: line, column: column.map { $0 + 1 }, sheet: shownSheet)
        skipping = true
    }

    /// A record before the header is read: looked at as a header. Returns the plan once there
    /// is one.
    mutating func record(_ record: CSVRecord) -> ColumnPlan? {
        if plan != nil {
            // The header was settled without this record's tokenizer knowing (a broken record
            // ended the search): it is a row.
            replay(record)
            return plan
        }
        if search.hasFallback && record.line > HeaderSearch.lines {
            // No record near the top has a `dagtilbud` column: the fallback is the header, and
            // this record its first row.
            takeFallbackHeader(searchedAll: true)
            replay(record)
            return plan
        }
        findPersonalIdentifier(record)
        var encoding = decoder.encoding
        let outcome = search.look(at: record, encoding: &encoding, followsLayout: file.followsLayout)
        if encoding != decoder.encoding {
            decoder.encoding = encoding
            result.dialect?.encoding = encoding
        }
        act(on: outcome)
        return plan
    }

    /// One cell of a row, decoded where the tokenizer left it: no copy, no string unless the
    /// cell is unusual. Problems wait for `endRow`, which knows the line.
    @inline(__always)
    mutating func cell(_ field: CSVField, column index: Int) {
        let bytes = field.bytes
        if skipping {
            if personalIdentifierAt == nil && draft.personalIdentifierColumn == nil,
                bytes.count >= PersonalIdentifier.minimumLength, PersonalIdentifier.looksLikeCPR(bytes)
            {
                draft.personalIdentifierColumn = index
            }
            return
        }
        var searchForIdentifier = bytes.count >= PersonalIdentifier.minimumLength
        switch index < uses.count ? uses[index] : .ignored {
        case .key where field.kind.isNoValue:
            // An error value or an unsaved formula in a workbook's key cell names nothing: the
            // row cannot be placed (its cached key cells stay those of the last real value).
            draft.problems.append((.missingValue(column: plan!.name(of: index)), index))
        case .key(let key):
            // An unchanged key cell holds bytes already searched on an earlier row (and is
            // usually not even delivered: FieldFilter).
            if keyCell(key, bytes) { draft.keyChanged = true } else { searchForIdentifier = false }
        case .count(let indicator):
            if let value = take(decoder.count(field, column: plan!.name(of: index)), index) {
                draft.values[indicator] = value
                draft.hasValues = true
            }
        case .rating(let question):
            if let rating = take(decoder.rating(field, question: question), index) {
                draft.values[question] = rating
                draft.hasValues = true
            }
        case .lightCount(let slot):
            if let value = take(decoder.count(field, column: plan!.name(of: index)), index) {
                draft.lights[slot] = value
                draft.hasValues = true
            }
        case .light(let assessment):
            guard !field.isBlank else { break }
            if let light = decoder.light(bytes) {
                if assessment == .trivsel { draft.trivsel = light } else { draft.sprog = light }
            } else {
                draft.problems.append((.trafficLightInvalid(assessment: assessment, value: decoder.text(bytes)), index))
            }
        case .status:
            guard !field.isBlank else { break }
            if let status = decoder.status(bytes) {
                draft.status = status
            } else {
                draft.problems.append((.statusInvalid(value: decoder.text(bytes)), index))
            }
        case .age:
            if !field.isBlank && !decoder.isAge(bytes) {
                draft.problems.append((.ageInvalid(value: decoder.text(bytes)), index))
            }
        case .pseudonym:
            draft.pseudonym = field.isBlank ? nil : decoder.text(bytes)
        case .ignored:
            break
        }
        if searchForIdentifier && draft.personalIdentifierColumn == nil && PersonalIdentifier.looksLikeCPR(bytes) {
            draft.personalIdentifierColumn = index
        }
    }

    /// A decoded value of an institution row's cell; its problem, if any, kept for the row.
    @inline(__always)
    private mutating func take<Value>(_ resolved: Resolved<Value>, _ column: Int) -> Value? {
        switch resolved {
        case .value(let value): return value
        case .problem(let kind): draft.problems.append((kind, column))
        case .blank: break
        }
        return nil
    }

    /// The end of a row: the row rules, once, then the row is rejected with its problems or
    /// handed to its collector.
    mutating func endRow(line: Int, fields: Int, width: Int) {
        defer { draft.reset() }
        guard width > 0 else {
            // A line of empty cells is a blank line, not a row. Its key cells were delivered
            // all the same (blank, unlike the row before) and the filter now remembers them
            // blank: the next row must build its key from them, not keep the last row's.
            if draft.keyChanged { forgetKey() }
            return
        }
        result.rows += 1
        if let column = draft.personalIdentifierColumn, personalIdentifierAt == nil {
            // SPEC 3.5: the whole file is refused; its position is kept, never its value.
            personalIdentifierAt = location(line, column)
            skipping = true
            return
        }
        if skipping { return }
        // Key cells beyond the end of a short row are blank.
        if fields < columnCount {
            for (column, key) in keyColumns where column >= fields {
                if keyCell(key, Self.noBytes) { draft.keyChanged = true }
            }
        }
        // The first row always changes the key cells: nothing was delivered before it. After a
        // row cut short by malformed quoting there is no key: built now.
        if draft.keyChanged || (!hasKey && keyProblems.isEmpty) {
            rebuildKey(line: line)
            if skipping { return }
        }
        if width > columnCount {
            reject(.tooManyFields(fields: width, columns: columnCount), line)
            return
        }
        // A totals row is one error, whatever else is wrong with it (its project or period are
        // often left blank): it is to be deleted, not corrected.
        if keyIsTotalsRow, case .value(let name) = institutionCache.value {
            reject(.totalsRowByName(institution: name), line, column: institutionColumn)
            return
        }
        guard keyProblems.isEmpty && draft.problems.isEmpty else {
            // An error value in a key cell of the first row is both a key problem and the
            // cell's own: said once.
            var said: Set<Problem> = []
            for (kind, column) in keyProblems + draft.problems {
                let problem = Problem(kind, at: location(line, column))
                if said.insert(problem).inserted { result.problemLog.append(problem) }
            }
            result.rejectedRows += 1
            return
        }
        // Child rows by the million: counted into the current tally without touching the key.
        if result.kind == .child && tallies.addToCurrent(draft, keepsChildren: keepsChildren) { return }
        // A row without a key has key problems and was rejected above; should one slip
        // through, it is rejected, never counted under a wrong key or dropped unseen.
        guard let key = currentKey else {
            reject(.missingValue(column: "dagtilbud"), line, column: institutionColumn)
            return
        }
        if result.kind == .child {
            tallies.add(draft, key: key, line: line, keepsChildren: keepsChildren)
        } else {
            registrations.add(draft, key: key, at: location(line), plan: plan!, problems: &result.problemLog)
        }
    }

    mutating func malformedQuoting(line: Int, unterminated: Bool) {
        brokenLine = line
        if let column = draft.personalIdentifierColumn, personalIdentifierAt == nil {
            // A CPR number before the break still refuses the file (SPEC 3.5).
            personalIdentifierAt = location(line, column)
            skipping = true
        }
        draft.reset()
        if plan == nil && !unterminated && line <= HeaderSearch.lines {
            // A title or note above the header with a stray quote is passed over like any
            // (issue 15); should no header follow, it was the header (`refuseForBrokenHeader`).
            if search.rowsPassedOver == 0 && brokenFirstRecordLine == nil { brokenFirstRecordLine = line }
            search.passOver(line: line)
            return
        }
        if plan == nil && search.hasFallback { takeFallbackHeader(searchedAll: false) }
        guard plan != nil else {
            // Without its header line the columns are unknown: nothing in the file can be read.
            result.problemLog.append(Problem(.malformedQuoting(unterminated: unterminated), at: location(line)))
            refuse(reading: SheetHeader(cells: []))
            return
        }
        result.rows += 1
        reject(.malformedQuoting(unterminated: unterminated), line)
        // The row's key cells may have reached the key caches (and FieldFilter's memory, so
        // the next row does not deliver them again) before the row was cut short.
        forgetKey()
    }

    /// The next row builds its key afresh from the key caches instead of keeping the last
    /// row's: key cells reached the caches without a row that built the key from them.
    private mutating func forgetKey() {
        currentKey = nil
        hasKey = false
        tallies.keyChanged()
        keyProblems = []
    }

    /// Bytes of a broken record no cell delivered: a CPR number among them refuses the file
    /// (SPEC 3.5), located at the broken record's line. They are searched piece by piece
    /// between delimiters and line breaks, as the cells they would have been: digits of
    /// neighbouring cells joined by a delimiter are no CPR number. Quotes are left out: the
    /// stray quote that broke the record stands inside what reads as one value
    /// (`"150387" 4721`).
    mutating func unparsed(_ bytes: UnsafeRawBufferPointer) {
        guard personalIdentifierAt == nil, bytes.count >= PersonalIdentifier.minimumLength else { return }
        let delimiter = result.dialect?.delimiter ?? UInt8(ascii: ",")
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == delimiter || bytes[end] == 0x0A || bytes[end] == 0x0D
        {
            let piece = bytes[start..<end].filter { $0 != UInt8(ascii: "\"") }
            if piece.withUnsafeBytes({ PersonalIdentifier.looksLikeCPR($0) }) {
                personalIdentifierAt = location(brokenLine)
                skipping = true
                return
            }
            start = end + 1
        }
    }

    /// Records a failure that stops reading the file.
    mutating func fail(_ problem: Problem) {
        // The records looked at for a header are read as before first: what the fallback
        // header says (`unrecognised-sheet` replaces the problems so far) must not remove the
        // failure.
        if plan == nil && search.hasFallback { takeFallbackHeader(searchedAll: false) }
        result.problemLog.append(problem)
        result.refused = true
    }

    /// The result, with the collected rows, or the refusal of a file with a personal
    /// identifier.
    mutating func finish() -> SheetReadResult {
        if plan == nil && search.hasFallback { takeFallbackHeader(searchedAll: false) }
        if let location = personalIdentifierAt {
            // Nothing else from this file is kept or shown: other messages could echo the value.
            result.problemLog.replaceAll(with: Problem(.personalIdentifier(rowsRefused: result.rows), at: location))
            result.rejectedRows = result.rows
            result.refused = true
            return result
        }
        if result.refused {
            result.rejectedRows = result.rows
            return result
        }
        if plan == nil && brokenFirstRecordLine != nil {
            refuseForBrokenHeader()
            result.rejectedRows = result.rows
            return result
        } else if plan == nil {
            result.problemLog.append(Problem(.emptyFile, at: SourceLocation(file: file.displayName)))
        } else if result.rows == 0 && !skipping {
            result.problemLog.append(Problem(.headerOnly, at: SourceLocation(file: file.displayName, line: headerLine)))
        }
        if result.kind == .institution, let plan {
            result.rejectedRows += registrations.takeOutTotalsRows(
                plan: plan, file: file.displayName, problems: &result.problemLog)
        }
        result.registrations = registrations.registrations + tallies.registrations(file: file.displayName)
        result.children = tallies.children
        return result
    }

    // MARK: The header

    /// Does what the header search found.
    private mutating func act(on outcome: HeaderSearch.Outcome) {
        switch outcome {
        case .passedOver:
            break
        case .tooWide(let columns, let line):
            result.problemLog.append(
                Problem(.tooManyColumns(columns: columns, maximum: HeaderSearch.maximumColumns), at: location(line)))
            refuse(reading: SheetHeader(cells: []))
        case .encodingUncertain(let likely, let line):
            // A file in an 8-bit code page whose header no code page makes sense of: refused,
            // naming the likely one (a silent misread otherwise).
            result.problemLog.append(Problem(.encodingUncertain(likely: likely), at: location(line)))
            refuse(reading: SheetHeader(cells: []))
        case .found(let candidate, let rowsAbove, let searchedLines):
            if rowsAbove > 0 {
                result.problemLog.append(
                    Problem(
                        .headerNotOnFirstLine(headerLine: candidate.line, rowsAbove: rowsAbove), at: location(candidate.line)))
            }
            readHeader(candidate, searchedLines: searchedLines)
        }
    }

    /// No record within `HeaderSearch.lines` has a `dagtilbud` column: the fallback is read as
    /// the header, and the records after it are rows (the file is not read: it has no
    /// `dagtilbud` column).
    private mutating func takeFallbackHeader(searchedAll: Bool) {
        if brokenFirstRecordLine != nil {
            refuseForBrokenHeader()
            return
        }
        guard let (outcome, rowsAfter) = search.takeFallback(searchedAll: searchedAll) else { return }
        act(on: outcome)
        result.rows += rowsAfter
    }

    /// No header was found below the first record, broken by a stray quote: that record was the
    /// header. The file is refused for it; the records after it are its rows.
    private mutating func refuseForBrokenHeader() {
        result.problemLog.append(Problem(.malformedQuoting(unterminated: false), at: location(brokenFirstRecordLine!)))
        result.rows += search.giveUp() - 1
        refuse(reading: SheetHeader(cells: []))
    }

    private mutating func readHeader(_ candidate: HeaderSearch.Candidate, searchedLines: ClosedRange<Int>?) {
        let (cells, line) = (candidate.cells, candidate.line)
        let header = SheetHeader(cells: cells, matched: candidate.roles)
        headerLine = line
        result.kind = header.kind
        for (index, characters) in candidate.removed.enumerated() where !characters.isEmpty && !cells[index].isEmpty {
            if PersonalIdentifier.looksLikeCPR(cells[index]) {
                // Removing the characters joined digits the cell kept apart: refused like a CPR number.
                personalIdentifierAt = location(line).cell(index + 1, named: nil)
                skip(reading: header)
                return
            }
            result.problemLog.append(
                Problem(
                    .controlCharacterRemoved(
                        column: header.name(of: index), value: cells[index], characters: characters.codePoints),
                    at: location(line).cell(index + 1, named: header.name(of: index))))
        }
        for (kind, column) in zip(header.problems, header.problemColumns) {
            result.problemLog.append(Problem(kind, at: location(line).cell(column, named: header.name(of: column - 1))))
        }
        if header.hasDuplicateColumns {
            refuse(reading: header)
            return
        }
        if !file.followsLayout && !header.saysWhatItIs {
            // Not a sheet: say so once; its rows are not data and not rejected.
            result.problemLog.replaceAll(
                with: Problem(.unrecognisedSheet(searchedLines: searchedLines), at: SourceLocation(file: file.displayName)))
            skip(reading: header)
            return
        }
        var missing: [String] = []
        let institution = header.index(of: .institution)
        if institution == nil { missing.append("dagtilbud") }
        if header.index(of: .project) == nil && file.projectFromPath == nil { missing.append("projekt") }
        if header.index(of: .period) == nil && file.periodFromPath == nil { missing.append("periode") }
        if file.isNamedChildSheet && header.index(of: .assessment(.trivsel)) == nil
            && header.index(of: .assessment(.sprog)) == nil
        {
            missing.append("trivsel/sprog")
        }
        for column in missing {
            result.problemLog.append(Problem(.missingColumn(column: column, searchedLines: searchedLines), at: location(line)))
        }
        guard let institution, missing.isEmpty else {
            refuse(reading: header)
            return
        }
        // What the path says must itself be valid (SPEC 3.3); otherwise no row can be placed.
        if let folder = file.projectFromPath {
            if catalogue.projects[ProjectID(folder)] == nil {
                result.problemLog.append(Problem(.unknownProject(value: folder), at: SourceLocation(file: file.displayName)))
                refuse(reading: header)
                return
            }
            resolver.pathProject = ProjectID(folder)
        }
        if let number = file.periodFromPath {
            let period = Period(number)
            guard let info = catalogue.info(for: period) else {
                result.problemLog.append(
                    Problem(.periodOutsideCatalogue(value: "\(number)"), at: SourceLocation(file: file.displayName)))
                refuse(reading: header)
                return
            }
            resolver.pathPeriod = period
            if !info.collected { warnNotCollected(period, line) }
        }
        use(ColumnPlan(header: header, institutionColumn: institution, keepsChildren: keepsChildren))
    }

    private mutating func use(_ plan: ColumnPlan) {
        self.plan = plan
        uses = plan.uses
        keyColumns = plan.keyColumns
        columnCount = plan.count
        institutionColumn = plan.institutionColumn
    }

    /// Refuses the file: its rows are counted, never read.
    private mutating func refuse(reading header: SheetHeader) {
        result.refused = true
        skip(reading: header)
    }

    /// Reads no row of the file (a refused or unrecognised one), only counts them.
    private mutating func skip(reading header: SheetHeader) {
        skipping = true
        use(ColumnPlan(ignoring: header))
    }

    /// A record that came whole although the header is read: delivered as a row.
    private mutating func replay(_ record: CSVRecord) {
        for index in 0..<record.count { cell(record[index], column: index) }
        endRow(line: record.line, fields: record.count, width: record.countIgnoringTrailingEmpty)
    }

    /// SPEC 3.5: a CPR-like value anywhere refuses the whole file; the first one's position
    /// (never its value) is kept. For the records looked at for a header.
    private mutating func findPersonalIdentifier(_ record: CSVRecord) {
        guard personalIdentifierAt == nil else { return }
        for index in 0..<record.count where record.length(of: index) >= PersonalIdentifier.minimumLength {
            if PersonalIdentifier.looksLikeCPR(record[index].bytes) {
                personalIdentifierAt = location(record.line).cell(index + 1, named: nil)
                skipping = true
                return
            }
        }
    }

    // MARK: The key

    /// Compares one raw key cell with the last row's, re-resolving it when it changed; true
    /// when it did.
    @inline(__always)
    private mutating func keyCell(_ role: KeyColumn, _ bytes: UnsafeRawBufferPointer) -> Bool {
        switch role {
        case .project:
            if projectCache.matches(bytes) { return false }
            projectCache.store(bytes, resolver.project(bytes, decoder))
        case .period:
            if periodCache.matches(bytes) { return false }
            periodCache.store(bytes, resolver.period(bytes, decoder))
        case .institution:
            if institutionCache.matches(bytes) { return false }
            let (resolved, removed) = resolver.institution(bytes, decoder)
            institutionCache.store(bytes, resolved)
            institutionRemoved = removed
            if case .value(let name) = resolved { keyIsTotalsRow = TotalsRow.isTotalsName(name) } else { keyIsTotalsRow = false }
        }
        return true
    }

    private static var noBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }

    /// Builds the key (or its problems) from the resolved key cells.
    private mutating func rebuildKey(line: Int) {
        keyProblems = []
        tallies.keyChanged()
        var project = resolver.pathProject
        if let column = plan?.projectColumn {
            switch projectCache.value {
            case .value(let value): project = value
            case .blank, nil: if project == nil { keyProblems.append((.missingValue(column: "projekt"), column)) }
            case .problem(let kind):
                keyProblems.append((kind, column))
                project = nil
            }
        }
        var period = resolver.pathPeriod
        if let column = plan?.periodColumn {
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
        hasKey = currentKey != nil
    }

    /// The institution cell just resolved held control characters or a byte-order mark
    /// (issue 15): a warning once per name and file; should their removal have joined digits
    /// into a CPR number, the file is refused as for one (SPEC 3.5).
    private mutating func reportRemovedCharacters(line: Int) {
        let removed = institutionRemoved
        institutionRemoved = []
        guard case .value(let name) = institutionCache.value else { return }
        let column = plan?.name(of: institutionColumn)
        if PersonalIdentifier.looksLikeCPR(name) {
            personalIdentifierAt = location(line, institutionColumn)
            skipping = true
            return
        }
        guard warnedCleanedNames.insert(name).inserted else { return }
        result.problemLog.append(
            Problem(
                .controlCharacterRemoved(column: column ?? "dagtilbud", value: name, characters: removed.codePoints),
                at: location(line, institutionColumn)))
    }

    // MARK: Problems

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: file.displayName, line: line, sheet: sheet)
    }

    /// A cell of a row: its line, its column (0-based) and the column's header as written.
    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        location(line).cell(column + 1, named: plan?.name(of: column))
    }

    private mutating func reject(_ kind: ProblemKind, _ line: Int, column: Int? = nil) {
        var at = location(line)
        if let column { at = location(line, column) }
        result.problemLog.append(Problem(kind, at: at))
        result.rejectedRows += 1
    }

    private mutating func warnNotCollected(_ period: Period, _ line: Int) {
        guard warnedNotCollected.insert(period).inserted else { return }
        result.problemLog.append(Problem(.periodNotCollected(period: period), at: location(line)))
    }
}

/// Which of the three key cells a column holds (SPEC 3.3).
enum KeyColumn: Sendable, Equatable {
    case project
    case period
    case institution
}
