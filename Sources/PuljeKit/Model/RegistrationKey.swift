/// Identifies one registration: an institution's sheet row for one period of one project.
/// The same key twice in a data set is an error (SPEC 3.5).
public struct RegistrationKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let project: ProjectID
    /// The institution (`dagtilbud`) as written, surrounding spaces removed.
    public let institution: String
    public let period: Period

    public init(project: ProjectID, institution: String, period: Period) {
        self.project = project
        self.institution = institution
        self.period = period
    }

    public static func < (lhs: RegistrationKey, rhs: RegistrationKey) -> Bool {
        (lhs.project, lhs.institution, lhs.period) < (rhs.project, rhs.institution, rhs.period)
    }

    public var description: String { "\(project)/\(institution)/\(period)" }
}
