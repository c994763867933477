import Synchronization

/// A mean with its spread and 95% confidence interval (SPEC 4, scales): n, mean, sample
/// standard deviation (n - 1) and the t-based interval mean ± t(0.975, n - 1) · sd / √n.
/// With one value the standard deviation and interval are undefined (nil), not 0.
public struct MeanSummary: Hashable, Sendable {
    public let n: Int
    /// The sum of the values: the mean is exactly sum / n (`exactMean`).
    public let sum: Int
    /// For the statistics computed from it (sd, intervals, tests); reports print `exactMean`.
    public let mean: Double
    public let standardDeviation: Double?
    public let confidenceInterval: ClosedRange<Double>?

    /// nil for no values: nothing was registered, so there is nothing to summarise.
    public init?<Values: Collection>(_ values: Values) where Values.Element == Int {
        guard !values.isEmpty else { return nil }
        let count = values.count
        sum = values.reduce(0, +)
        let average = Double(sum) / Double(count)
        n = count
        mean = average
        guard count > 1 else {
            standardDeviation = nil
            confidenceInterval = nil
            return
        }
        let squares = values.reduce(0.0) { $0 + (Double($1) - average) * (Double($1) - average) }
        let sd = (squares / Double(count - 1)).squareRoot()
        standardDeviation = sd
        let margin = Self.criticalValue(degreesOfFreedom: count - 1) * sd / Double(count).squareRoot()
        confidenceInterval = (average - margin)...(average + margin)
    }

    /// The mean as the ratio of whole numbers it is, for printing (SPEC 6, Rounding).
    public var exactMean: Ratio { Ratio(sum, n) }

    /// t(0.975, df), each computed once (a bisection on the incomplete beta function): a
    /// national report needs tens of thousands of intervals over a few hundred distinct df.
    private static let criticalValues = Mutex<[Int: Double]>([:])

    static func criticalValue(degreesOfFreedom df: Int) -> Double {
        if let known = criticalValues.withLock({ $0[df] }) { return known }
        let value = StudentT.quantile(0.975, degreesOfFreedom: Double(df))
        criticalValues.withLock { $0[df] = value }
        return value
    }
}
