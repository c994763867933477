import Testing
@testable import PuljeKit

/// The interval methods of SPEC 4 against reference values computed with scipy 1.17.1.
@Suite struct StatisticsTests {
    /// scipy.stats.t.ppf(0.975, df)
    @Test(arguments: [
        (1.0, 12.706204736174694), (2, 4.302652729749462), (4, 2.7764451051977934),
        (9, 2.262157162798205), (29, 2.045229642132703), (100, 1.9839715185235518),
    ])
    func tQuantileMatchesScipy(_ df: Double, _ reference: Double) {
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: df) - reference) < 1e-9)
        #expect(abs(StudentT.quantile(0.025, degreesOfFreedom: df) + reference) < 1e-9)
    }

    /// scipy.stats.t.cdf(1.5, df)
    @Test(arguments: [(1.0, 0.8128329581890011), (4, 0.896), (11, 0.919120991472273)])
    func tCDFMatchesScipy(_ df: Double, _ reference: Double) {
        #expect(abs(StudentT.cdf(1.5, degreesOfFreedom: df) - reference) < 1e-12)
    }

    /// n, mean, sd (ddof=1) and scipy.stats.t.interval(0.95, n-1, loc=mean, scale=sd/sqrt(n)).
    @Test func meanSummaryMatchesScipy() throws {
        let five = try #require(MeanSummary([5, 4, 6, 5, 7]))
        #expect(five.n == 5)
        #expect(abs(five.mean - 5.4) < 1e-12)
        #expect(abs(five.standardDeviation! - 1.1401754250991378) < 1e-12)
        #expect(abs(five.confidenceInterval!.lowerBound - 3.9842852230177286) < 1e-9)
        #expect(abs(five.confidenceInterval!.upperBound - 6.815714776982272) < 1e-9)

        let twelve = try #require(MeanSummary([1, 7, 7, 7, 2, 3, 4, 5, 6, 6, 5, 4]))
        #expect(abs(twelve.confidenceInterval!.lowerBound - 3.4756556836997388) < 1e-9)
        #expect(abs(twelve.confidenceInterval!.upperBound - 6.024344316300262) < 1e-9)

        let two = try #require(MeanSummary([3, 4]))
        #expect(abs(two.confidenceInterval!.lowerBound - -2.853102368087347) < 1e-9)
    }

    @Test func oneValueHasNoSpreadAndNoValuesNoSummary() {
        let one = MeanSummary([6])
        #expect(one?.mean == 6)
        #expect(one?.standardDeviation == nil)
        #expect(one?.confidenceInterval == nil)
        #expect(MeanSummary([Int]()) == nil)
    }

    /// scipy.stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson')
    @Test(arguments: [
        (81, 96, 0.7580851332547137, 0.9029629000931342), (0, 5, 0.0, 0.43448246478317476),
        (5, 5, 0.5655175352168251, 1.0), (1, 3, 0.06149194472039626, 0.7923403991979523),
        (441, 500, 0.8507680121388805, 0.9074069917484935),
    ])
    func wilsonMatchesScipy(_ k: Int, _ n: Int, _ low: Double, _ high: Double) throws {
        let interval = try #require(WilsonInterval.interval(successes: k, trials: n))
        #expect(abs(interval.lowerBound - low) < 1e-12)
        #expect(abs(interval.upperBound - high) < 1e-12)
    }

    @Test func noTrialsNoInterval() {
        #expect(WilsonInterval.interval(successes: 0, trials: 0) == nil)
    }
}
