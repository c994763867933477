/// A sheet's header line, matched to column roles (SPEC 3.1, 3.2, 3.4), and what kind of sheet
/// its columns make it.
struct SheetHeader {
    let kind: SheetKind
    /// Header cells as written, trailing empty cells dropped.
    let names: [String]
    /// The role of each column; nil for a column that is ignored.
    let roles: [ColumnRole?]

    /// Problems with the header itself: unknown columns (warnings) and duplicates (errors).
    private(set) var problems: [ProblemKind] = []
    /// Column numbers (1-based) for `problems`.
    private(set) var problemColumns: [Int] = []

    /// - Parameter matched: the role of each cell, when the caller has matched them already
    ///   (`ColumnRole(header:)`, once per cell).
    init(cells: [String], matched: [ColumnRole?]? = nil) {
        var names = cells
        while let last = names.last, last.isEmpty { names.removeLast() }
        self.names = names
        var roles: [ColumnRole?] = []
        var firstColumn: [ColumnRole: Int] = [:]
        var problems: [ProblemKind] = []
        var problemColumns: [Int] = []
        for (index, name) in names.enumerated() {
            guard let role = matched.map({ $0[index] }) ?? ColumnRole(header: name) else {
                roles.append(nil)
                problems.append(.unknownColumn(name: name.isEmpty ? "#\(index + 1)" : name))
                problemColumns.append(index + 1)
                continue
            }
            if let first = firstColumn[role] {
                problems.append(.duplicateColumn(column: name, firstColumn: first))
                problemColumns.append(index + 1)
                roles.append(nil)
                continue
            }
            firstColumn[role] = index + 1
            roles.append(role)
        }
        self.kind = roles.contains { $0?.isChildColumn == true } ? .child : .institution
        // Columns of the other kind of sheet are not read: say so, like unknown ones.
        for (index, role) in roles.enumerated() {
            guard let role else { continue }
            let fits: Bool =
                switch role {
                case .project, .institution, .period: true
                case .indicator, .scale, .trafficLightCount: kind == .institution
                case .child, .assessment, .status, .age, .tool: kind == .child
                }
            if !fits {
                roles[index] = nil
                problems.append(.unknownColumn(name: names[index]))
                problemColumns.append(index + 1)
            }
        }
        self.roles = roles
        self.problems = problems
        self.problemColumns = problemColumns
    }

    /// 0-based index of the column with a role.
    func index(of role: ColumnRole) -> Int? {
        roles.firstIndex { $0 == role }
    }

    var hasDuplicateColumns: Bool {
        problems.contains { if case .duplicateColumn = $0 { true } else { false } }
    }

    /// True when the columns hold something to read (SPEC 3.3: other files are read "when
    /// their columns say what it is").
    var saysWhatItIs: Bool {
        guard index(of: .institution) != nil else { return false }
        return roles.contains { role in
            switch role {
            case .indicator, .scale, .trafficLightCount, .assessment: true
            default: false
            }
        }
    }

    /// The name a problem uses for a column: its header as written.
    func name(of column: Int) -> String {
        column < names.count ? names[column] : "#\(column + 1)"
    }
}
