/// One thing wrong with the input, where it is, and how bad: the unit of every validation
/// listing (`pulje validate`, `problems.csv`, a report's data-quality section).
public struct Problem: Hashable, Sendable, Comparable {
    public let location: SourceLocation
    public let kind: ProblemKind

    public init(_ kind: ProblemKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public var severity: Severity { kind.severity }
    public var code: String { kind.code }
    public func message(_ language: Language) -> String { kind.message(language) }

    /// File, line, column, then errors before warnings.
    public static func < (lhs: Problem, rhs: Problem) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.code < rhs.code
    }
}
