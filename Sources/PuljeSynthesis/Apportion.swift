/// Splits a whole-number total over parts in proportion to weights, by largest remainder:
/// the parts always add up to the total exactly.
enum Apportion {
    static func split(_ total: Int, weights: [Double]) -> [Int] {
        guard total > 0, !weights.isEmpty else { return Array(repeating: 0, count: weights.count) }
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return split(total, weights: weights.map { _ in 1 }) }
        let exact = weights.map { Double(total) * $0 / sum }
        var parts = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { (exact[$0] - Double(parts[$0]), -$0) > (exact[$1] - Double(parts[$1]), -$1) }
        for index in order.prefix(total - parts.reduce(0, +)) { parts[index] += 1 }
        return parts
    }
}
