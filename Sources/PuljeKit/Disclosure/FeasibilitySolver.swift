import CGLPK

/// The least and greatest integer value a count can take, as far as the published counts tell
/// (`upper` nil: no upper bound). The audit's unit of proof (SPEC 4, disclosure across linked
/// tables).
public struct FeasibilityInterval: Hashable, Sendable, CustomStringConvertible {
    public let lower: Int
    public let upper: Int?

    /// The number of steps between the least and the greatest value; nil when unbounded.
    public var width: Int? { upper.map { $0 - lower } }

    /// Whether the interval is at least `required` wide.
    public func isAtLeast(_ required: Int) -> Bool { width.map { $0 >= required } ?? true }

    public var description: String { "[\(lower); \(upper.map(String.init) ?? "∞")]" }
}

/// The exact integer bounds of sums of non-negative integer unknowns under equalities, solved
/// with GLPK's branch and bound (`glp_intopt`, Debian's libglpk-dev). The linked tables are
/// three-way (unit x period x colour), where the linear relaxation can be wider than what
/// integers allow, so the bounds are integer optima, never LP bounds.
///
/// Each row is a sum of unknowns with coefficient 1: a published count. A row is fixed to its
/// published value, or free with a least value (a hidden count; 1 where a 0 would have been
/// shown). This type is the only one that touches GLPK's pointers. GLPK keeps its state per
/// thread (Debian builds it thread-local), so solvers on different threads are independent;
/// one solver is used from one thread at a time.
final class FeasibilitySolver {
    private let problem: OpaquePointer
    private let rows: [[Int32]]

    /// - Parameters:
    ///   - variables: the number of unknowns, each an integer >= 0.
    ///   - rows: each published count as the unknowns it sums (indices below `variables`).
    init(variables: Int, rows: [[Int32]]) {
        self.rows = rows
        glp_term_out(GLP_OFF)
        problem = glp_create_prob()
        if variables > 0 { glp_add_cols(problem, Int32(variables)) }
        for column in stride(from: Int32(1), through: Int32(variables), by: 1) {
            glp_set_col_kind(problem, column, GLP_IV)
            glp_set_col_bnds(problem, column, GLP_LO, 0, 0)
        }
        if !rows.isEmpty { glp_add_rows(problem, Int32(rows.count)) }
        for (offset, terms) in rows.enumerated() {
            // GLPK's arrays start at index 1.
            var indices = [Int32(0)] + terms.map { $0 + 1 }
            var values = [Double](repeating: 1, count: terms.count + 1)
            glp_set_mat_row(problem, Int32(offset + 1), Int32(terms.count), &indices, &values)
            glp_set_row_bnds(problem, Int32(offset + 1), GLP_FR, 0, 0)
        }
    }

    deinit { glp_delete_prob(problem) }

    /// Publishes row `row` with `value`.
    func fix(_ row: Int, to value: Int) {
        glp_set_row_bnds(problem, Int32(row + 1), GLP_FX, Double(value), Double(value))
    }

    /// Hides row `row`: its count is only known to be at least `least`.
    func hide(_ row: Int, atLeast least: Int) {
        if least > 0 {
            glp_set_row_bnds(problem, Int32(row + 1), GLP_LO, Double(least), 0)
        } else {
            glp_set_row_bnds(problem, Int32(row + 1), GLP_FR, 0, 0)
        }
    }

    /// The feasibility interval of row `row`'s sum; nil when the rows contradict each other
    /// (published counts that no data could give) or GLPK gave no proven optimum.
    func interval(of row: Int) -> FeasibilityInterval? {
        withObjective(row) {
            guard case .value(let lower) = optimum(GLP_MIN) else { return nil }
            switch optimum(GLP_MAX) {
            case .value(let upper): return FeasibilityInterval(lower: lower, upper: upper)
            case .unbounded: return FeasibilityInterval(lower: lower, upper: nil)
            case .failed: return nil
            }
        }
    }

    /// The rows that bound row `row`'s sum in the linear relaxation, at its least and its
    /// greatest (the rows with a non-zero dual value): where hiding one more count can widen
    /// the interval.
    func binding(_ row: Int) -> Set<Int> {
        withObjective(row) {
            var binding = Set<Int>()
            for direction in [GLP_MIN, GLP_MAX] where simplex(direction) && glp_get_status(problem) == GLP_OPT {
                for other in rows.indices where other != row && abs(glp_get_row_dual(problem, Int32(other + 1))) > 1e-9 {
                    binding.insert(other)
                }
            }
            return binding
        }
    }

    /// Runs `body` with row `row`'s sum as the objective.
    private func withObjective<T>(_ row: Int, _ body: () -> T) -> T {
        let terms = rows[row]
        for term in terms { glp_set_obj_coef(problem, term + 1, 1) }
        defer { for term in terms { glp_set_obj_coef(problem, term + 1, 0) } }
        return body()
    }

    /// The simplex method, warm from the last basis; false when it stopped without a result.
    private func simplex(_ direction: Int32) -> Bool {
        glp_set_obj_dir(problem, direction)
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        return glp_simplex(problem, &parameters) == 0
    }

    private enum Optimum {
        case value(Int)
        case unbounded
        case failed
    }

    /// The simplex optimum first: where its vertex is integral it is the integer optimum too;
    /// a fractional vertex, or a simplex that stopped, goes to branch and bound.
    private func optimum(_ direction: Int32) -> Optimum {
        guard simplex(direction) else {
            // A basis the simplex could not use is not warm-started from again.
            glp_std_basis(problem)
            return branchAndBound()
        }
        switch glp_get_status(problem) {
        case GLP_UNBND: return .unbounded
        case GLP_NOFEAS: return .failed
        case GLP_OPT:
            let columns = glp_get_num_cols(problem)
            let integral = stride(from: Int32(1), through: columns, by: 1).allSatisfy { column in
                let value = glp_get_col_prim(problem, column)
                return abs(value - value.rounded()) < 1e-9
            }
            if integral { return .value(Int(glp_get_obj_val(problem).rounded())) }
        default: break
        }
        return branchAndBound()
    }

    private func branchAndBound() -> Optimum {
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.presolve = GLP_ON
        parameters.msg_lev = GLP_MSG_OFF
        // A bound that is not proven within a minute is no bound: the caller treats it as failed.
        parameters.tm_lim = 60_000
        let code = glp_intopt(problem, &parameters)
        if code == GLP_ENODFS { return .unbounded }
        guard code == 0, glp_mip_status(problem) == GLP_OPT else { return .failed }
        return .value(Int(glp_mip_obj_val(problem).rounded()))
    }
}
