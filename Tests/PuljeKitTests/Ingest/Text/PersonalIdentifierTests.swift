import Foundation
import Testing
@testable import PuljeKit

/// CPR numbers in every spelling (SPEC 3.5, README "Hardening and privacy"): caught in a cell,
/// in a header and in a file or folder name, the file refused, and the digits shown nowhere.
/// Every spelling below is the CPR-like number 150387-4721 (15 March 1987); the test data
/// hold no other 150387 or 4721, so any trace of them in an output is the number leaking.
@Suite struct PersonalIdentifierTests {
    struct Spelling: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        var description: String { name }
    }

    /// The digits joined by one separator run.
    static func joined(_ name: String, _ separator: String) -> Spelling {
        Spelling(name: name, text: "150387" + separator + "4721")
    }

    static let spellings: [Spelling] = [
        joined("hyphen-minus", "-"), joined("space", " "), joined("none", ""),
        joined("en dash", "\u{2013}"), joined("em dash", "\u{2014}"), joined("hyphen", "\u{2010}"),
        joined("non-breaking hyphen", "\u{2011}"), joined("figure dash", "\u{2012}"),
        joined("horizontal bar", "\u{2015}"), joined("minus sign", "\u{2212}"),
        joined("small hyphen-minus", "\u{FE63}"), joined("fullwidth hyphen-minus", "\u{FF0D}"),
        joined("small em dash", "\u{FE58}"), joined("no-break space", "\u{00A0}"),
        joined("narrow no-break space", "\u{202F}"), joined("figure space", "\u{2007}"),
        joined("thin space", "\u{2009}"), joined("en quad", "\u{2000}"), joined("hair space", "\u{200A}"),
        joined("ogham space mark", "\u{1680}"), joined("medium mathematical space", "\u{205F}"),
        joined("ideographic space", "\u{3000}"), joined("soft hyphen", "\u{00AD}"),
        joined("zero-width space", "\u{200B}"), joined("tab", "\t"), joined("slash", "/"),
        joined("underscore", "_"), joined("full stop", "."), joined("two spaces", "  "),
        joined("three spaces", "   "), joined("space, en dash, space", " \u{2013} "),
        joined("no-break space, hyphen", "\u{00A0}-"),
        Spelling(name: "2-2-2-4 spaces", text: "15 03 87 4721"),
        Spelling(name: "2-2-2-4 dots and hyphen", text: "15.03.87-4721"),
        Spelling(name: "2-2-2-4 no-break spaces", text: "15\u{00A0}03\u{00A0}87\u{00A0}4721"),
        Spelling(name: "1-3-3-3 dots", text: "1.503.874.721"),
        Spelling(name: "2-2-2-2-2 spaces", text: "15 03 87 47 21"),
        Spelling(name: "3-3-4 en dashes", text: "150\u{2013}387\u{2013}4721"),
    ]

    // MARK: The detector

    @Test(arguments: spellings)
    func everySpellingIsCaught(_ spelling: Spelling) {
        #expect(PersonalIdentifier.looksLikeCPR(spelling.text))
        #expect(PersonalIdentifier.looksLikeCPR("Barn \(spelling.text) (Sol)"))
        #expect(PersonalIdentifier.looksLikeCPR("Nr. 2 \(spelling.text)"))
    }

    /// Every Unicode space and dash, found by its general category (not from the detector's
    /// byte table), joins the two parts; other punctuation does not.
    @Test func everyUnicodeSpaceAndDashJoins() {
        let all = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
        let separators = all.filter { [.spaceSeparator, .dashPunctuation].contains($0.properties.generalCategory) }
        #expect(separators.count == 17 + 27)  // Unicode 16: 17 in Zs, 27 in Pd
        for scalar in separators {
            #expect(PersonalIdentifier.looksLikeCPR("150387\(scalar)4721"), "U+\(String(scalar.value, radix: 16))")
        }
        for other in [",", ":", ";", "(", "+", "x", "é", "\u{00B7}", "\n", "'"] {
            #expect(!PersonalIdentifier.looksLikeCPR("150387\(other)4721"), "\(other.debugDescription)")
        }
    }

    @Test func numbersInAListAreEachCaught() {
        #expect(PersonalIdentifier.candidates(in: "1503874721 1603874722") == [0..<10, 11..<21])
        #expect(PersonalIdentifier.looksLikeCPR("150387-4721 / 160387-4722"))
        #expect(PersonalIdentifier.looksLikeCPR("Barn 1 15 03 87 4721"))
    }

    /// Values a legitimate sheet holds. Each is checked by hand against the rule: fewer than
    /// ten digits, no valid date in front, or one of the three guards.
    @Test(arguments: [
        "12345", "1099", "1234567.890", "1.234.567", "12.345.678", "1.234.567,50", "2018-2022", "2018/19-2021/22",
        "2019-01-01", "01-01-2019", "1/1-2019", "uge 1-52", "01.01.2019-31.12.2019", "01.01.2019 - 31.12.2019",
        "01.01.19-31.12.19", "15/03-2019 - 31/12-2019", "15.03.2019 14.30", "15-03-2019 14:30", "2012-03-15 14:30",
        "2012-03-15 14.30", "0.111111111", "1.111111111", "0.090909091", "4.333333333", "+45 20 12 34 56",
        "20 12 34 56", "01020312345", "1234567890", "320387-4721", "151387-4721", "150387-47210",
        "150387    4721", "150387 -- - 4721", "HEL-0001", "MOR-150387",
    ])
    func ordinaryValuesAreNot(_ text: String) {
        #expect(!PersonalIdentifier.looksLikeCPR(text))
    }

    @Test func ordinaryValuesInASheetRefuseNothing() {
        let values = [
            "12345", "1234567.890", "1.234.567", "2018-2022", "2019-01-01", "01.01.2019-31.12.2019",
            "15.03.2019 14.30", "15-03-2019 14:30", "0.111111111",
        ]
        let rows = values.enumerated().map { "Dagtilbud \($0.offset),8,\"\($0.element)\"" }
        let folder = TestSupport.folder(text: [
            "frederikshavn/periode-6.csv": "dagtilbud,boern,note\n" + rows.joined(separator: "\n") + "\n",
            "frederikshavn/periode-7.csv": "dagtilbud;boern\nSolsikken;234.567\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["unknown-column"])
        #expect(result.dataset.registrations.count == values.count + 1)
        let solsikken = result.dataset.registrations.values.first { $0.key.institution == "Solsikken" }
        #expect(solsikken?[.boern] == 234_567)
    }

    // MARK: Refused wherever it is, and never shown

    /// A data set of two files: `bad` holds the spelling, the other is fine, so that the
    /// report has content around the refusal.
    static func dataSet(_ bad: [String: [UInt8]]) -> URL {
        var files = bad
        files["frederikshavn/periode-7.csv"] = Array("dagtilbud,boern,f1_daglig_kontakt\nSolsikken,9,5\n".utf8)
        return TestSupport.folder(files)
    }

    static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// What `pulje validate` prints (text and CSV) and every file `pulje report --skip-invalid
    /// --format text,csv,html` writes, in both languages, with the temporary folder's random
    /// name taken out.
    static func outputs(_ result: ValidationResult, folder: URL) -> [(name: String, text: String)] {
        var outputs: [(String, String)] = []
        for language in Language.allCases {
            let listing = ProblemListing(result, language: language)
            outputs += [("validate text", listing.text()), ("validate csv", listing.csv())]
            outputs += DataReport(result, catalogue: .standard, language: language, name: "data", minimumCell: 1)
                .files(formats: [.text, .csv, .html]).map { ($0.name, $0.contents) }
        }
        return outputs.map { ($0.0, $0.1.replacingOccurrences(of: folder.lastPathComponent, with: "DATA")) }
    }

    /// The number in any form: as spelled, its date or serial part, or its ten digits once
    /// everything else is taken out (a folded or normalised spelling).
    static func expectNoTrace(of spelling: Spelling, in outputs: [(name: String, text: String)]) {
        for (name, text) in outputs {
            #expect(!text.contains(spelling.text), "\(name)")
            #expect(!text.contains("150387") && !text.contains("4721"), "\(name)")
            let digits = String(text.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
            #expect(!digits.contains("1503874721"), "\(name)")
        }
    }

    @Test(arguments: spellings)
    func aSpellingInACellRefusesTheFile(_ spelling: Spelling) {
        let folder = Self.dataSet([
            "frederikshavn/periode-6.csv": Array("dagtilbud,boern\nSolsikken,8\n\(Self.quoted(spelling.text)),9\n".utf8)
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 3)
        #expect(result.problems.first?.location.columnName == "dagtilbud")
        #expect(result.rejectedRows == 2)
        #expect(result.dataset.registrations.count == 1)  // periode-7.csv
        Self.expectNoTrace(of: spelling, in: Self.outputs(result, folder: folder))
    }

    @Test(arguments: spellings)
    func aSpellingInAHeaderRefusesTheFile(_ spelling: Spelling) {
        let folder = Self.dataSet([
            "frederikshavn/periode-6.csv": Array("dagtilbud,boern,\(Self.quoted(spelling.text))\nSolsikken,8,1\n".utf8)
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 1)
        #expect(result.problems.first?.location.column == 3)
        #expect(result.problems.first?.location.columnName == nil)
        #expect(result.dataset.registrations.count == 1)
        Self.expectNoTrace(of: spelling, in: Self.outputs(result, folder: folder))
    }

    @Test(arguments: spellings)
    func aSpellingInAFileNameRefusesTheFile(_ spelling: Spelling) {
        let folder = Self.dataSet(["frederikshavn/periode-6 \(spelling.text).csv": Array("dagtilbud,boern\nSolsikken,8\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["cpr-in-file-name"])
        #expect(result.problems.first?.location.file.hasPrefix("\(folder.lastPathComponent)/frederikshavn/") == true)
        #expect(result.problems.first?.location.file.hasSuffix("[CPR]") == true)
        #expect(result.dataset.registrations.count == 1)
        Self.expectNoTrace(of: spelling, in: Self.outputs(result, folder: folder))
    }

    /// The project folder: before, `150387–4721` was not caught, and its folded digits
    /// `1503874721` were printed in an unknown-project message.
    @Test(arguments: spellings)
    func aSpellingInAFolderNameRefusesItsFiles(_ spelling: Spelling) {
        let folder = Self.dataSet(["\(spelling.text)/periode-6.csv": Array("dagtilbud,boern\nSolsikken,8\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["cpr-in-file-name"])
        #expect(result.problems.first?.location.file.hasPrefix("\(folder.lastPathComponent)/[CPR]") == true)
        #expect(result.dataset.registrations.count == 1)
        Self.expectNoTrace(of: spelling, in: Self.outputs(result, folder: folder))
    }

    @Test(arguments: [0x96, 0x97, 0xA0, 0xAD] as [UInt8])
    func windows1252DashesAndSpacesAreCaught(_ separator: UInt8) {
        // Æ (0xC6) makes the file Windows-1252; the separator byte is that code page's en dash,
        // em dash, no-break space or soft hyphen.
        let sheet =
            Array("dagtilbud,boern\nSolsikken,8\nB".utf8) + [0xC6] + Array("rn 150387".utf8) + [separator]
            + Array("4721,9\n".utf8)
        let folder = Self.dataSet(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 3)
        Self.expectNoTrace(of: Self.joined("Windows-1252", "\u{2013}"), in: Self.outputs(result, folder: folder))
    }

    /// Mac Roman's en dash, em dash and no-break space (0xD0, 0xD1, 0xCA) and code page 850's
    /// no-break space and soft hyphen (0xFF, 0xF0), in sheets saved in those code pages.
    @Test(arguments: [(UInt8(0xD0), UInt8(0xAE)), (0xD1, 0xAE), (0xCA, 0xAE), (0xFF, 0x92), (0xF0, 0x92)])
    func macRomanAndCodePage850DashesAndSpacesAreCaught(_ separator: UInt8, _ danishLetter: UInt8) {
        // Æ is 0xAE in Mac Roman, 0x92 in code page 850: the letter the code page is told by.
        let sheet =
            Array("dagtilbud;boern\r150387".utf8) + [separator] + Array("4721;8\rB".utf8) + [danishLetter]
            + Array("rnehuset;9\r".utf8)
        let folder = Self.dataSet(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(!PersonalIdentifier.looksLikeCPR("150387\u{0434}4721"))  // a Cyrillic letter between
    }

    /// Folding a folder name drops punctuation the detector does not count as a separator:
    /// `150387(4721` folds to `1503874721`, which must not be shown as a project either.
    @Test func aFolderWhoseFoldedNameLooksLikeACPRNumberIsMasked() throws {
        let folder = Self.dataSet(["150387(4721/periode-6.csv": Array("dagtilbud,boern\nSolsikken,8\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["cpr-in-file-name"])
        #expect(result.problems.first?.location.file == "\(folder.lastPathComponent)/[CPR]/periode-6.csv")
        Self.expectNoTrace(of: Spelling(name: "parenthesis", text: "150387(4721"), in: Self.outputs(result, folder: folder))
        // Given directly, the folder is the user's and stays in the path as typed, but its
        // folded name is not named as a project.
        let file = folder.appendingPathComponent("150387(4721/periode-6.csv").path
        let direct = try Validation().run(paths: [file])
        #expect(direct.problems.map(\.code) == ["unknown-project"])
        let listing = ProblemListing(direct, language: .english)
        #expect(listing.csv().contains("[CPR]") && !listing.csv().contains("1503874721"))
    }

    @Test func partsOfANameAreSearchedAsTheyAreShown() {
        let catalogue = Catalogue.standard
        // `150387/4721.csv` spells the number with a slash across two parts.
        let split = SheetFile(
            path: "/d/DATA/frederikshavn/150387/4721.csv", displayName: "DATA/frederikshavn/150387/4721.csv", catalogue: catalogue
        )
        #expect(split.nameHasPersonalIdentifier)
        #expect(split.displayName == "DATA/frederikshavn/[CPR]/[CPR]")
        // A number wholly inside the folder the user named is theirs.
        let named = SheetFile(
            path: "/d/x150387-4721/frederikshavn/periode-6.csv", displayName: "x150387-4721/frederikshavn/periode-6.csv",
            catalogue: catalogue)
        #expect(!named.nameHasPersonalIdentifier)
        #expect(named.displayName == "x150387-4721/frederikshavn/periode-6.csv")
        // One the data's part completes is not.
        let across = SheetFile(path: "/d/run-150387/4721.csv", displayName: "run-150387/4721.csv", catalogue: catalogue)
        #expect(across.nameHasPersonalIdentifier)
        #expect(across.displayName == "run-150387/[CPR]")
    }
}
