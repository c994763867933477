/// The tests that tell a real change between two periods from noise (for `pulje diff`):
/// Welch's t for two means, Pearson's chi-square for a contingency table, Newcombe's interval
/// for a difference of two shares, and, for the same children in both periods, McNemar's and
/// the Stuart-Maxwell test. Each returns its statistic and two-sided p-value.
public enum PeriodTests {
    /// Welch's unequal-variance t test of mean(b) - mean(a).
    public struct Welch: Hashable, Sendable {
        public let difference: Double
        public let t: Double
        public let degreesOfFreedom: Double
        public let p: Double
        public let interval: ClosedRange<Double>
    }

    /// nil when either side has fewer than 2 values or both have no spread.
    public static func welch(_ a: [Int], _ b: [Int]) -> Welch? {
        guard let first = MeanSummary(a), let second = MeanSummary(b),
            let sdA = first.standardDeviation, let sdB = second.standardDeviation
        else { return nil }
        let va = sdA * sdA / Double(first.n)
        let vb = sdB * sdB / Double(second.n)
        let se = (va + vb).squareRoot()
        guard se > 0 else { return nil }
        let difference = second.mean - first.mean
        let t = difference / se
        let df = (va + vb) * (va + vb) / (va * va / Double(first.n - 1) + vb * vb / Double(second.n - 1))
        let p = 2 * (1 - StudentT.cdf(abs(t), degreesOfFreedom: df))
        let margin = StudentT.quantile(0.975, degreesOfFreedom: df) * se
        return Welch(
            difference: difference, t: t, degreesOfFreedom: df, p: p, interval: (difference - margin)...(difference + margin))
    }

    /// Pearson's chi-square test of independence for a table of counts (no continuity
    /// correction); nil when a row or column is all zero.
    public static func chiSquare(_ table: [[Int]]) -> (statistic: Double, degreesOfFreedom: Int, p: Double)? {
        let rows = table.map { $0.reduce(0, +) }
        let columns = (0..<(table.first?.count ?? 0)).map { column in table.reduce(0) { $0 + $1[column] } }
        let total = rows.reduce(0, +)
        guard total > 0, !rows.contains(0), !columns.contains(0), rows.count > 1, columns.count > 1 else { return nil }
        var statistic = 0.0
        for (i, row) in table.enumerated() {
            for (j, observed) in row.enumerated() {
                let expected = Double(rows[i]) * Double(columns[j]) / Double(total)
                statistic += (Double(observed) - expected) * (Double(observed) - expected) / expected
            }
        }
        let df = (rows.count - 1) * (columns.count - 1)
        return (statistic, df, ChiSquare.survival(statistic, degreesOfFreedom: Double(df)))
    }

    /// Newcombe's hybrid score interval (1998, method 10) for p2 - p1, from the two Wilson
    /// intervals; nil when a side has no trials.
    public static func newcombe(successes1: Int, trials1: Int, successes2: Int, trials2: Int) -> ClosedRange<Double>? {
        guard let w1 = WilsonInterval.interval(successes: successes1, trials: trials1),
            let w2 = WilsonInterval.interval(successes: successes2, trials: trials2)
        else { return nil }
        let p1 = Double(successes1) / Double(trials1)
        let p2 = Double(successes2) / Double(trials2)
        let difference = p2 - p1
        let lower =
            difference - ((p2 - w2.lowerBound) * (p2 - w2.lowerBound) + (w1.upperBound - p1) * (w1.upperBound - p1)).squareRoot()
        let upper =
            difference + ((w2.upperBound - p2) * (w2.upperBound - p2) + (p1 - w1.lowerBound) * (p1 - w1.lowerBound)).squareRoot()
        return lower...upper
    }

    /// McNemar's test (no continuity correction) for the same children, green vs not green:
    /// `becameGreen` and `leftGreen` are the discordant pairs; nil when there are none.
    public static func mcNemar(becameGreen: Int, leftGreen: Int) -> (statistic: Double, p: Double)? {
        let discordant = becameGreen + leftGreen
        guard discordant > 0 else { return nil }
        let difference = Double(becameGreen - leftGreen)
        let statistic = difference * difference / Double(discordant)
        return (statistic, ChiSquare.survival(statistic, degreesOfFreedom: 1))
    }

    /// The Stuart-Maxwell test of marginal homogeneity for a k x k table of the same children
    /// (rows: first period, columns: second); nil when the covariance matrix is singular.
    public static func stuartMaxwell(_ table: [[Int]]) -> (statistic: Double, degreesOfFreedom: Int, p: Double)? {
        let k = table.count
        guard k == 3, table.allSatisfy({ $0.count == 3 }) else { return nil }
        let n = table.map { $0.map(Double.init) }
        let rows = (0..<k).map { i in n[i].reduce(0, +) }
        let columns = (0..<k).map { j in n.reduce(0) { $0 + $1[j] } }
        let d = (0..<(k - 1)).map { rows[$0] - columns[$0] }
        var s = [[0.0, 0.0], [0.0, 0.0]]
        for i in 0..<2 {
            for j in 0..<2 {
                s[i][j] = i == j ? rows[i] + columns[i] - 2 * n[i][i] : -(n[i][j] + n[j][i])
            }
        }
        let determinant = s[0][0] * s[1][1] - s[0][1] * s[1][0]
        guard abs(determinant) > 1e-12 else { return nil }
        let inverse = [[s[1][1] / determinant, -s[0][1] / determinant], [-s[1][0] / determinant, s[0][0] / determinant]]
        var statistic = 0.0
        for i in 0..<2 {
            for j in 0..<2 { statistic += d[i] * inverse[i][j] * d[j] }
        }
        return (statistic, 2, ChiSquare.survival(statistic, degreesOfFreedom: 2))
    }

    /// The smallest difference of two shares a two-sided 5% test would detect with 80% power
    /// (normal approximation at the pooled share).
    public static func minimumDetectableShareDifference(pooled p: Double, n1: Int, n2: Int) -> Double? {
        guard n1 > 0, n2 > 0 else { return nil }
        let z = StandardNormal.quantile(0.975) + StandardNormal.quantile(0.80)
        return z * (p * (1 - p) * (1 / Double(n1) + 1 / Double(n2))).squareRoot()
    }

    /// The smallest difference of two means detectable with 80% power at 5% (normal approximation).
    public static func minimumDetectableMeanDifference(sd1: Double, n1: Int, sd2: Double, n2: Int) -> Double? {
        guard n1 > 0, n2 > 0 else { return nil }
        let z = StandardNormal.quantile(0.975) + StandardNormal.quantile(0.80)
        return z * (sd1 * sd1 / Double(n1) + sd2 * sd2 / Double(n2)).squareRoot()
    }
}
