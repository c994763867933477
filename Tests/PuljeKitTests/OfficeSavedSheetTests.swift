import Foundation
import Testing
@testable import PuljeKit

/// Sheets as a Danish office saves them (issue 15), written byte for byte: Windows-1252 (ø is
/// the one byte 0xF8), CRLF, unquoted cells unless they hold the delimiter.
enum OfficeBytes {
    /// Windows-1252 for the text these sheets hold: ASCII and the Danish letters, nothing else.
    static func cp1252(_ text: String) -> [UInt8] {
        let danish: [Unicode.Scalar: UInt8] = ["æ": 0xE6, "ø": 0xF8, "å": 0xE5, "Æ": 0xC6, "Ø": 0xD8, "Å": 0xC5]
        return text.unicodeScalars.map { scalar -> UInt8 in
            if let byte = danish[scalar] { return byte }
            precondition(scalar.isASCII, "not in this encoder: \(scalar)")
            return UInt8(scalar.value)
        }
    }

    /// Lines joined with CRLF, each ended by one, as a spreadsheet on Windows saves them.
    static func sheet(_ lines: [String]) -> [UInt8] {
        cp1252(lines.map { $0 + "\r\n" }.joined())
    }

    static func validate(_ files: [String: [UInt8]]) -> ValidationResult {
        let folder = TestSupport.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder)
    }

    static func key(_ institution: String, _ project: ProjectID = "frederikshavn", _ period: Int = 6) -> RegistrationKey {
        RegistrationKey(project: project, institution: institution, period: Period(period))
    }
}

/// Numbers saved "as shown": in a `,` file `.` is the decimal point (SPEC 3.4), yet a Danish
/// spreadsheet saving "as shown" writes one thousand as `1.000`, which read as 1.
@Suite struct SavedAsShownTests {
    static let header = "projekt,dagtilbud,periode,boern,hjemmebesoeg,kufferter"

    @Test func thousandsSavedAsShownInACommaFileAreLocatedErrorsNamingEachCell() {
        let result = OfficeBytes.validate([
            "frederikshavn/periode-6.csv": OfficeBytes.sheet([
                Self.header, "frederikshavn,Løvspring,6,1.000,2.000,1.099", "frederikshavn,Solsikken,6,96,2,3",
            ])
        ])
        #expect(result.problems.map(\.code) == Array(repeating: "count-ambiguous-thousands", count: 3))
        #expect(result.problems.map(\.location.line) == [2, 2, 2])
        #expect(result.problems.map(\.location.column) == [4, 5, 6])
        #expect(result.problems.map(\.location.columnName) == ["boern", "hjemmebesoeg", "kufferter"])
        #expect(result.problems.allSatisfy { $0.severity == .error })
        let messages = result.problems.map { $0.message(.english) }
        #expect(messages[0].contains("'1.000' in 'boern' is ambiguous"))
        #expect(messages[0].contains("thousands separator it is 1000, with the point as decimal point it is 1."))
        #expect(messages[1].contains("it is 2000, with the point as decimal point it is 2."))
        #expect(messages[2].contains("it is 1099, with the point as decimal point it is 1.099."))
        #expect(messages[0].contains("Write the number without thousands separator (1000)"))
        #expect(messages[0].contains("\"CSV (semicolon delimited)\""))
        let danish = result.problems[0].message(.danish)
        #expect(danish.contains("'1.000' i 'boern' er tvetydigt"))
        #expect(danish.contains("\"CSV (semikolonsepareret)\""))
        #expect(result.problems[2].message(.danish).contains("med punktum som decimaltegn er det 1,099"))
        // The row is not counted at all (a sum of 3,132 children must not become 135).
        #expect(result.rejectedRows == 1)
        #expect(result.dataset.registrations.count == 1)
        #expect(result.dataset[OfficeBytes.key("Løvspring")] == nil)
        #expect(result.dataset[OfficeBytes.key("Solsikken")]?.counts == [.boern: 96, .hjemmebesoeg: 2, .kufferter: 3])
    }

    @Test func theSameValuesInASemicolonFileAreThousands() {
        let result = OfficeBytes.validate([
            "frederikshavn/periode-6.csv": OfficeBytes.sheet([
                "projekt;dagtilbud;periode;boern;hjemmebesoeg;kufferter", "frederikshavn;Løvspring;6;1.000;2.000;1.099",
                "frederikshavn;Solsikken;6;96;2;3",
            ])
        ])
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset[OfficeBytes.key("Løvspring")]?.counts == [.boern: 1000, .hjemmebesoeg: 2000, .kufferter: 1099])
    }

    @Test func theSameValuesInATabFileAreThousands() {
        let result = OfficeBytes.validate([
            "frederikshavn/periode-6.csv": OfficeBytes.sheet([
                "projekt\tdagtilbud\tperiode\tboern\thjemmebesoeg", "frederikshavn\tLøvspring\t6\t1.000\t12.500",
            ])
        ])
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset[OfficeBytes.key("Løvspring")]?.counts == [.boern: 1000, .hjemmebesoeg: 12_500])
    }

    @Test(arguments: [
        ("1.000", "count-ambiguous-thousands"), ("12.500", "count-ambiguous-thousands"),
        ("1.000.000", "count-ambiguous-thousands"), (" 1.000 ", "count-ambiguous-thousands"),
        ("2.5", "count-not-whole-number"), ("0.500", "count-not-whole-number"), ("-1.000", "count-not-whole-number"),
        ("1.00", nil), ("1.0000", nil), ("1000.000", nil),
    ] as [(String, String?)])
    func countCellsOfACommaFile(_ cell: String, _ code: String?) {
        let result = OfficeBytes.validate([
            "frederikshavn/periode-6.csv": OfficeBytes.sheet(["dagtilbud,hjemmebesoeg,trivsel_groen,trivsel_gul,trivsel_roed", "Solsikken,\(cell),1,1,1", "Regnbuen,5,\(cell),0,0"])
        ])
        if let code {
            #expect(result.problems.map(\.code) == [code, code])
            #expect(result.problems.map(\.location.columnName) == ["hjemmebesoeg", "trivsel_groen"])
        } else {
            // Two or four zeros (1.00, 1.0000) or four digits before the point (1000.000) group
            // no thousands: a fraction of zeros, read as whole as before.
            #expect(result.problems.isEmpty)
        }
    }

    @Test(arguments: [
        ("1.000", 1000 as Int?), ("12.500", 12_500), ("999.999", 999_999), ("1.000.000", 1_000_000), ("  2.000 ", 2000),
        ("123.456.789.012.345.678", 123_456_789_012_345_678), ("1.234.567.890.123.456.789", nil),
        ("1000", nil), ("1.00", nil), ("1.0000", nil), ("1000.000", nil), ("0.500", nil), ("1.000.00", nil),
        ("1..000", nil), (".000", nil), ("-1.000", nil), ("1.000,5", nil), ("1 .000", nil), ("a.000", nil),
    ])
    func thousandsReadingOfACommaFileCell(_ text: String, _ reading: Int?) {
        var cell = text
        cell.withUTF8 { bytes in
            #expect(NumberStyle.decimalPoint.thousandsReading(UnsafeRawBufferPointer(bytes)) == reading, "\(text)")
            #expect(NumberStyle.danish.thousandsReading(UnsafeRawBufferPointer(bytes)) == nil)
        }
    }

    /// A rating with three zero decimals is still the rating: no thousands reading is a
    /// rating from 1 to 7, so `4.000` cannot hide one (today's behaviour, pinned).
    @Test func aRatingWithThreeZeroDecimalsInACommaFileIsTheRating() {
        let result = OfficeBytes.validate([
            "frederikshavn/periode-6.csv": OfficeBytes.sheet(["dagtilbud,boern,f1_daglig_kontakt", "Solsikken,96,4.000", "Regnbuen,50,4.500"])
        ])
        #expect(result.problems.map(\.code) == ["scale-out-of-range"])
        #expect(result.problems.first?.location.line == 3)
        #expect(result.dataset[OfficeBytes.key("Solsikken")]?.ratings == [.f1DagligKontakt: 4])
    }
}
