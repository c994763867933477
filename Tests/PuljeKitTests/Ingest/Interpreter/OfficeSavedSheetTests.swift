import Foundation
import Testing
@testable import PuljeKit

/// Sheets as a Danish office saves them (issue 15), written byte for byte: Windows-1252 (ø is
/// the one byte 0xF8), CRLF, unquoted cells unless they hold the delimiter.
enum WindowsSheet {
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
        let result = WindowsSheet.validate([
            "frederikshavn/periode-6.csv": WindowsSheet.sheet([
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
        #expect(result.dataset[WindowsSheet.key("Løvspring")] == nil)
        #expect(result.dataset[WindowsSheet.key("Solsikken")]?.counts == [.boern: 96, .hjemmebesoeg: 2, .kufferter: 3])
    }

    @Test func theSameValuesInASemicolonFileAreThousands() {
        let result = WindowsSheet.validate([
            "frederikshavn/periode-6.csv": WindowsSheet.sheet([
                "projekt;dagtilbud;periode;boern;hjemmebesoeg;kufferter", "frederikshavn;Løvspring;6;1.000;2.000;1.099",
                "frederikshavn;Solsikken;6;96;2;3",
            ])
        ])
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset[WindowsSheet.key("Løvspring")]?.counts == [.boern: 1000, .hjemmebesoeg: 2000, .kufferter: 1099])
    }

    @Test func theSameValuesInATabFileAreThousands() {
        let result = WindowsSheet.validate([
            "frederikshavn/periode-6.csv": WindowsSheet.sheet([
                "projekt\tdagtilbud\tperiode\tboern\thjemmebesoeg", "frederikshavn\tLøvspring\t6\t1.000\t12.500",
            ])
        ])
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset[WindowsSheet.key("Løvspring")]?.counts == [.boern: 1000, .hjemmebesoeg: 12_500])
    }

    @Test(
        arguments: [
            ("1.000", "count-ambiguous-thousands"), ("12.500", "count-ambiguous-thousands"),
            ("1.000.000", "count-ambiguous-thousands"), (" 1.000 ", "count-ambiguous-thousands"),
            ("2.5", "count-not-whole-number"), ("0.500", "count-not-whole-number"), ("-1.000", "count-not-whole-number"),
            ("1.00", nil), ("1.0000", nil), ("1000.000", nil),
        ] as [(String, String?)])
    func countCellsOfACommaFile(_ cell: String, _ code: String?) {
        let result = WindowsSheet.validate([
            "frederikshavn/periode-6.csv": WindowsSheet.sheet([
                "dagtilbud,hjemmebesoeg,trivsel_groen,trivsel_gul,trivsel_roed", "Solsikken,\(cell),1,1,1",
                "Regnbuen,5,\(cell),0,0",
            ])
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
        let result = WindowsSheet.validate([
            "frederikshavn/periode-6.csv": WindowsSheet.sheet([
                "dagtilbud,boern,f1_daglig_kontakt", "Solsikken,96,4.000", "Regnbuen,50,4.500",
            ])
        ])
        #expect(result.problems.map(\.code) == ["scale-out-of-range"])
        #expect(result.problems.first?.location.line == 3)
        #expect(result.dataset[WindowsSheet.key("Solsikken")]?.ratings == [.f1DagligKontakt: 4])
    }
}

/// Totals rows (issue 15): a row holding the sums is no institution; counted, it doubles
/// every sum. Found by name or by its numbers, refused, never counted.
@Suite struct TotalsRowTests {
    static func institutionSheet(_ rows: [String], header: String = "dagtilbud,boern,hjemmebesoeg") -> ValidationResult {
        WindowsSheet.validate(["frederikshavn/periode-6.csv": WindowsSheet.sheet([header] + rows)])
    }

    @Test(arguments: [
        "I alt", "Ialt", "I ALT", "I alt:", "i  alt", "I-alt", "Total", "TOTAL:", "Totalt", "Totaler", "Sum", "Sum:",
        "Summa", "Summer", "Samlet", "Samlet antal", "Samlet i alt", "Sammenlagt", "I alt for projektet",
        "Total for alle dagtilbud", "Dagtilbud i alt", "Nord Total", "Hovedtotal", "Grand Total", "Subtotal",
        "Totalresultat", "Summe", "Gesamt", "Insgesamt", "Sammanlagt",
    ])
    func aTotalsRowByNameIsRefused(_ name: String) {
        // Figures that are no sum of the others: the name alone refuses the row.
        let result = Self.institutionSheet(["Solsikken,96,2", "Regnbuen,50,0", "\(name),147,3"])
        #expect(result.problems.map(\.code) == ["totals-row"], "\(name)")
        let problem = result.problems.first
        #expect(problem?.severity == .error)
        #expect(problem?.location.line == 4 && problem?.location.column == 1 && problem?.location.columnName == "dagtilbud")
        #expect(problem?.message(.english).contains("'\(name)' in 'dagtilbud' is a totals row") == true)
        #expect(problem?.message(.danish).contains("'\(name)' i 'dagtilbud' er en total-række") == true)
        #expect(result.rejectedRows == 1)
        #expect(result.dataset.registrations.count == 2)
    }

    @Test(arguments: ["Sumpen", "Totempælen", "Samlingshuset", "Alt-i-en", "Summerhuset", "Ialtetræet", "Fortælleren"])
    func institutionsWhoseNamesOnlyResembleATotalAreRead(_ name: String) {
        let result = Self.institutionSheet(["Solsikken,96,2", "Regnbuen,50,0", "\(name),147,3"])
        #expect(result.problems.isEmpty, "\(name): \(result.problems.map { $0.message(.english) })")
        #expect(result.dataset[WindowsSheet.key(name)]?.counts == [.boern: 147, .hjemmebesoeg: 3])
    }

    @Test func aTotalsRowByNameIsOneErrorEvenWithItsKeyCellsBlank() {
        let result = WindowsSheet.validate([
            "indsendt/samlet.csv": WindowsSheet.sheet([
                "projekt,dagtilbud,periode,boern", "frederikshavn,Solsikken,6,96", "frederikshavn,Regnbuen,6,50", ",I alt,,146",
            ])
        ])
        #expect(result.problems.map(\.code) == ["totals-row"])
        #expect(result.problems.first?.location.line == 4)
        #expect(result.dataset.registrations.count == 2)
    }

    static let header = "dagtilbud,boern,hjemmebesoeg,trivsel_groen,trivsel_gul,trivsel_roed"
    static let three = ["Solsikken,96,2,81,11,4", "Regnbuen,50,0,40,8,2", "Bikuben,40,3,30,9,1"]

    @Test func aRowHoldingTheExactSumsOfTheOthersIsRefused() {
        // 96 + 50 + 40 = 186, 2 + 0 + 3 = 5, 81 + 40 + 30 = 151, 11 + 8 + 9 = 28, 4 + 2 + 1 = 7.
        let result = Self.institutionSheet(Self.three + ["Alle,186,5,151,28,7"], header: Self.header)
        #expect(result.problems.map(\.code) == ["totals-row"])
        let problem = result.problems.first
        #expect(problem?.location.line == 5 && problem?.location.column == 1 && problem?.location.columnName == "dagtilbud")
        #expect(
            problem?.message(.english).contains(
                "The row 'Alle' holds in every filled-in count column exactly the sum of the 3 other institutions of project frederikshavn, period 6"
            ) == true)
        #expect(problem?.message(.danish).contains("summen af de 3 andre dagtilbud i projekt frederikshavn, periode 6") == true)
        #expect(result.rejectedRows == 1)
        #expect(Set(result.dataset.registrations.keys.map(\.institution)) == ["Solsikken", "Regnbuen", "Bikuben"])
    }

    @Test func aTotalsRowWithACountLeftBlankIsStillRefused() {
        let result = Self.institutionSheet(["Alle,186,,151,28,7"] + Self.three, header: Self.header)
        #expect(result.problems.map(\.code) == ["totals-row"])
        #expect(result.problems.first?.location.line == 2)
        #expect(result.dataset.registrations.count == 3)
    }

    @Test func aRowMatchingTheSumsByChanceInSomeColumnsButNotAllIsRead() {
        // boern 186 and every traffic light match the sums; hjemmebesoeg 4 is not 5.
        let result = Self.institutionSheet(Self.three + ["Mølleåen,186,4,151,28,7"], header: Self.header)
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset.registrations.count == 4)
        #expect(result.dataset[WindowsSheet.key("Mølleåen")]?[.boern] == 186)
    }

    @Test func trafficLightCountsAloneMakeATotalsRow() {
        // 10 + 20 + 5 = 35, 2 + 3 + 1 = 6, 1 + 0 + 1 = 2.
        let result = Self.institutionSheet(
            ["Solsikken,10,2,1", "Regnbuen,20,3,0", "Bikuben,5,1,1", "Alle børn,35,6,2"],
            header: "dagtilbud,sprog_groen,sprog_gul,sprog_roed")
        #expect(result.problems.map(\.code) == ["totals-row"])
        #expect(result.problems.first?.location.line == 5)
    }

    @Test func twoRowsOrZerosOrOneMatchingValueAreNoTotals() {
        // One other row only: two equal institutions are not each other's totals.
        #expect(Self.institutionSheet(["Solsikken,10,2", "Regnbuen,10,2"]).problems.isEmpty)
        // All sums zero: nothing is summed.
        #expect(Self.institutionSheet(["Solsikken,0,0", "Regnbuen,0,0", "Bikuben,0,0"]).problems.isEmpty)
        // One nonzero value equal to the others' sum (10 + 20 = 30) is too often chance.
        let chance = Self.institutionSheet(["Solsikken,10,0", "Regnbuen,20,0", "Bikuben,30,0"])
        #expect(chance.problems.isEmpty)
        #expect(chance.dataset.registrations.count == 3)
    }

    @Test func totalsRowsOfTwoProjectsAndPeriodsInOneFileAreEachRefused() {
        let result = WindowsSheet.validate([
            "indsendt/samlet.csv": WindowsSheet.sheet([
                "projekt,dagtilbud,periode,boern,hjemmebesoeg",
                "frederikshavn,Solsikken,6,96,2", "frederikshavn,Regnbuen,6,50,1", "frederikshavn,Bikuben,6,40,3",
                "frederikshavn,I alt,6,186,6",  // line 5, by name
                "frederikshavn,Solsikken,7,90,1", "frederikshavn,Regnbuen,7,55,2", "frederikshavn,Bikuben,7,41,4",
                "frederikshavn,Periode 7,7,186,7",  // line 9: 90 + 55 + 41, 1 + 2 + 4
                "haderslev,Egen,6,12,1", "haderslev,Bøgen,6,30,2",
                "haderslev,Hele projektet,6,42,3",  // line 12: 12 + 30, 1 + 2
            ])
        ])
        #expect(result.problems.map(\.code) == ["totals-row", "totals-row", "totals-row"])
        #expect(result.problems.map(\.location.line) == [5, 9, 12])
        #expect(result.problems[1].message(.english).contains("3 other institutions of project frederikshavn, period 7"))
        #expect(result.problems[2].message(.english).contains("2 other institutions of project haderslev, period 6"))
        #expect(result.rejectedRows == 3)
        #expect(result.dataset.registrations.count == 8)
        #expect(result.dataset[WindowsSheet.key("Bøgen", "haderslev")]?.counts == [.boern: 30, .hjemmebesoeg: 2])
    }

    @Test func aReportSkippingInvalidRowsSumsWithoutTheTotalsRows() throws {
        let folder = TestSupport.folder([
            "frederikshavn/periode-6.csv": WindowsSheet.sheet([
                "dagtilbud,boern,hjemmebesoeg", "Solsikken,96,2", "Regnbuen,50,0", "Bikuben,40,3", "I alt,186,5", "Alle,186,5",
            ])
        ])
        let reports = TestSupport.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: reports)
        }
        let out = reports.appendingPathComponent("report").path
        let refused = try LargeNumberReportTests.run(["report", folder.path, "--out", out, "--lang", "en"])
        #expect(refused.reason == .exit && refused.status == 1, "\(refused.output)")
        #expect(refused.output.contains("line 5, dagtilbud: error [totals-row]"), "\(refused.output)")
        #expect(refused.output.contains("line 6, dagtilbud: error [totals-row]"), "\(refused.output)")
        let skipped = try LargeNumberReportTests.run(["report", folder.path, "--out", out, "--skip-invalid", "--format", "csv"])
        #expect(skipped.reason == .exit && skipped.status == 0, "\(skipped.output)")
        let activity = try String(contentsOfFile: out + "/activity.csv", encoding: .utf8)
        // 96 + 50 + 40 children and 2 + 0 + 3 home visits, three institutions reporting each.
        #expect(activity.contains("frederikshavn,*,6,virkning,boern,186,3\n"), "\(activity)")
        #expect(activity.contains("frederikshavn,*,6,virkning,hjemmebesoeg,5,3\n"), "\(activity)")
        #expect(!activity.contains("I alt") && !activity.contains("Alle"))
    }
}
