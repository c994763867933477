import OrderedCollections

/// All accepted registrations of a run, keyed and sorted by project, institution and period:
/// what validation hands on to analysis. Rejected rows never enter it; they are listed as
/// problems instead.
public struct Dataset: Sendable {
    public let registrations: OrderedDictionary<RegistrationKey, Registration>
    /// The accepted child rows with their pseudonyms, when validation was asked to keep them
    /// (`Validation.keepsChildren`); empty otherwise.
    public let children: [ChildAssessment]

    /// Builds the data set; keys must be unique (validation rejects the second registration).
    public init(_ registrations: [Registration], children: [ChildAssessment] = []) {
        self.registrations = OrderedDictionary(
            uniqueKeysWithValues: registrations.sorted { $0.key < $1.key }.map { ($0.key, $0) })
        self.children = children
    }

    public var isEmpty: Bool { registrations.isEmpty }

    public subscript(key: RegistrationKey) -> Registration? { registrations[key] }

    /// Projects with at least one registration, in identifier order.
    public var projects: [ProjectID] {
        Array(OrderedSet(registrations.keys.map(\.project)))
    }

    /// The registrations of one project, in institution and period order.
    public func registrations(of project: ProjectID) -> [Registration] {
        registrations.values.filter { $0.key.project == project }
    }

    /// Distinct institutions (a name within a project).
    public var institutionCount: Int {
        Set(registrations.keys.map { [$0.project.rawValue, $0.institution] }).count
    }

    /// Distinct periods with at least one registration, ascending.
    public var periods: [Period] {
        Set(registrations.keys.map(\.period)).sorted()
    }
}
