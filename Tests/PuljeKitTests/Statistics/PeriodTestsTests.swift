import Testing
@testable import PuljeKit

/// The tests behind period comparisons against scipy 1.17.1 (calls in the comments).
@Suite struct PeriodTestsTests {
    /// stats.chi2.sf(x, k)
    @Test(arguments: [
        (3.2, 2.0, 0.2018965179946554), (7.5, 1, 0.0061698993205441645), (12.3, 4, 0.015254394655769615),
        (0.5, 3, 0.9188914116546758), (25, 10, 0.005345505487134069),
    ])
    func chiSquareTailMatchesScipy(_ x: Double, _ k: Double, _ reference: Double) {
        #expect(abs(ChiSquare.survival(x, degreesOfFreedom: k) - reference) < 1e-10)
    }

    /// stats.norm.cdf(-1.3), stats.norm.ppf(0.975), stats.norm.ppf(0.8)
    @Test func normalMatchesScipy() {
        #expect(abs(StandardNormal.cdf(-1.3) - 0.09680048458561036) < 1e-12)
        #expect(abs(StandardNormal.quantile(0.975) - 1.959963984540054) < 1e-9)
        #expect(abs(StandardNormal.quantile(0.8) - 0.8416212335729143) < 1e-9)
    }

    /// r = stats.ttest_ind(a, b, equal_var=False); r.statistic, r.pvalue, r.df,
    /// r.confidence_interval(0.95) (of mean(a) - mean(b); pulje reports mean(b) - mean(a)).
    @Test func welchMatchesScipy() throws {
        let welch = try #require(PeriodTests.welch([4, 5, 5, 6, 3, 4], [5, 6, 6, 7, 5, 6, 7]))
        #expect(abs(welch.t - 2.8419928002940256) < 1e-9)
        #expect(abs(welch.p - 0.018497605846525066) < 1e-9)
        #expect(abs(welch.degreesOfFreedom - 9.424656905494103) < 1e-9)
        #expect(abs(welch.interval.lowerBound - 0.3141870575687913) < 1e-9)
        #expect(abs(welch.interval.upperBound - 2.685812942431209) < 1e-9)
        #expect(PeriodTests.welch([4], [5, 6]) == nil)
    }

    /// stats.chi2_contingency([[30,40],[10,8],[5,2]], correction=False)
    @Test func chiSquareTableMatchesScipy() throws {
        let result = try #require(PeriodTests.chiSquare([[30, 40], [10, 8], [5, 2]]))
        #expect(abs(result.statistic - 2.680776014109346) < 1e-9)
        #expect(result.degreesOfFreedom == 2)
        #expect(abs(result.p - 0.2617440903214961) < 1e-9)
        #expect(PeriodTests.chiSquare([[0, 0], [1, 2]]) == nil)
    }

    /// Newcombe (1998) method 10 from scipy's Wilson bounds:
    /// d - sqrt((p2-l2)^2 + (u1-p1)^2), d + sqrt((u2-p2)^2 + (p1-l1)^2), 30/50 -> 40/50.
    @Test func newcombeIntervalMatchesItsDefinition() throws {
        let interval = try #require(PeriodTests.newcombe(successes1: 30, trials1: 50, successes2: 40, trials2: 50))
        #expect(abs(interval.lowerBound - 0.020133900869208105) < 1e-12)
        #expect(abs(interval.upperBound - 0.36359235205533574) < 1e-12)
    }

    /// McNemar without correction: (8 - 3)^2 / 11, stats.chi2.sf(stat, 1); Stuart-Maxwell:
    /// d = row - column sums (first two), S as in Stuart (1955), d' S^-1 d, stats.chi2.sf(stat, 2).
    @Test func pairedTestsMatchScipy() throws {
        let mcNemar = try #require(PeriodTests.mcNemar(becameGreen: 8, leftGreen: 3))
        #expect(abs(mcNemar.statistic - 2.272727272727273) < 1e-12)
        #expect(abs(mcNemar.p - 0.13166801602281455) < 1e-10)
        let stuart = try #require(PeriodTests.stuartMaxwell([[20, 5, 1], [8, 10, 2], [2, 4, 6]]))
        #expect(abs(stuart.statistic - 1.6) < 1e-12)
        #expect(abs(stuart.p - 0.4493289641172217) < 1e-10)
        #expect(PeriodTests.mcNemar(becameGreen: 0, leftGreen: 0) == nil)
    }

    /// (norm.ppf(0.975) + norm.ppf(0.8)) * sqrt(0.7*0.3*(1/50+1/50)) and
    /// * sqrt(1.2^2/10 + 0.9^2/12).
    @Test func minimumDetectableDifferences() throws {
        #expect(
            abs(try #require(PeriodTests.minimumDetectableShareDifference(pooled: 0.7, n1: 50, n2: 50)) - 0.2567695265574409)
                < 1e-9)
        #expect(
            abs(
                try #require(PeriodTests.minimumDetectableMeanDifference(sd1: 1.2, n1: 10, sd2: 0.9, n2: 12)) - 1.2884246442127814
            ) < 1e-9)
    }
}
