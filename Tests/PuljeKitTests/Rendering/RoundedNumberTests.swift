import Foundation
import Testing
@testable import PuljeKit

/// The one rounding rule of every output (SPEC 6, Rounding): half away from zero on the exact
/// decimal value. The reference is Foundation's `Decimal`, rounded with `.plain` (a half away
/// from zero), from the decimal digits of the ratio or of the Double's shortest representation.
@Suite struct RoundedNumberTests {
    /// `decimal` rounded to `places` by Foundation, in CSV notation.
    static func reference(_ decimal: Decimal, places: Int) -> String {
        var value = decimal
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        let text = NSDecimalNumber(decimal: rounded).stringValue
        let (whole, fraction) =
            text.contains(".") ? (String(text.split(separator: ".")[0]), String(text.split(separator: ".")[1])) : (text, "")
        let digits = fraction.padding(toLength: places, withPad: "0", startingAt: 0)
        let number = places == 0 ? whole : whole + "." + digits
        return number.hasPrefix("-") && number.allSatisfy({ "-0.".contains($0) }) ? String(number.dropFirst()) : number
    }

    @Test func exactHalvesOfRatiosRoundAwayFromZero() {
        // 75/32 = 2.34375, 5/32 = 0.15625, -7/160 = -0.04375: each exactly half a unit of the
        // 4th decimal.
        #expect(RoundedNumber(Ratio(75, 32), places: 4)?.description == "2.3438")
        #expect(RoundedNumber(Ratio(5, 32), places: 4)?.description == "0.1563")
        #expect(RoundedNumber(Ratio(-7, 160), places: 4)?.description == "-0.0438")
        // 167/40 = 4.175, whose nearest Double (4.17499999999999982...) rounds down.
        #expect(RoundedNumber(Ratio(167, 40), places: 2)?.description == "4.18")
        #expect(RoundedNumber(Ratio(-1, 2), places: 0)?.description == "-1")
        // Rounding to 0 leaves no sign.
        #expect(RoundedNumber(Ratio(-1, 3), places: 0)?.description == "0")
        #expect(RoundedNumber(Ratio(-1, 30_000), places: 4)?.description == "0.0000")
        // As a percentage: 1/16 = 6.25 %.
        #expect(RoundedNumber(Ratio(1, 16), places: 1, shift: 2)?.description == "6.3")
    }

    @Test func ratiosRoundAsTheirExactDecimalDoes() {
        var checked = 0
        for denominator in 1...400 {
            for numerator in stride(from: -2 * denominator, through: 2 * denominator, by: max(1, denominator / 40)) {
                for places in [0, 1, 2, 4] {
                    let exact = Decimal(numerator) / Decimal(denominator)
                    let rounded = RoundedNumber(Ratio(numerator, denominator), places: places)?.description
                    #expect(rounded == Self.reference(exact, places: places), "\(numerator)/\(denominator) to \(places)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100_000)
    }

    @Test func measuredValuesRoundOnTheirShortestDecimal() {
        // The shortest representation is the decimal the Double stands for: 2.675 and 1.005
        // lie just below in binary, and round up as written.
        #expect(RoundedNumber(2.675, places: 2)?.description == "2.68")
        #expect(RoundedNumber(1.005, places: 2)?.description == "1.01")
        #expect(RoundedNumber(-8.345, places: 2)?.description == "-8.35")
        #expect(RoundedNumber(0.12345, places: 4)?.description == "0.1235")
        // A difference of two rounded Doubles is another decimal: that is why figures from
        // counts are kept exact (89/160 - 3/5 is exactly -0.04375).
        #expect(RoundedNumber(89.0 / 160 - 3.0 / 5, places: 4)?.description == "-0.0437")
        #expect(RoundedNumber(Ratio(89, 160) - Ratio(3, 5), places: 4)?.description == "-0.0438")
        // Exponent forms, large values, zero and the bound.
        #expect(RoundedNumber(1e-05, places: 4)?.description == "0.0000")
        #expect(RoundedNumber(1.5e-05, places: 5)?.description == "0.00002")
        #expect(RoundedNumber(-0.000_04, places: 4)?.description == "0.0000")
        #expect(RoundedNumber(1e15, places: 0)?.description == "1000000000000000")
        #expect(RoundedNumber(1_234_567.891, places: 2)?.description == "1234567.89")
        #expect(RoundedNumber(0.999_96, places: 4)?.description == "1.0000")
        #expect(RoundedNumber(0.0, places: 3)?.description == "0.000")
        #expect(RoundedNumber(1e19, places: 0) == nil)
        #expect(RoundedNumber(.nan, places: 2) == nil)
    }

    @Test func measuredValuesRoundAsTheirShortestDecimalDoes() {
        // Seeded values of every size, and values a hair from a half, where the fast path
        // must give way to the digits.
        var random = SplitMix(seed: 16)
        var values: [Double] = []
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -3...9, using: &random)
            values.append(Double.random(in: -1...1, using: &random) * pow(10, magnitude))
        }
        for whole in 0..<2_000 {
            for half in [0.005, 0.05, 0.00005] {
                let value = Double(whole) / 7 + half
                values += [value, value.nextUp, value.nextDown, -value]
            }
        }
        for value in values {
            for places in [0, 1, 2, 4] {
                let reference = Self.reference(Decimal(string: "\(value)")!, places: places)
                #expect(RoundedNumber(value, places: places)?.description == reference, "\(value) to \(places)")
            }
        }
    }

    @Test func textGroupsThousandsWithTheLanguagesMarks() {
        let number = RoundedNumber(Ratio(-1_234_567_8, 10), places: 1)!
        #expect(number.text(decimalMark: UInt8(ascii: ","), groupSeparator: UInt8(ascii: ".")) == "-1.234.567,8")
        #expect(number.text(decimalMark: UInt8(ascii: "."), groupSeparator: UInt8(ascii: ",")) == "-1,234,567.8")
        #expect(RoundedNumber(Ratio(999), places: 0)!.text(decimalMark: 44, groupSeparator: 46) == "999")
    }
}
