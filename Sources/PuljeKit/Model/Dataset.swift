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

    /// The projects a report covers, each with its registrations (grouped in one pass): the
    /// catalogue's projects in catalogue order, then projects it does not know; only those in
    /// `only` when given. A catalogue project without registrations comes with none.
    public func registrationsByProject(catalogue: Catalogue, only: [ProjectID]? = nil)
        -> [(project: ProjectID, registrations: [Registration])]
    {
        let wanted = only.map(Set.init)
        let included = catalogue.projects.keys.filter { wanted?.contains($0) ?? true }
            + projects.filter { catalogue.projects[$0] == nil && (wanted?.contains($0) ?? true) }
        let grouped = Dictionary(grouping: registrations.values, by: \.key.project)
        return included.map { ($0, grouped[$0] ?? []) }
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
