import Foundation

/// A wage index by year (`year,index`), to move 2022 prices to another year: wages are scaled
/// by index(to) / index(from). The repo ships only an example file whose values are labelled
/// as examples (`Fixtures/examples/wage-index-example.csv`); use a published index for real work.
public struct WageIndex: Sendable {
    public let values: [Int: Double]

    public init(values: [Int: Double]) {
        self.values = values
    }

    public static func load(_ path: String) throws(CostError) -> WageIndex {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: .notFoundOrUnreadable)
        }
        let table = try CostTable(bytes: [UInt8](data), name: path)
        var values: [Int: Double] = [:]
        for row in table.rows {
            let year = try table.number(row, "year")
            let index = try table.number(row, "index")
            guard year == year.rounded(), index > 0 else {
                let column = year == year.rounded() ? "index" : "year"
                throw .invalidValue(
                    file: path, line: row.line, column: column, value: table.optionalText(row, column),
                    expected: .yearAndIndexAboveZero)
            }
            values[Int(year)] = index
        }
        return WageIndex(values: values)
    }

    /// The factor from one year's prices to another's, or nil when a year is missing.
    public func factor(from: Int, to: Int) -> Double? {
        guard let start = values[from], let end = values[to] else { return nil }
        return end / start
    }
}
