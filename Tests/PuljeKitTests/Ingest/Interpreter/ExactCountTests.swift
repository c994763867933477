import Foundation
import Testing
@testable import PuljeKit

/// Numbers are decided from their digits exactly (issue 13): no Double on the way to a count,
/// no digit rounded away before it is known whether a number is whole, and a count above
/// one million is `count-implausible`, however many digits it has.
@Suite struct ExactNumberTests {
    @Test(arguments: [
        // The 16th fraction digit decides: the nearest Double of each is the whole number, so
        // the fraction is moved off it, to the next Double on its side.
        ("5.0000000000000001", NumberStyle.Value.fraction(5.0.nextUp)),
        ("4.0000000000000001", .fraction(4.0.nextUp)),
        ("19.99999999999999999", .fraction(20.0.nextDown)),
        ("-0.00000000000000001", .fraction(-1e-17)),
        ("3.0000000000000000000", .whole(3)),
        // 2^49 + 0.5 leaves the one-decimal fast path; 0.5 is exact at that size (spacing 1/8).
        ("562949953421312.5", .fraction(562_949_953_421_312.5)),
        // Whole numbers are Ints from their digits, up to Int.max exactly, and past it never rounded.
        ("9007199254740993", .whole(9_007_199_254_740_993)),
        ("10000000000000000", .whole(10_000_000_000_000_000)),
        ("9223372036854775807", .whole(Int.max)),
        ("9223372036854775808", .wholeBeyondInt(negative: false)),
        ("99999999999999999999999", .wholeBeyondInt(negative: false)),
        ("99999999999999999999999.000", .wholeBeyondInt(negative: false)),
        ("-99999999999999999999999", .wholeBeyondInt(negative: true)),
    ])
    func decimalPointNumbersAreReadFromAllTheirDigits(_ text: String, _ value: NumberStyle.Value) {
        #expect(NumberStyle.decimalPoint.parse(text) == value)
    }

    @Test(arguments: [
        ("5,0000000000000001", NumberStyle.Value.fraction(5.0.nextUp)),
        ("1.000.001", .whole(1_000_001)),
        ("9.007.199.254.740.993", .whole(9_007_199_254_740_993)),
        ("99.999.999.999.999.999.999.999", .wholeBeyondInt(negative: false)),
    ])
    func danishNumbersAreReadFromAllTheirDigits(_ text: String, _ value: NumberStyle.Value) {
        #expect(NumberStyle.danish.parse(text) == value)
    }

    @Test func aFractionTooLongForADoubleIsStillNotWhole() {
        // 99999999999999999999999.5: beyond Int and beyond a Double's whole numbers, yet not whole.
        guard case .fraction = NumberStyle.decimalPoint.parse("99999999999999999999999.5") else {
            Issue.record("read as whole")
            return
        }
    }

    @Test func everyWholeNumberUpToTheBoundRoundTrips() {
        for value in stride(from: 0, through: 1_000_000, by: 7) {
            #expect(NumberStyle.decimalPoint.parse(String(value)) == .whole(value))
        }
        #expect(NumberStyle.decimalPoint.parse("1000000") == .whole(1_000_000))
    }
}

/// Counts in sheets: the bound, the digits past it, and what the report does with them.
@Suite struct CountBoundTests {
    static func validate(_ files: [String: String]) -> ValidationResult {
        let folder = TestSupport.folder(text: files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder)
    }

    static let solsikken = RegistrationKey(project: "frederikshavn", institution: "Solsikken", period: Period(6))
    static let regnbuen = RegistrationKey(project: "frederikshavn", institution: "Regnbuen", period: Period(6))

    @Test func aMillionIsACountAndOneMoreIsImplausible() {
        let result = Self.validate([
            "frederikshavn/periode-6.csv": "dagtilbud,boern,hjemmebesoeg\nSolsikken,1000000,1000000\nRegnbuen,1000001,2\n"
        ])
        #expect(CellDecoder.maximumCount == 1_000_000)
        #expect(result.problems.map(\.code) == ["count-implausible"])
        let problem = result.problems[0]
        #expect(problem.severity == .error)
        #expect(problem.location.line == 3 && problem.location.column == 2 && problem.location.columnName == "boern")
        #expect(problem.message(.english).contains("'1000001' in 'boern' is above 1,000,000"))
        #expect(problem.message(.danish).contains("'1000001' i 'boern' er over 1.000.000"))
        #expect(result.rejectedRows == 1)
        #expect(result.dataset[Self.solsikken]?[.boern] == 1_000_000)
        #expect(result.dataset[Self.solsikken]?[.hjemmebesoeg] == 1_000_000)
        #expect(result.dataset[Self.regnbuen] == nil)
    }

    @Test(arguments: ["10000000000000000", "99999999999999999999999", "9007199254740993", "1000001.0"])
    func countsPastTheBoundAreImplausibleHoweverManyDigits(_ cell: String) {
        let result = Self.validate([
            "frederikshavn/periode-6.csv":
                "dagtilbud,hjemmebesoeg,trivsel_groen,trivsel_gul,trivsel_roed\nSolsikken,\(cell),1,1,1\nRegnbuen,2,\(cell),0,0\n"
        ])
        #expect(result.problems.map(\.code) == ["count-implausible", "count-implausible"])
        #expect(result.problems.map(\.location.columnName) == ["hjemmebesoeg", "trivsel_groen"])
        #expect(result.problems[0].message(.english).contains("'\(cell)'"))
        #expect(result.dataset.isEmpty)
    }

    @Test func danishThousandsPastTheBoundAreImplausible() {
        let result = Self.validate(["frederikshavn/periode-6.csv": "dagtilbud;boern\nSolsikken;1.000.000\nRegnbuen;1.000.001\n"])
        #expect(result.problems.map(\.code) == ["count-implausible"])
        #expect(result.problems.first?.location.line == 3)
        #expect(result.dataset[Self.solsikken]?[.boern] == 1_000_000)
    }

    @Test func aDigitPastTheFifteenthDecimalIsNotWhole() {
        let result = Self.validate([
            "frederikshavn/periode-6.csv":
                "dagtilbud,boern,f1_daglig_kontakt\nSolsikken,5.0000000000000001,\nRegnbuen,,4.0000000000000001\nBikuben,-99999999999999999999999,\n"
        ])
        #expect(result.problems.map(\.code) == ["count-not-whole-number", "scale-out-of-range", "count-not-whole-number"])
        #expect(result.problems.map(\.location.line) == [2, 3, 4])
        #expect(result.dataset.isEmpty)
    }

    @Test func exactCountsBelowTheBoundRoundTripIntoActivityCSV() throws {
        let result = Self.validate([
            "frederikshavn/periode-6.csv":
                "dagtilbud,boern,hjemmebesoeg,kufferter\nSolsikken,1000000,999999,0\nRegnbuen,999999,1,123457\n",
            "haderslev/periode-6.csv": "dagtilbud;boern\nEgen;999.999\nBøgen;1\n",
        ])
        #expect(result.problems.isEmpty)
        #expect(result.dataset[Self.regnbuen]?.counts == [.boern: 999_999, .hjemmebesoeg: 1, .kufferter: 123_457])
        let activity = AnalysisTables(Aggregation(dataset: result.dataset, catalogue: .standard)).activity()
        let rows = Set(
            activity.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
                .filter { $0.count == 7 && $0[1] == "*" && $0[2] == "6" }.map { "\($0[0]) \($0[4]) \($0[5])" })
        // Sums over the two institutions: 1,000,000 + 999,999; 999,999 + 1; 0 + 123,457; 999,999 + 1.
        #expect(
            rows.isSuperset(of: [
                "frederikshavn boern 1999999", "frederikshavn hjemmebesoeg 1000000", "frederikshavn kufferter 123457",
                "haderslev boern 1000000",
            ]))
    }

    @Test func agesJustOffTwentyAndZeroAreReadOnTheirSide() {
        let result = Self.validate([
            "morsoe/periode-6-boern.csv":
                "dagtilbud,barn,trivsel,alder\nSpiren,A1,g,19.99999999999999999\nSpiren,A2,g,20.00000000000000001\nSpiren,A3,g,0.00000000000000001\nSpiren,A4,g,-0.00000000000000001\nSpiren,A5,g,99999999999999999999999\n"
        ])
        #expect(result.problems.map(\.code) == ["age-invalid", "age-invalid", "age-invalid"])
        #expect(result.problems.map(\.location.line) == [3, 5, 6])
        #expect(result.dataset.registrations.values.first?.childRows?.rows == 2)
    }
}
