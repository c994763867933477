import Foundation

/// The chi-square distribution's upper tail, for the tests that compare periods: P(X >= x)
/// with `k` degrees of freedom = Q(k/2, x/2), the regularized upper incomplete gamma function
/// (series below a + 1, Lentz's continued fraction above).
public enum ChiSquare {
    public static func survival(_ x: Double, degreesOfFreedom k: Double) -> Double {
        precondition(k > 0, "degrees of freedom must be positive")
        guard x > 0 else { return 1 }
        return IncompleteGamma.upper(k / 2, x / 2)
    }
}

enum IncompleteGamma {
    /// Q(a, x) = Γ(a, x) / Γ(a).
    static func upper(_ a: Double, _ x: Double) -> Double {
        if x < a + 1 { return 1 - lowerSeries(a, x) }
        return upperFraction(a, x)
    }

    private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var n = a
        for _ in 0..<1000 {
            n += 1
            term *= x / n
            sum += term
            if abs(term) < abs(sum) * 1e-16 { break }
        }
        let logFront: Double = -x + a * log(x) - lgamma(a)
        return sum * exp(logFront)
    }

    private static func upperFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...1000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        let logFront: Double = -x + a * log(x) - lgamma(a)
        return exp(logFront) * h
    }
}

/// The standard normal distribution, for Newcombe intervals and power.
public enum StandardNormal {
    public static func cdf(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// The z with P(Z <= z) = p, by bisection to 1e-13.
    public static func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "probability must lie strictly between 0 and 1")
        var low = -40.0
        var high = 40.0
        while high - low > 1e-13 {
            let middle = (low + high) / 2
            if cdf(middle) < p { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
