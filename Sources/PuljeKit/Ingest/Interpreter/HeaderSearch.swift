/// Finds a sheet's header among its first records (issue 15): a title, a date or notes may
/// stand above it. The first record within `lines` with a `dagtilbud` column is the header;
/// should none have one, the first with two known columns (else the first record) is read as
/// the header, so that the file is refused for what it lacks, naming the lines searched.
///
/// In an 8-bit code page each record looked at says which code page it is in
/// (`EncodingChoice`); the header's own choice decides.
struct HeaderSearch {
    /// How far down the header is looked for: a title, a date and notes fit above it.
    static let lines = 10
    /// No registration sheet has more columns (SPEC 2 names fewer than 60).
    static let maximumColumns = 1_000

    /// A record read as a header: its cells decoded (NFC, control characters removed), their
    /// roles, and what was removed from each.
    struct Candidate {
        let cells: [String]
        let roles: [ColumnRole?]
        let removed: [[Unicode.Scalar]]
        let line: Int
        /// Records looked at before it.
        let rowsBefore: Int
        let knownColumns: Int
    }

    enum Outcome {
        /// Not the header: looked at and passed over.
        case passedOver
        /// The header. `rowsAbove`: records passed over above it; `searchedLines`: the lines
        /// searched when no record had a `dagtilbud` column and this one is the fallback.
        case found(Candidate, rowsAbove: Int, searchedLines: ClosedRange<Int>?)
        /// A header wider than any sheet.
        case tooWide(columns: Int, line: Int)
        /// Not UTF-8, and no code page makes sense of the header (`encoding-uncertain`).
        case encodingUncertain(likely: TextEncoding, line: Int)
    }

    /// Records looked at so far.
    private(set) var rowsPassedOver = 0
    private var fallback: Candidate?
    /// The likely code page when the fallback's record settled none.
    private var fallbackEncodingUncertain: TextEncoding?
    private var firstLineSearched = 0
    private var lastLineSearched = 0

    /// True while a fallback waits: no record so far had a `dagtilbud` column.
    var hasFallback: Bool { fallback != nil }

    /// Looks at a record before the header. `encoding` is the file's, updated when the record
    /// settles the code page.
    mutating func look(at record: CSVRecord, encoding: inout TextEncoding, followsLayout: Bool) -> Outcome {
        guard record.count <= Self.maximumColumns else {
            // A header this wide is not a sheet: refused without naming a million columns.
            return .tooWide(columns: record.count, line: record.line)
        }
        // A record no code page makes sense of (a title with Danish letters) settles nothing
        // until the header, whose own choice decides.
        var uncertain: TextEncoding?
        if encoding.isEightBit {
            var choice = EncodingChoice.fromHeader((0..<record.count).map { record[$0].bytes }, likely: encoding)
            // Off the layout, a header that knows no column is no sheet (unrecognised-sheet).
            if case .uncertain(let likely, true) = choice, !followsLayout { choice = .read(likely) }
            switch choice {
            case .read(let chosen): encoding = chosen
            case .uncertain(let likely, _): uncertain = likely
            }
        }
        var removed: [[Unicode.Scalar]] = []
        let cells = (0..<record.count).map { index in
            let (text, characters) = encoding.decode(record[index].bytes).removingControlCharacters()
            removed.append(characters)
            return text.trimmingSpaces().precomposed
        }
        let roles = cells.map { $0.isEmpty ? nil : ColumnRole(header: $0) }
        let candidate = Candidate(
            cells: cells, roles: roles, removed: removed, line: record.line, rowsBefore: rowsPassedOver,
            knownColumns: roles.count { $0 != nil })
        if roles.contains(.institution) || (fallback == nil && record.line > Self.lines) {
            if let likely = uncertain { return .encodingUncertain(likely: likely, line: record.line) }
            return .found(candidate, rowsAbove: rowsPassedOver, searchedLines: nil)
        }
        if fallback == nil || (candidate.knownColumns >= 2 && fallback!.knownColumns < 2) {
            fallback = candidate
            fallbackEncodingUncertain = uncertain
        }
        if rowsPassedOver == 0 { firstLineSearched = record.line }
        rowsPassedOver += 1
        lastLineSearched = record.line
        return .passedOver
    }

    /// A record above the header broken by a stray quote (a title, a note): passed over like
    /// any.
    mutating func passOver(line: Int) {
        if rowsPassedOver == 0 { firstLineSearched = line }
        rowsPassedOver += 1
        lastLineSearched = line
    }

    /// Ends the search without a header; returns the records looked at.
    mutating func giveUp() -> Int {
        fallback = nil
        return rowsPassedOver
    }

    /// Gives up the search: the fallback is the header. `searchedAll`: every line within
    /// `lines` was looked at (a record below them came). Returns the outcome and the records
    /// after the fallback that were passed over: they are the file's rows (the file is not
    /// read: its header has no `dagtilbud` column).
    mutating func takeFallback(searchedAll: Bool) -> (outcome: Outcome, rowsAfter: Int)? {
        guard let candidate = fallback else { return nil }
        fallback = nil
        if searchedAll { lastLineSearched = Self.lines }
        let rowsAfter = rowsPassedOver - candidate.rowsBefore - 1
        if let likely = fallbackEncodingUncertain {
            return (.encodingUncertain(likely: likely, line: candidate.line), rowsAfter)
        }
        let searched = firstLineSearched...max(firstLineSearched, lastLineSearched)
        return (.found(candidate, rowsAbove: 0, searchedLines: searched), rowsAfter)
    }
}
