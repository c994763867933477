/// Counts the accepted rows of a child sheet into traffic lights per institution-period
/// (SPEC 3.2), keeping each child with its pseudonym when asked (the panel of `pulje diff`).
struct ChildTallyCollector {
    private var tallies: [ChildTally] = []
    private var tallyIndex: [RegistrationKey: Int] = [:]
    /// The tally of the current key, once looked up: sheets hold an institution's children
    /// row after row.
    private var lastTallyIndex: Int?
    private(set) var children: [ChildAssessment] = []

    /// The row's key changed: the next row looks its tally up.
    @inline(__always)
    mutating func keyChanged() {
        lastTallyIndex = nil
    }

    /// Counts an accepted row into the tally of the last row's key, when the key has not
    /// changed since; false when it has (then `add`).
    @inline(__always)
    mutating func addToCurrent(_ draft: RowDraft, keepsChildren: Bool) -> Bool {
        guard let index = lastTallyIndex, !keepsChildren else { return false }
        tallies[index].add(trivsel: draft.trivsel, sprog: draft.sprog, status: draft.status)
        return true
    }

    /// Counts an accepted row under its key.
    mutating func add(_ draft: RowDraft, key: RegistrationKey, line: Int, keepsChildren: Bool) {
        let index: Int
        if let known = lastTallyIndex {
            index = known
        } else if let known = tallyIndex[key] {
            index = known
        } else {
            index = tallies.count
            tallies.append(ChildTally(key: key, firstLine: line))
            tallyIndex[key] = index
        }
        lastTallyIndex = index
        tallies[index].add(trivsel: draft.trivsel, sprog: draft.sprog, status: draft.status)
        if keepsChildren, let pseudonym = draft.pseudonym {
            children.append(
                ChildAssessment(key: key, pseudonym: pseudonym, trivsel: draft.trivsel, sprog: draft.sprog, status: draft.status))
        }
    }

    /// One registration per institution-period, in the order the sheet first named them.
    func registrations(file: String) -> [Registration] {
        tallies.map { $0.registration(file: file) }
    }
}
