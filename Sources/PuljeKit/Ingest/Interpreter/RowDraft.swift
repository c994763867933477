/// What the cells of the row being read said, decoded into typed values and located
/// problems, before the row rules decide whether it is kept. One draft serves both kinds of
/// sheet: an institution row fills counts, ratings and colour counts, a child row a child's
/// colours, status and pseudonym.
struct RowDraft {
    /// A key cell was delivered and differs from the last row's (`RowInterpreter.keyCell`).
    var keyChanged = false
    /// Counts and ratings of an institution row (SPEC 2.1-2.3).
    var values = RegisteredValues()
    /// Colour counts of an institution row, by `ColumnPlan.slot` (-1: blank).
    var lights = InlineArray<12, Int>(repeating: -1)
    /// True once a value or colour count was set: `reset` then clears them.
    var hasValues = false
    /// A child row's colours, status and pseudonym (SPEC 3.2).
    var trivsel: TrafficLight?
    var sprog: TrafficLight?
    var status = ChildStatus.aktiv
    /// The `barn` cell, when children are kept (`SheetReader.keepsChildren`).
    var pseudonym: String?
    /// Problems with the row's cells, with their 0-based columns, in column order.
    var problems: [(ProblemKind, Int)] = []
    /// The first column holding a CPR-like value (SPEC 3.5).
    var personalIdentifierColumn: Int?

    /// Ready for the next row, in place (the problem list keeps its storage).
    @inline(__always)
    mutating func reset() {
        keyChanged = false
        if hasValues {
            values = RegisteredValues()
            lights = InlineArray(repeating: -1)
            hasValues = false
        }
        trivsel = nil
        sprog = nil
        status = .aktiv
        if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
        personalIdentifierColumn = nil
        pseudonym = nil
    }
}
