import Testing
@testable import PuljeKit

/// Ratios of counts stay exact through the differences and quotients the reports take.
@Suite struct RatioTests {
    @Test func ratiosAreKeptInLowestTermsWithAPositiveDenominator() {
        #expect(Ratio(6, 8) == Ratio(3, 4))
        #expect(Ratio(3, -4).numerator == -3 && Ratio(3, -4).denominator == 4)
        #expect(Ratio(0, 7) == 0 && Ratio(0, 7).denominator == 1)
        #expect(Ratio(8768, 2).isWhole && !Ratio(8167, 2).isWhole)
        #expect(Set([Ratio(1, 2), Ratio(2, 4), Ratio(50, 100)]).count == 1)
    }

    @Test func differencesAndQuotientsAreExact() {
        // 89/160 - 3/5 = 89/160 - 96/160 = -7/160 = -0.04375.
        #expect(Ratio(89, 160) - Ratio(3, 5) == Ratio(-7, 160))
        // (107 - 32) / 32 = 75/32 = 2.34375.
        #expect((Ratio(107) - Ratio(32)).divided(by: Ratio(32)) == Ratio(75, 32))
        // Children per period 8167/2 against 3/1: (8167/2 - 3) / 3 = 8161/6.
        #expect((Ratio(8167, 2) - 3).divided(by: 3) == Ratio(8161, 6))
        #expect(Ratio(5).divided(by: 0) == nil)
        #expect(Ratio(1, 3) < Ratio(1, 2) && Ratio(-1, 2) < Ratio(-1, 3))
        #expect(Ratio(-7, 160).signum == -1 && Ratio(0).signum == 0)
        #expect(abs(Ratio(1, 3).double - 1.0 / 3) < 1e-15)
    }
}
