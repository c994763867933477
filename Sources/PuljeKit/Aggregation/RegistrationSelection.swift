/// Some of a data set's registrations, picked by position and read in place: a project's
/// registrations in one period or phase, or every project's in Tabel 3's window. A
/// registration is a few hundred bytes; a national run aggregates each of them at a dozen
/// levels, and copying it into every level's rows cost more than the sums themselves.
struct RegistrationSelection: RandomAccessCollection {
    private let base: ArraySlice<Registration>
    /// Positions in `base` (its own indices), in the order they are read.
    private let positions: [Int]

    /// Every registration of `base`, in order.
    init(_ base: ArraySlice<Registration>) {
        self.init(base, positions: Array(base.indices))
    }

    /// The registrations of `base` at `positions` (indices of `base`), in that order.
    init(_ base: ArraySlice<Registration>, positions: [Int]) {
        self.base = base
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(position: Int) -> Registration {
        _read { yield base[positions[position]] }
    }

    /// Those of the selection that `isIncluded` accepts, in the same order.
    func selecting(where isIncluded: (Registration) -> Bool) -> RegistrationSelection {
        RegistrationSelection(base, positions: positions.filter { isIncluded(base[$0]) })
    }
}
