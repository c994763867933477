import Foundation

/// Annual wages per role (SPEC 5, `wages-2022.csv`: `role,municipality,annual_wage_kr`): an
/// empty municipality is the national default; a municipality's own row wins for its projects.
public struct WageTable: Sendable {
    public struct Key: Hashable, Sendable {
        public let role: Role
        /// Folded municipality name; empty for the national row.
        public let municipality: String
    }

    public private(set) var wages: [Key: Double]

    public init(wages: [Key: Double]) {
        self.wages = wages
    }

    /// The wage of a role for a municipality: its own row, else the national one.
    public func annualWage(_ role: Role, municipality: String) -> Double? {
        wages[Key(role: role, municipality: ColumnName.fold(municipality))] ?? wages[Key(role: role, municipality: "")]
    }

    /// This table with `other`'s rows laid over it (a municipality's own file over the default).
    public func overlaid(with other: WageTable) -> WageTable {
        WageTable(wages: wages.merging(other.wages) { _, own in own })
    }

    /// The wage table the evaluation's costs were computed with (embedded `wages-2022.csv`).
    public static let standard: WageTable = {
        do {
            return try WageTable(bytes: EmbeddedCatalogue.files["wages-2022.csv"]!, name: "wages-2022.csv")
        } catch {
            fatalError("The embedded wage table is invalid: \(error)")  // pinned by a test
        }
    }()

    public static func load(_ path: String) throws(CostError) -> WageTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: .notFoundOrUnreadable)
        }
        return try WageTable(bytes: [UInt8](data), name: path)
    }

    init(bytes: [UInt8], name: String) throws(CostError) {
        let table = try CostTable(bytes: bytes, name: name)
        var wages: [Key: Double] = [:]
        for row in table.rows {
            let role = Role(try table.text(row, "role"))
            let wage = try table.number(row, "annual_wage_kr")
            guard wage > 0 else {
                throw .invalidValue(
                    file: name, line: row.line, column: "annual_wage_kr", value: table.optionalText(row, "annual_wage_kr"),
                    expected: .wageAboveZero)
            }
            wages[Key(role: role, municipality: ColumnName.fold(table.optionalText(row, "municipality")))] = wage
        }
        self.wages = wages
    }
}

/// A cost reference table (wages, activities, an index) with located cell access.
struct CostTable {
    private let table: CSVTable
    var name: String { table.name }
    var rows: [(line: Int, cells: [String])] { table.rows }

    init(bytes: [UInt8], name: String) throws(CostError) {
        do {
            table = try CSVTable(bytes: bytes, name: name)
        } catch {
            switch error {
            case .unreadable(_, let reason): throw .unreadable(file: name, reason: FailureReason(reason))
            case .malformedQuoting(_, let line): throw .malformedQuoting(file: name, line: line)
            case .empty: throw .unreadable(file: name, reason: .empty)
            }
        }
    }

    func optionalText(_ row: (line: Int, cells: [String]), _ column: String) -> String {
        table.cell(row, column) ?? ""
    }

    func text(_ row: (line: Int, cells: [String]), _ column: String) throws(CostError) -> String {
        guard let value = table.cell(row, column) else { throw .missingColumn(file: name, column: column) }
        guard !value.isEmpty else {
            throw .invalidValue(file: name, line: row.line, column: column, value: value, expected: .value)
        }
        return value
    }

    /// A number with `.` as the decimal point (the catalogue's files are `,`-separated).
    func optionalNumber(_ row: (line: Int, cells: [String]), _ column: String) throws(CostError) -> Double? {
        guard let value = table.cell(row, column) else { throw .missingColumn(file: name, column: column) }
        if value.isEmpty { return nil }
        switch NumberStyle.decimalPoint.parse(value) {
        case .whole(let number): return Double(number)
        case .fraction(let number): return number
        case .wholeBeyondInt, nil:
            throw .invalidValue(file: name, line: row.line, column: column, value: value, expected: .number)
        }
    }

    func number(_ row: (line: Int, cells: [String]), _ column: String) throws(CostError) -> Double {
        guard let value = try optionalNumber(row, column) else {
            throw .invalidValue(file: name, line: row.line, column: column, value: "", expected: .number)
        }
        return value
    }
}
