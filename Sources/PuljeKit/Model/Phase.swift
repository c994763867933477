/// The stage a project was in during a period (SPEC 1): konkretisering, udbredelse, virkning,
/// or afsluttet. Kept open (a name, not a closed enum) so that another catalogue may name its own.
public struct Phase: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public static let konkretisering = Phase("konkretisering")
    public static let udbredelse = Phase("udbredelse")
    /// The impact phase: the usual headline of a phase aggregate (SPEC 4).
    public static let virkning = Phase("virkning")
    public static let afsluttet = Phase("afsluttet")

    /// Known phases sort in the order a project moves through them; others after, by name.
    private var rank: Int {
        switch self {
        case .konkretisering: 0
        case .udbredelse: 1
        case .virkning: 2
        case .afsluttet: 3
        default: 4
        }
    }

    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        (lhs.rank, lhs.name) < (rhs.rank, rhs.name)
    }

    public var description: String { name }
}
