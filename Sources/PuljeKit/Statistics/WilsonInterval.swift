/// The Wilson score interval for a share (SPEC 4, traffic lights: "the 95% Wilson score
/// interval"): better behaved than the Wald interval near 0 and 1 and for small n.
public enum WilsonInterval {
    /// The standard normal 0.975 quantile.
    public static let z95 = 1.959963984540054

    /// The 95% interval for `successes` out of `trials`; nil when there are no trials.
    public static func interval(successes: Int, trials: Int, z: Double = z95) -> ClosedRange<Double>? {
        guard trials > 0 else { return nil }
        precondition((0...trials).contains(successes), "successes must lie between 0 and trials")
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return max(0, centre - half)...min(1, centre + half)
    }
}
