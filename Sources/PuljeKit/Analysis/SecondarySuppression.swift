/// Completes small-number suppression (SPEC 4) so that it cannot be undone by subtraction:
/// when the parts of a published total (the institutions of a project in a period) have
/// exactly one suppressed cell, the total minus the others would give it back, so the
/// smallest other part is suppressed too, as statistical offices do.
enum SecondarySuppression {
    /// Which parts to suppress, given each part's size and whether it is suppressed already.
    static func complete(sizes: [Int], suppressed: [Bool]) -> [Bool] {
        var result = suppressed
        guard result.filter({ $0 }).count == 1 else { return result }
        let candidates = sizes.indices.filter { !result[$0] && sizes[$0] > 0 }
        if let smallest = candidates.min(by: { (sizes[$0], $0) < (sizes[$1], $1) }) {
            result[smallest] = true
        }
        return result
    }
}
