import Foundation
import Testing

@testable import PuljeKit

/// A run of a sheet's bytes that is plain text.
private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Issue 15, headers and names: sheets as office programs save them read right. A header cell
/// wrapped by hand (a line break inside the quoted cell), decomposed Unicode (NFD, as macOS
/// saves it), a pasted byte-order mark or control character inside a name, and a title row
/// above the header. Every sheet is built byte for byte.
@Suite struct HeaderAndNameTests {
    /// `å` decomposed (NFD): `a` + COMBINING RING ABOVE U+030A.
    static let aRingNFD: [UInt8] = [0x61, 0xCC, 0x8A]
    /// `Å` decomposed: `A` + U+030A.
    static let capitalARingNFD: [UInt8] = [0x41, 0xCC, 0x8A]
    /// `å` precomposed (NFC), U+00E5.
    static let aRingNFC: [UInt8] = [0xC3, 0xA5]
    static let capitalARingNFC: [UInt8] = [0xC3, 0x85]
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func key(_ institution: String, _ period: Int, project: ProjectID = "frederikshavn") -> RegistrationKey {
        RegistrationKey(project: project, institution: institution, period: Period(period))
    }

    static func csvFiles(_ result: ValidationResult) -> [String: [UInt8]] {
        Dictionary(
            uniqueKeysWithValues: DataReport(result, catalogue: .standard, name: "data", minimumCell: 1)
                .files(formats: [.csv]).map { ($0.name, Array($0.contents.utf8)) })
    }

    static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= bytes.count else { return false }
        return (0...(bytes.count - part.count)).contains { Array(bytes[$0..<($0 + part.count)]) == part }
    }

    // MARK: Wrapped headers

    /// "Antal børn⏎tilknyttet projektet", the Danish label wrapped by hand, with LF in one file
    /// and CRLF in the other; the line numbers after the header count its inner line break.
    @Test(arguments: [[UInt8(0x0A)], [0x0D, 0x0A]])
    func headerCellsWrappedByALineBreakReadTheirColumns(lineBreak: [UInt8]) {
        let sheet: [UInt8] =
            utf8("dagtilbud,\"Antal b\u{F8}rn") + lineBreak + utf8("tilknyttet projektet\",\"Antal gennemf\u{F8}rte")
            + lineBreak + utf8("projektspecifikke hjemmebes\u{F8}g\"\n") + utf8("Solsikken,12,3\nKrudtuglen,x,4\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        let registration = result.dataset[Self.key("Solsikken", 6)]
        #expect(registration?[.boern] == 12)
        #expect(registration?[.hjemmebesoeg] == 3)
        // Header on lines 1-3 (two line breaks inside it), Solsikken on 4, Krudtuglen on 5.
        #expect(result.problems.map(\.code) == ["count-not-whole-number"])
        #expect(result.problems.first?.location.line == 5)
        #expect(result.problems.first?.location.column == 2)
    }

    /// A tab, a no-break space (U+00A0), a narrow no-break space (U+202F) and an ideographic
    /// space (U+3000) separate words of a header like a space.
    @Test func everyKindOfWhiteSpaceInAHeaderFoldsLikeASpace() {
        #expect(ColumnName.fold("Antal\tb\u{F8}rn\u{A0}tilknyttet\u{202F}projektet") == "antal_boern_tilknyttet_projektet")
        #expect(ColumnName.fold("trivsel\u{3000}gr\u{F8}n") == "trivsel_groen")
        #expect(ColumnName.fold("tr\u{E6}nings\r\nforl\u{F8}b") == "traenings_forloeb")
        let sheet = utf8("dagtilbud;trivsel\u{A0}groen;trivsel\u{202F}gul;\"trivsel\troed\"\r\nSolsikken;81;11;4\r\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(
            result.dataset[Self.key("Solsikken", 6)]?[TrafficLightSeries(.trivsel)]
                == TrafficLightCounts(green: 81, yellow: 11, red: 4))
    }

    // MARK: Decomposed Unicode (NFD)

    /// The f1 question written out ("... målrettet og systematisk?") with a decomposed `å`, and
    /// an institution named `Åbakken` decomposed in period 6 and precomposed in period 7: one
    /// header, one institution, printed precomposed in every output.
    @Test func decomposedHeadersAndNamesAreReadAsTheirPrecomposedForms() throws {
        let question: [UInt8] =
            utf8("\"I hvilken grad er den daglige kontakt med for\u{E6}ldre til b\u{F8}rn i udsatte positioner m") + Self.aRingNFD
            + utf8("lrettet og systematisk?\"")
        let period6 = utf8("dagtilbud,boern,") + question + utf8("\n") + Self.capitalARingNFD + utf8("bakken,20,5\n")
        let period7 = utf8("dagtilbud,boern,f1\n") + Self.capitalARingNFC + utf8("bakken,22,6\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": period6, "frederikshavn/periode-7.csv": period7])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset.institutionCount == 1)
        #expect(result.dataset[Self.key("\u{C5}bakken", 6)]?[.f1DagligKontakt] == 5)
        #expect(result.dataset[Self.key("\u{C5}bakken", 7)]?[.f1DagligKontakt] == 6)
        // The name as stored is precomposed, not only equal under String's comparison.
        for registration in result.dataset.registrations.values {
            #expect(Array(registration.key.institution.utf8) == Self.capitalARingNFC + utf8("bakken"))
        }
        let files = Self.csvFiles(result)
        let activity = try #require(files["activity.csv"])
        #expect(Self.contains(activity, utf8("frederikshavn,") + Self.capitalARingNFC + utf8("bakken,6,virkning,boern,20,1\n")))
        #expect(Self.contains(activity, utf8("frederikshavn,") + Self.capitalARingNFC + utf8("bakken,7,virkning,boern,22,1\n")))
        for (name, bytes) in files {
            #expect(!Self.contains(bytes, [0xCC, 0x8A]), "\(name) holds a decomposed ring")
        }
    }

    /// Decomposed and precomposed spellings of one name in one period are one institution:
    /// the second is a duplicate registration, named precomposed.
    @Test func decomposedAndPrecomposedNamesInOnePeriodAreADuplicate() {
        let sheet =
            utf8("dagtilbud,boern\n") + Self.capitalARingNFD + utf8("bakken,20\n") + Self.capitalARingNFC + utf8("bakken,21\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["duplicate-registration"])
        #expect(result.problems.first?.location.line == 3)
        let message = Array((result.problems.first?.message(.english) ?? "").utf8)
        #expect(Self.contains(message, utf8("The institution '") + Self.capitalARingNFC + utf8("bakken' is already registered")))
        #expect(!Self.contains(message, [0xCC, 0x8A]))
    }

    /// A project folder named `Åbenrå` in NFD, as macOS writes it, is the catalogue's
    /// `aabenraa` (folded from the precomposed form: å→aa). (`Helsingør` and `Morsø` have no
    /// decomposed form: ø is a letter of its own in Unicode.)
    @Test func aDecomposedProjectFolderIsMatched() throws {
        let folderName = String(decoding: Self.capitalARingNFD + utf8("benr") + Self.aRingNFD, as: UTF8.self)
        let folder = TestSupport.folder(["\(folderName)/periode-6.csv": utf8("dagtilbud,boern\nSolsikken,9\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        // The folder's name on disk is decomposed: the test reads what it means to.
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(onDisk.count == 1 && onDisk[0].unicodeScalars.contains("\u{30A}"))
        let result = TestSupport.validate(folder)
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset[Self.key("Solsikken", 6, project: "aabenraa")]?[.boern] == 9)
    }

    // MARK: Control characters and byte-order marks inside names

    /// `Solsikken` in period 5, `<U+FEFF>Solsikken` (a pasted byte-order mark) in period 6 and
    /// `Sol<0x13>sikken` in period 7: one institution, a warning at each cleaned cell, and no
    /// such byte in any output.
    @Test func controlCharactersAndByteOrderMarksAreRemovedFromNamesWithAWarning() throws {
        let files: [String: [UInt8]] = [
            "frederikshavn/periode-5.csv": utf8("dagtilbud,boern\nSolsikken,10\n"),
            "frederikshavn/periode-6.csv": utf8("dagtilbud,boern\nKrudtuglen,3\n") + Self.byteOrderMark + utf8("Solsikken,11\n"),
            "frederikshavn/periode-7.csv": utf8("dagtilbud,boern\nSol") + [0x13] + utf8("sikken,12\nSol") + [0x13]
                + utf8("sikken,13\n"),
        ]
        let folder = TestSupport.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.dataset[Self.key("Solsikken", 5)]?[.boern] == 10)
        #expect(result.dataset[Self.key("Solsikken", 6)]?[.boern] == 11)
        #expect(result.dataset[Self.key("Solsikken", 7)]?[.boern] == 12)
        #expect(result.dataset.institutionCount == 2)  // Solsikken and Krudtuglen
        let removed = result.problems.filter { $0.code == "control-character-removed" }
        #expect(removed.map(\.severity) == [.warning, .warning])
        #expect(
            removed.map(\.location) == [
                SourceLocation(
                    file: "\(folder.lastPathComponent)/frederikshavn/periode-6.csv", line: 3, column: 1, columnName: "dagtilbud"),
                SourceLocation(
                    file: "\(folder.lastPathComponent)/frederikshavn/periode-7.csv", line: 2, column: 1, columnName: "dagtilbud"),
            ])
        #expect(removed.first?.message(.english).contains("(U+FEFF)") == true)
        #expect(removed.last?.message(.english).contains("(U+0013)") == true)
        #expect(removed.last?.message(.english).contains("read as 'Solsikken'") == true)
        // The second Sol<0x13>sikken of period 7 is the same institution twice: rejected.
        #expect(result.problems.filter { $0.severity == .error }.map(\.code) == ["duplicate-registration"])
        let outputs = Self.csvFiles(result)
        let activity = try #require(outputs["activity.csv"])
        #expect(Self.contains(activity, utf8("frederikshavn,Solsikken,6,virkning,boern,11,1\n")))
        #expect(Self.contains(activity, utf8("frederikshavn,Solsikken,7,virkning,boern,12,1\n")))
        for (name, bytes) in outputs {
            #expect(!bytes.contains(0x13), "\(name)")
            #expect(!Self.contains(bytes, Self.byteOrderMark), "\(name)")
        }
    }

    /// A control character between digits is not removed to show a CPR number: the joined
    /// value is refused like one (SPEC 3.5), never printed.
    @Test func removingAControlCharacterNeverShowsACPRNumber() {
        let sheet = utf8("dagtilbud,boern\n150387") + [0x13] + utf8("4721,3\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(result.problems.first?.location.line == 2)
        #expect(result.dataset.registrations.isEmpty)
    }

    /// A tab inside a name becomes a space: `Tab<TAB>Huset` and `Tab Huset` are one institution.
    @Test func aTabInsideANameIsASpace() {
        let sheet = utf8("dagtilbud;boern\n\"Tab\tHuset\";4\n")
        let folder = TestSupport.folder([
            "frederikshavn/periode-6.csv": sheet, "frederikshavn/periode-7.csv": utf8("dagtilbud;boern\nTab Huset;5\n"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dataset[Self.key("Tab Huset", 6)]?[.boern] == 4)
        #expect(result.dataset.institutionCount == 1)
    }

    /// A value a problem quotes shows a control character as U+FFFD, never the character.
    @Test func aProblemQuotesAControlCharacterAsAReplacementMark() {
        let sheet = utf8("dagtilbud,boern\nSolsikken,1") + [0x13] + utf8("2\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["count-not-whole-number"])
        #expect(result.problems.first?.message(.english).hasPrefix("'1\u{FFFD}2' in 'boern'") == true)
    }

    /// A child sheet streams its rows field by field: below a title row, with one institution
    /// spelt decomposed, precomposed and with a pasted byte-order mark, its children are
    /// counted into one institution, with one warning.
    @Test func aChildSheetBelowATitleCountsCleanedNamesAsOne() {
        let sheet =
            utf8("B\u{F8}rneark periode 6,,\r\ndagtilbud,barn,trivsel\r\n") + Self.capitalARingNFD + utf8("bakken,b1,groen\r\n")
            + Self.capitalARingNFC + utf8("bakken,b2,gul\r\n") + Self.byteOrderMark + Self.capitalARingNFC
            + utf8("bakken,b3,groen\r\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6-boern.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["header-not-on-first-line", "control-character-removed"])
        #expect(result.problems.map(\.location.line) == [2, 5])
        #expect(result.dataset.institutionCount == 1)
        #expect(
            result.dataset[Self.key("\u{C5}bakken", 6)]?[TrafficLightSeries(.trivsel)]
                == TrafficLightCounts(green: 2, yellow: 1, red: 0))
    }

    // MARK: Title rows above the header

    /// `Registreringsark for periode 6` on line 1, a blank line, the header on line 3: read,
    /// with a warning at line 3; later problems keep their physical lines.
    @Test func aTitleRowAndABlankRowAboveTheHeaderArePassedOver() {
        let sheet = utf8("Registreringsark for periode 6\n\ndagtilbud,boern,hjemmebesoeg\nSolsikken,12,3\nKrudtuglen,x,1\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.dataset[Self.key("Solsikken", 6)]?[.boern] == 12)
        #expect(result.problems.map(\.code) == ["header-not-on-first-line", "count-not-whole-number"])
        #expect(result.problems.map(\.location.line) == [3, 5])
        #expect(result.problems.first?.severity == .warning)
        #expect(
            result.problems.first?.message(.english).hasPrefix("The header line (with 'dagtilbud') is on line 3; the row above")
                == true)
        #expect(result.files.first?.rows == 2)
    }

    /// Excel pads a title row with delimiters (`Registreringsark;;;`); a `;` sheet, CRLF, with a
    /// title, a date row and the header on line 4, keeps its Danish numbers.
    @Test func aPaddedTitleAndNoteRowsInASemicolonSheetArePassedOver() {
        let sheet = utf8(
            "Registreringsark;;;\r\nUdfyldt 1. marts;;;\r\n;;;\r\nprojekt;dagtilbud;periode;boern\r\nfrederikshavn;Solsikken;6;1.099\r\n"
        )
        let folder = TestSupport.folder(["ark.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.dataset[Self.key("Solsikken", 6)]?[.boern] == 1_099)
        #expect(result.problems.map(\.code) == ["header-not-on-first-line"])
        #expect(result.problems.first?.location.line == 4)
        #expect(result.problems.first?.message(.english).contains("the 2 rows above it") == true)
    }

    /// No row within the first lines has a `dagtilbud` column: the first line is taken for the
    /// header as before, and the message says which lines were looked at.
    @Test func withoutAHeaderTheMissingColumnSaysWhichLinesWereLookedAt() {
        let sheet = utf8("Noter\nnavn,antal\nSolsikken,12\n")
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(Set(result.problems.map(\.code)) == ["missing-column", "unknown-column"])  // 'Noter' is unknown
        #expect(result.problems.map(\.location.line) == [1, 1])
        #expect(
            result.problems.first { $0.code == "missing-column" }?.message(.english)
                == "The column 'dagtilbud' is missing (no header line with 'dagtilbud' in lines 1-3) and the file's path does not give it; the file was not read."
        )
        #expect(result.files.first?.rows == 2)
    }

    /// A file that turns out binary (a NUL byte in a later chunk) while the header is still
    /// looked for keeps its error (found by pulje-fuzz: the fallback header's
    /// `unrecognised-sheet` replaced it, leaving refused rows without an error).
    @Test func aFailureWhileTheHeaderIsLookedForIsKept() throws {
        let sheet = utf8("case,code,file\nx,y,z\nx,y,z\n") + [UInt8](repeating: 0, count: 20)
        let folder = TestSupport.folder(["noter/cases.csv": sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Validation(chunkSize: 16).run(paths: [folder.path])
        #expect(result.problems.map(\.code).contains("not-a-text-file"))
        #expect(result.hasErrors)
    }

    /// A header without `dagtilbud` but with other known columns is where the messages point,
    /// even below a title; the search stops after line 10.
    @Test func aHeaderWithoutDagtilbudIsStillWhereTheMessagesPoint() {
        var text = "Registreringsark\nnavn,boern,hjemmebesoeg\n"
        for index in 1...12 { text += "Sted \(index),\(index),1\n" }
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": utf8(text)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(Set(result.problems.map(\.code)) == ["unknown-column", "missing-column"])  // 'navn' is unknown
        #expect(result.problems.map(\.location.line) == [2, 2])
        #expect(result.problems.first { $0.code == "missing-column" }?.message(.english).contains("in lines 1-10") == true)
        #expect(result.files.first?.rows == 12)
    }
}
