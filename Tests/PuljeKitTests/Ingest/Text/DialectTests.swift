import Foundation
import Testing
@testable import PuljeKit

/// SPEC 3.4: the same sheet, saved in every dialect the reader accepts, reads to the same values.
@Suite struct DialectTests {
    /// The expected registrations, written out by hand from the sheet below.
    static let expected:
        [RegistrationKey: (counts: [Indicator: Int], ratings: [ScaleQuestion: Int], trivsel: TrafficLightCounts)] = [
            RegistrationKey(project: "frederikshavn", institution: "Løvspring", period: Period(6)):
                ([.boern: 1099, .hjemmebesoeg: 12], [.f1DagligKontakt: 5], TrafficLightCounts(green: 81, yellow: 11, red: 4)),
            RegistrationKey(project: "frederikshavn", institution: "Solsikken, Nord", period: Period(6)):
                ([.boern: 96, .hjemmebesoeg: 0, .tvaerfagligeMoeder: 3], [:], TrafficLightCounts(green: 50, yellow: 5, red: 1)),
        ]

    static let header = [
        "projekt", "dagtilbud", "periode", "boern", "hjemmebesoeg", "tvaerfaglige_moeder",
        "f1_daglig_kontakt", "trivsel_groen", "trivsel_gul", "trivsel_roed",
    ]
    static let rows = [
        ["frederikshavn", "Løvspring", "6", "1099", "12", "", "5", "81", "11", "4"],
        ["frederikshavn", "Solsikken, Nord", "6", "96", "0", "3", "", "50", "5", "1"],
    ]

    /// Writes the sheet with a delimiter and line ending, quoting cells that need it.
    static func sheet(
        delimiter: String = ",", newline: String = "\n", header: [String] = header,
        rows: [[String]] = rows, trailer: String = ""
    ) -> String {
        func quote(_ cell: String) -> String {
            cell.contains(delimiter) || cell.contains("\"")
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }
        return ([header] + rows).map { $0.map(quote).joined(separator: delimiter) + trailer + newline }.joined()
    }

    static func check(_ bytes: [UInt8], file: String = "frederikshavn/periode-6.csv") {
        let folder = TestSupport.folder([file: bytes])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset.registrations.count == expected.count)
        for (key, values) in expected {
            let registration = result.dataset[key]
            #expect(registration?.counts == values.counts, "\(key)")
            #expect(registration?.ratings == values.ratings, "\(key)")
            #expect(registration?[TrafficLightSeries(.trivsel)] == values.trivsel, "\(key)")
        }
    }

    @Test func plainUTF8Comma() { Self.check(Array(Self.sheet().utf8)) }

    @Test func utf8WithByteOrderMark() { Self.check([0xEF, 0xBB, 0xBF] + Array(Self.sheet().utf8)) }

    @Test func windows1252Semicolon() {
        let text = Self.sheet(delimiter: ";", newline: "\r\n")
        let bytes = TextEncoding.windows1252Bytes(text)!
        #expect(!bytes.contains(0xC3))  // really not UTF-8: ø is one byte, 0xF8
        Self.check(bytes)
    }

    @Test func semicolonWithDanishThousandsSeparator() {
        var rows = Self.rows
        rows[0][3] = "1.099"
        Self.check(Array(Self.sheet(delimiter: ";", rows: rows).utf8))
    }

    @Test func danishDecimalCommaThatIsWholeIsAccepted() {
        var rows = Self.rows
        rows[0][4] = "12,0"
        Self.check(Array(Self.sheet(delimiter: ";", rows: rows).utf8))
    }

    @Test func tabSeparated() { Self.check(Array(Self.sheet(delimiter: "\t").utf8)) }

    @Test func crlfLineEndings() { Self.check(Array(Self.sheet(newline: "\r\n").utf8)) }

    @Test func danishLabelsAsHeaders() {
        var header = Self.header
        header[3] = Indicator.boern.danishLabel
        header[4] = Indicator.hjemmebesoeg.danishLabel
        header[5] = Indicator.tvaerfagligeMoeder.danishLabel
        header[6] = ScaleQuestion.f1DagligKontakt.danishQuestion
        header[7] = "Trivsel grøn"
        Self.check(Array(Self.sheet(header: header).utf8))
    }

    @Test func englishNamesAndFoldedSpellingsAsHeaders() {
        let header = [
            "Project", " Institution ", "PERIOD", "children", "HJEMMEBESØG", "Cross-professional meetings",
            "F1 daglig kontakt", "wellbeing_green", "wellbeing yellow", "Wellbeing-Red",
        ]
        Self.check(Array(Self.sheet(header: header).utf8))
    }

    @Test func trailingEmptyColumnsBlankLinesAndSpacesAreIgnored() {
        let rows = Self.rows.map { $0.map { $0.isEmpty || $0.contains(",") ? $0 : "  \($0) " } }
        let text = "\n" + Self.sheet(rows: rows, trailer: ",,,").replacingOccurrences(of: "\n", with: "\n\n")
        Self.check(Array(text.utf8))
    }

    @Test func pathGivesProjectAndPeriodWhenColumnsAreLeftOut() {
        let header = Array(Self.header.dropFirst().filter { $0 != "periode" })
        let rows = Self.rows.map { row in [row[1]] + row[3...] }
        Self.check(Array(Self.sheet(header: header, rows: rows).utf8))
    }

    /// SPEC 3.4: every traffic-light spelling, in any case, counts the same.
    @Test func childSheetTrafficLightSpellings() {
        var text = "projekt,dagtilbud,periode,barn,trivsel,sprog\n"
        let spellings = ["groen", "grøn", "green", "g", "GRØN", "Groen", "gul", "yellow", "Y", "roed", "rød", "red", "R"]
        for (index, spelling) in spellings.enumerated() {
            text += "morsoe,Spiren,6,B\(index),\(spelling),\n"
        }
        let folder = TestSupport.folder(text: ["morsoe/periode-6-boern.csv": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.isEmpty)
        let registration = result.dataset[RegistrationKey(project: "morsoe", institution: "Spiren", period: Period(6))]
        #expect(registration?[TrafficLightSeries(.trivsel)] == TrafficLightCounts(green: 6, yellow: 3, red: 4))
        #expect(registration?[TrafficLightSeries(.sprog)] == nil)  // no child assessed: not registered
    }
}
