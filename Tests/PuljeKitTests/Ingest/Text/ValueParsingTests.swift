import Testing
@testable import PuljeKit

/// Numbers (SPEC 3.4), CPR detection (SPEC 3.5) and header folding, cell by cell.
@Suite struct ValueParsingTests {
    @Test(arguments: [
        ("12", NumberStyle.Value.whole(12)), ("1099", .whole(1099)), ("2.5", .fraction(2.5)),
        ("-3", .whole(-3)), (" 7 ", .whole(7)), ("3.0", .whole(3)),
    ])
    func decimalPointNumbers(_ text: String, _ value: NumberStyle.Value) {
        #expect(NumberStyle.decimalPoint.parse(text) == value)
    }

    @Test(arguments: [
        ("1.099", NumberStyle.Value.whole(1099)), ("2,5", .fraction(2.5)), ("1.234.567", .whole(1_234_567)),
        ("3,5", .fraction(3.5)), ("12", .whole(12)), ("1.099,50", .fraction(1099.5)),
    ])
    func danishNumbers(_ text: String, _ value: NumberStyle.Value) {
        #expect(NumberStyle.danish.parse(text) == value)
    }

    @Test(arguments: ["", "tolv", "1,099", "1.2.3", "--1", ".", "2..5"])
    func notNumbersWithDecimalPoint(_ text: String) {
        #expect(NumberStyle.decimalPoint.parse(text) == nil)
    }

    @Test(arguments: ["2.5", "1.09", "12.3456", ",", "1.099.9"])
    func notNumbersTheDanishWay(_ text: String) {
        #expect(NumberStyle.danish.parse(text) == nil)
    }

    @Test(arguments: ["010203-1234", "010203 1234", "0102031234", "Barn 311299-0001 (Sol)", "290200-4321"])
    func cprLikeValuesAreCaught(_ text: String) {
        #expect(PersonalIdentifier.looksLikeCPR(text))
    }

    /// No modulus-11 check: 010203-1234 fails it and is still caught above.
    @Test(arguments: ["MOR-0001", "1234567890", "320103-1234", "011303-1234", "01020312345", "123", "2021-05-01"])
    func otherValuesAreNot(_ text: String) {
        #expect(!PersonalIdentifier.looksLikeCPR(text))
    }

    @Test func headerNamesFoldAsTheSpecSays() {
        #expect(ColumnName.fold("  Antal børn tilknyttet projektet ") == "antal_boern_tilknyttet_projektet")
        #expect(ColumnName.fold("Trivsel-Grøn") == "trivsel_groen")
        #expect(ColumnName.fold("Forældre  Åben") == "foraeldre_aaben")
        #expect(ColumnRole(header: ScaleQuestion.t5KompetencerPrimaer.danishQuestion) == .scale(.t5KompetencerPrimaer))
        #expect(ColumnRole(header: "Sprog Rød") == .trafficLightCount(TrafficLightSeries(.sprog), .red))
        #expect(ColumnRole(header: "trivsel_udgaaet_gul") == .trafficLightCount(TrafficLightSeries(.trivsel, .udgaaet), .yellow))
    }

    @Test func windows1252RoundTrips() {
        let text = "Tønder Børnehus – Æblehaven €"
        let bytes = TextEncoding.windows1252Bytes(text)!
        #expect(bytes.count == text.count)
        let decoded = bytes.withUnsafeBytes { TextEncoding.windows1252.decode($0) }
        #expect(decoded == text)
    }
}
