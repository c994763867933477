import OrderedCollections

/// All accepted registrations of a run, keyed and sorted by project, institution and period:
/// what validation hands on to analysis. Rejected rows never enter it; they are listed as
/// problems instead.
public struct Dataset: Sendable {
    public let registrations: OrderedDictionary<RegistrationKey, Registration>
    /// The accepted child rows with their pseudonyms, when validation was asked to keep them
    /// (`Validation.keepsChildren`); empty otherwise.
    public let children: [ChildAssessment]

    /// Where each project's registrations lie in `registrations`, which are sorted by project
    /// first: a project's registrations are one contiguous run, handed out without a copy.
    private let projectRanges: OrderedDictionary<ProjectID, Range<Int>>

    /// Builds the data set; keys must be unique (validation rejects the second registration).
    public init(_ registrations: [Registration], children: [ChildAssessment] = []) {
        // Sorted as indices: a registration is a few hundred bytes, an index eight.
        let order = registrations.indices.sorted { registrations[$0].key < registrations[$1].key }
        self.init(sorted: order.map { registrations[$0] }, children: children)
    }

    /// Builds the data set from projects' registrations already sorted: the projects in
    /// identifier order, each project's registrations by key (as validation joins them).
    init(sortedByProject projects: [[Registration]]) {
        var sorted: [Registration] = []
        sorted.reserveCapacity(projects.reduce(0) { $0 + $1.count })
        for registrations in projects { sorted += registrations }
        self.init(sorted: sorted, children: [])
    }

    private init(sorted: [Registration], children: [ChildAssessment]) {
        // Keys and values given whole: the key index is built at its final size.
        self.init(indexed: OrderedDictionary(uniqueKeys: sorted.map(\.key), values: sorted), children: children)
    }

    private init(indexed sorted: OrderedDictionary<RegistrationKey, Registration>, children: [ChildAssessment]) {
        var ranges = OrderedDictionary<ProjectID, Range<Int>>()
        var start = 0
        let keys = sorted.keys
        for index in keys.indices where index == keys.count - 1 || keys[index + 1].project != keys[index].project {
            ranges[keys[index].project] = start..<(index + 1)
            start = index + 1
        }
        self.registrations = sorted
        self.projectRanges = ranges
        self.children = children
    }

    /// The same registrations with the accepted child rows kept beside them.
    func keeping(_ children: [ChildAssessment]) -> Dataset {
        Dataset(indexed: registrations, children: children)
    }

    public var isEmpty: Bool { registrations.isEmpty }

    public subscript(key: RegistrationKey) -> Registration? { registrations[key] }

    /// Projects with at least one registration, in identifier order.
    public var projects: [ProjectID] {
        Array(projectRanges.keys)
    }

    /// The registrations of one project, in institution and period order.
    public func registrations(of project: ProjectID) -> ArraySlice<Registration> {
        guard let range = projectRanges[project] else { return [] }
        return registrations.values.elements[range]
    }

    /// The projects a report covers, each with its registrations: the catalogue's projects in
    /// catalogue order, then projects it does not know; only those in `only` when given. A
    /// catalogue project without registrations comes with none.
    public func registrationsByProject(catalogue: Catalogue, only: [ProjectID]? = nil)
        -> [(project: ProjectID, registrations: ArraySlice<Registration>)]
    {
        let wanted = only.map(Set.init)
        let included =
            catalogue.projects.keys.filter { wanted?.contains($0) ?? true }
            + projects.filter { catalogue.projects[$0] == nil && (wanted?.contains($0) ?? true) }
        return included.map { ($0, registrations(of: $0)) }
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
