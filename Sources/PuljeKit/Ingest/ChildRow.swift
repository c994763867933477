/// What the fields of the child row being read said so far.
struct ChildRow {
    var keyChanged = false
    var trivsel: TrafficLight?
    var sprog: TrafficLight?
    var status = ChildStatus.aktiv
    var problems: [(ProblemKind, Int)] = []
    var personalIdentifierColumn: Int?

    /// Ready for the next row, in place (the problem list keeps its storage).
    mutating func reset() {
        keyChanged = false
        trivsel = nil
        sprog = nil
        status = .aktiv
        if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
        personalIdentifierColumn = nil
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
    /// The pseudonym, the tool, an unknown column: searched for CPR numbers, otherwise unread.
    case other
}
