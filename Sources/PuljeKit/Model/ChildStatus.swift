/// Whether an assessed child is still in the institution, or left since the previous period
/// and was assessed on the way out (SPEC 2.4, 3.2: status `aktiv` or `udgaaet`).
public enum ChildStatus: String, CaseIterable, Hashable, Sendable, Comparable {
    case aktiv
    case udgaaet

    /// Reads a `status` cell; a blank cell means `aktiv` (SPEC 3.2).
    public init?(cell: String) {
        switch ColumnName.fold(cell) {
        case "", "aktiv", "active": self = .aktiv
        case "udgaaet", "udgaet", "left", "gone": self = .udgaaet
        default: return nil
        }
    }

    public static func < (lhs: ChildStatus, rhs: ChildStatus) -> Bool {
        lhs == .aktiv && rhs == .udgaaet
    }
}
