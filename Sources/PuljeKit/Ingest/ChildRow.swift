/// What the fields of the child row being read said so far.
struct ChildRow {
    var keyChanged = false
    var trivsel: TrafficLight?
    var sprog: TrafficLight?
    var status = ChildStatus.aktiv
    var problems: [(ProblemKind, Int)] = []
    var personalIdentifierColumn: Int?
    /// The `barn` cell, when children are kept (`SheetReader.keepsChildren`).
    var pseudonym: String?

    /// Ready for the next row, in place (the problem list keeps its storage).
    mutating func reset() {
        keyChanged = false
        trivsel = nil
        sprog = nil
        status = .aktiv
        if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
        personalIdentifierColumn = nil
        pseudonym = nil
    }
}

/// Which of the three key cells a column holds.
enum KeyColumn {
    case project
    case period
    case institution
}

/// What a child-sheet column holds, for the per-field dispatch.
enum ChildColumn {
    case key(KeyColumn)
    case assessment(Assessment)
    case status
    case age
    /// The pseudonym, read only when children are kept.
    case pseudonym
    /// The pseudonym when children are not kept, the tool, an unknown column: searched for CPR numbers, otherwise unread.
    case other
}
