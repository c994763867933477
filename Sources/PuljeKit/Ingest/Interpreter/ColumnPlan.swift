/// How each column of a sheet is read, decided once from its header (SPEC 3.1, 3.2): what the
/// column holds and so how its cells decode, and which cells the tokenizer may leave out
/// (`FieldFilter`). The row interpreter reads every row by it, whichever kind of sheet; a
/// tokenizer only reads `fieldRules`.
public struct ColumnPlan: Sendable {
    /// What one column holds, for the per-cell dispatch.
    enum Use: Sendable, Equatable {
        /// The project, period or institution of the row (SPEC 3.3).
        case key(KeyColumn)
        /// An activity or citizen count (SPEC 2.1, 2.2): a whole number, blank = not registered.
        case count(Indicator)
        /// A 1-7 rating (SPEC 2.3).
        case rating(ScaleQuestion)
        /// One colour's count of a traffic-light series (SPEC 2.4), by its slot in
        /// `RowDraft.lights` (series slot x 3 + colour).
        case lightCount(slot: Int)
        /// A child's colour (SPEC 3.2).
        case light(Assessment)
        case status
        case age
        /// The `barn` cell, read only when children are kept.
        case pseudonym
        /// Not read; still searched for CPR numbers (SPEC 3.5).
        case ignored
    }

    /// The matched header.
    let header: SheetHeader
    /// Per column (trailing empty header cells dropped).
    let uses: [Use]
    /// Where the key columns are; nil for a key the path gives.
    let projectColumn: Int?
    let periodColumn: Int?
    let institutionColumn: Int

    /// A plan for a readable sheet. `keepsChildren`: read the `barn` cell.
    init(header: SheetHeader, institutionColumn: Int, keepsChildren: Bool) {
        self.header = header
        self.institutionColumn = institutionColumn
        projectColumn = header.index(of: .project)
        periodColumn = header.index(of: .period)
        var keys: [Int: KeyColumn] = [institutionColumn: .institution]
        if let column = projectColumn { keys[column] = .project }
        if let column = periodColumn { keys[column] = .period }
        uses = header.roles.enumerated().map { index, role in
            if let key = keys[index] { return .key(key) }
            switch role {
            case .indicator(let indicator): return .count(indicator)
            case .scale(let question): return .rating(question)
            case .trafficLightCount(let series, let light): return .lightCount(slot: Self.slot(series, light))
            case .assessment(let assessment): return .light(assessment)
            case .status: return .status
            case .age: return .age
            case .child where keepsChildren: return .pseudonym
            default: return .ignored
            }
        }
    }

    /// A plan that reads nothing: for a refused or unrecognised file, whose rows are only
    /// counted and searched for CPR numbers.
    init(ignoring header: SheetHeader) {
        self.header = header
        uses = header.names.map { _ in .ignored }
        (projectColumn, periodColumn, institutionColumn) = (nil, nil, 0)
    }

    /// Columns in the header.
    var count: Int { uses.count }

    /// The key columns with what they hold.
    var keyColumns: [(column: Int, key: KeyColumn)] {
        uses.enumerated().compactMap { index, use in
            if case .key(let key) = use { (index, key) } else { nil }
        }
    }

    /// Which cells the tokenizer may leave out: unchanged key cells (sheets repeat them row
    /// after row), blank values (blank is what a row starts as) and short cells of unread
    /// columns (too short for a CPR number).
    var fieldRules: [FieldFilter.Rule] {
        uses.map { use in
            switch use {
            case .key: .ifChanged
            case .ignored: .ifLong
            case .count, .rating, .lightCount, .light, .status, .age, .pseudonym: .ifNotEmpty
            }
        }
    }

    /// The name a problem uses for a column: its header as written.
    func name(of column: Int) -> String { header.name(of: column) }

    /// The first column of a traffic-light series, where a problem with the series is shown.
    func firstColumn(of series: TrafficLightSeries) -> Int? {
        uses.firstIndex { use in
            if case .lightCount(let slot) = use { slot / 3 == series.slot } else { false }
        }
    }

    /// A colour's slot in `RowDraft.lights`: green, yellow, red per series, series as
    /// `TrafficLightSeries.all`.
    static func slot(_ series: TrafficLightSeries, _ light: TrafficLight) -> Int {
        let colour =
            switch light {
            case .green: 0
            case .yellow: 1
            case .red: 2
            }
        return series.slot * 3 + colour
    }
}
