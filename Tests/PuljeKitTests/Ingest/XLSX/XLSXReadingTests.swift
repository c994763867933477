import Foundation
import Testing
import ZIPFoundation
@testable import PuljeKit

/// .xlsx workbooks written by openpyxl (`scripts/xlsx/make-fixtures.py`, committed in
/// `Fixtures/xlsx`) read through the same interpreter as CSV (issue 17).
@Suite struct XLSXReadingTests {
    static func validate(_ relative: String) -> ValidationResult {
        try! Validation().run(paths: [TestSupport.fixture(relative)])
    }

    static func key(_ institution: String, _ project: ProjectID, _ period: Int = 6) -> RegistrationKey {
        RegistrationKey(project: project, institution: institution, period: Period(period))
    }

    /// What the registrations hold, without where they came from (the file names differ).
    struct Values: Equatable {
        let counts: [RegistrationKey: [Indicator: Int]]
        let ratings: [RegistrationKey: [ScaleQuestion: Int]]
        let lights: [RegistrationKey: [TrafficLightSeries: TrafficLightCounts]]

        init(_ dataset: Dataset) {
            let registrations = Dictionary(uniqueKeysWithValues: dataset.registrations.map { ($0.key, $0.value) })
            counts = registrations.mapValues(\.counts)
            ratings = registrations.mapValues(\.ratings)
            lights = registrations.mapValues(\.trafficLights)
        }
    }

    @Test func openpyxlSheetsReadToTheSameRegistrationsAsTheEquivalentCSV() {
        let xlsx = Self.validate("xlsx/small")
        let csv = Self.validate("small")
        #expect(xlsx.problems.isEmpty)
        #expect(xlsx.rows == 11)
        #expect(Values(xlsx.dataset) == Values(csv.dataset))
        #expect(xlsx.dataset.registrations.count == 6)
        // By hand, from the rows make-fixtures.py writes.
        let solsikken = xlsx.dataset[Self.key("Solsikken", "frederikshavn")]
        #expect(solsikken?.counts == [.boern: 10, .hjemmebesoeg: 2])
        #expect(solsikken?[TrafficLightSeries(.trivsel)] == TrafficLightCounts(green: 8, yellow: 1, red: 1))
        #expect(xlsx.dataset[Self.key("Solsikken", "frederikshavn", 1)]?.counts == [.boern: 8])
        let regnbuen7 = xlsx.dataset[Self.key("Regnbuen", "frederikshavn", 7)]
        #expect(regnbuen7?.counts == [.boern: 18, .hjemmebesoeg: 4])
        #expect(regnbuen7?[TrafficLightSeries(.trivsel)] == nil)
        // The child sheet: H1-H5 counted into Spiren's traffic lights, 4 green and 1 yellow.
        let spiren = xlsx.dataset[Self.key("Spiren", "haderslev")]
        #expect(spiren?[TrafficLightSeries(.trivsel)] == TrafficLightCounts(green: 4, yellow: 1, red: 0))
        #expect(spiren?.counts == [.boern: 5, .kufferter: 3])
    }

    @Test func anInstructionsSheetBeforeTheRegistrationSheetIsPassedOver() throws {
        let receiver = CollectingReceiver()
        _ = try XLSXReader().read(file: TestSupport.fixture("xlsx/small/frederikshavn/periode-6.xlsx"), into: receiver)
        #expect(receiver.worksheet == "Registrering")
        #expect(receiver.records.first?.line == 1)
        #expect(receiver.records.first?.cells.first == "dagtilbud")
        #expect(receiver.rows.map(\.line) == [2, 3])
        #expect(receiver.rows.first?.cells == ["Solsikken", "10", "2", "5", "8", "1", "1"])
    }

    @Test func aFormulaWithACachedValueReadsItsValue() {
        let result = Self.validate("xlsx/typed/frederikshavn")
        // D2 is =1+2 saved with its value 3.
        #expect(result.dataset[Self.key("Solsikken", "frederikshavn")]?.counts == [.boern: 10, .hjemmebesoeg: 2, .kufferter: 3])
    }

    @Test func aFormulaWithoutAValueIsALocatedErrorNamingWorksheetAndCell() throws {
        let result = Self.validate("xlsx/typed/frederikshavn")
        let problem = try #require(result.problems.first)
        #expect(result.problems.count == 1)
        #expect(problem.code == "count-not-whole-number")
        #expect(problem.severity == .error)
        #expect(problem.location.sheet == "Registrering")
        #expect(problem.location.cellReference == "C3")
        #expect(problem.location.line == 3)
        #expect(problem.location.columnName == "hjemmebesoeg")
        #expect(problem.message(.english).contains("'=B3*2'"))
        #expect(problem.location.description == "frederikshavn/periode-6.xlsx, ark Registrering, celle C3:3 (hjemmebesoeg)")
        #expect(result.dataset[Self.key("Regnbuen", "frederikshavn")] == nil)
    }

    @Test func anErrorValueAndADateInCountColumnsAreLocatedErrors() {
        let result = Self.validate("xlsx/typed/haderslev")
        #expect(result.problems.map(\.code) == ["count-not-whole-number", "count-not-whole-number"])
        #expect(result.problems.map(\.location.sheet) == ["Registrering", "Registrering"])
        #expect(result.problems.map(\.location.cellReference) == ["C2", "D3"])
        #expect(result.problems.map(\.location.columnName) == ["hjemmebesoeg", "kufferter"])
        // The error as the spreadsheet shows it; the date (1 March 2024, day 45352) as a date.
        #expect(result.problems[0].message(.english).contains("'#DIV/0!'"))
        #expect(result.problems[1].message(.english).contains("'2024-03-01'"))
        #expect(result.dataset.registrations.isEmpty)
    }

    @Test func aCPRNumberInAStringCellRefusesTheFile() throws {
        let result = Self.validate("xlsx/cpr/cell")
        let problem = try #require(result.problems.first)
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(problem.location.sheet == "Registrering")
        #expect(problem.location.cellReference == "A3")
        #expect(result.dataset.registrations.isEmpty)
        #expect(!problem.message(.english).contains("1234"))
    }

    @Test func aCPRNumberAsASheetNameRefusesTheFileAndIsNeverShown() {
        for folder in ["xlsx/cpr/sheet-name", "xlsx/cpr/registration-sheet-name"] {
            let result = Self.validate(folder)
            #expect(result.problems.map(\.code) == ["cpr-number"], "\(folder)")
            #expect(result.dataset.registrations.isEmpty)
            let shown = result.problems.map { "\($0.location) \($0.message(.danish))" }.joined()
            #expect(!shown.contains("0101901234") && !shown.contains("1503874721"), "\(shown)")
        }
        #expect(Self.validate("xlsx/cpr/registration-sheet-name").problems.first?.location.sheet == "[CPR]")
    }

    @Test func aCPRNumberInACellOfAnotherSheetRefusesTheFileLocatedAtItsCell() throws {
        let result = Self.validate("xlsx/cpr/other-sheet-cell")
        let problem = try #require(result.problems.first)
        #expect(result.problems.map(\.code) == ["cpr-number"])
        #expect(problem.location.sheet == "Vejledning")
        #expect(problem.location.cellReference == "B2")
        #expect(result.dataset.registrations.isEmpty)
    }

    @Test func anErrorValueInAKeyCellRejectsItsRowOnce() {
        let result = Self.validate("xlsx/typed-key")
        #expect(result.problems.map(\.code) == ["missing-value", "missing-value"])
        #expect(result.problems.map(\.location.cellReference) == ["A2", "A4"])
        #expect(result.rejectedRows == 2)
        #expect(result.dataset.registrations.count == 1)
        #expect(result.dataset[Self.key("Solsikken", "frederikshavn")]?.counts == [.boern: 5, .hjemmebesoeg: 1, .kufferter: 1])
    }

    @Test func aWorkbookOffTheLayoutIsReadWhenItsColumnsSayWhatItIs() {
        let result = Self.validate("xlsx/elsewhere")
        #expect(result.problems.map(\.code) == ["unrecognised-sheet"])
        #expect(result.problems.first?.location.file.hasSuffix("budget.xlsx") == true)
        #expect(result.dataset[Self.key("Solsikken", "frederikshavn")]?.counts == [.boern: 10])
    }

    // MARK: Damaged files

    /// Validates `bytes` saved as `frederikshavn/periode-6.xlsx`.
    static func validate(bytes: [UInt8]) -> ValidationResult {
        let folder = TestSupport.folder(["frederikshavn/periode-6.xlsx": bytes])
        defer { try? FileManager.default.removeItem(at: folder) }
        return TestSupport.validate(folder)
    }

    static var fixtureBytes: [UInt8] {
        Array(try! Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("xlsx/small/haderslev/periode-6.xlsx"))))
    }

    @Test func aTruncatedWorkbookIsRefusedWithAPlainSentence() throws {
        let bytes = Self.fixtureBytes
        for length in [bytes.count / 2, bytes.count - 30, 10] {
            let result = Self.validate(bytes: Array(bytes.prefix(length)))
            let problem = try #require(result.problems.first)
            #expect(result.problems.map(\.code) == ["unreadable-file"])
            #expect(problem.location.file.hasSuffix("/frederikshavn/periode-6.xlsx"))
            #expect(problem.location.line == nil)
            #expect(problem.message(.english).contains("not an .xlsx workbook: no zip archive, or one cut short"))
        }
    }

    @Test func aTextFileNamedXlsxIsRefused() {
        let result = Self.validate(bytes: Array("dagtilbud,boern\nSolsikken,3\n".utf8))
        #expect(result.problems.map(\.code) == ["unreadable-file"])
        #expect(result.dataset.registrations.isEmpty)
    }

    @Test func aWorkbookWithoutItsSheetPartIsRefused() throws {
        let folder = TestSupport.folder(["frederikshavn/periode-6.xlsx": Self.fixtureBytes])
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("frederikshavn/periode-6.xlsx")
        let archive = try Archive(url: url, accessMode: .update)
        try archive.remove(try #require(archive["xl/worksheets/sheet1.xml"]))
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["unreadable-file"])
        #expect(result.problems.first?.message(.english).contains("its part is missing from the archive") == true)
    }

    /// Validates the fixture with its worksheet's XML changed by `change` and stored again with
    /// a right CRC-32, as a crafted file would have it.
    static func validate(changingSheet change: (inout [UInt8]) throws -> Void) throws -> ValidationResult {
        let folder = TestSupport.folder(["frederikshavn/periode-6.xlsx": Self.fixtureBytes])
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try Archive(url: folder.appendingPathComponent("frederikshavn/periode-6.xlsx"), accessMode: .update)
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        var bytes = Array(xml)
        try change(&bytes)
        try archive.remove(entry)
        let changed = Data(bytes)
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(changed.count), compressionMethod: .deflate
        ) { position, size in changed.subdata(in: Int(position)..<(Int(position) + size)) }
        return TestSupport.validate(folder)
    }

    /// Where `text` first is in `bytes`.
    static func offset(of text: String, in bytes: [UInt8]) throws -> Int {
        let needle = Array(text.utf8)
        return try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
    }

    /// Foundation's XMLParser traps on an attribute name that is not UTF-8: such a sheet is
    /// refused before the parser sees a byte of it.
    @Test func aSheetThatIsNotUTF8IsRefusedNotACrash() throws {
        let result = try Self.validate { bytes in
            let at = try Self.offset(of: "<dimension ref=", in: bytes)
            bytes.replaceSubrange((at + 11)..<(at + 14), with: [0x72, 0xC3, 0x65])  // "ref" -> "r\xC3e"
        }
        #expect(result.problems.map(\.code) == ["unreadable-file"])
        #expect(
            result.problems.first?.message(.english).contains("sheet Registrering holds bytes that are no UTF-8 text") == true)
    }

    /// Well-formed XML with elements where none belong (a cell Z9 inside B2's value) is no
    /// crash: the nested cell ends at column Z, so the row's next cell, C2, stands before it and
    /// the sheet is refused, naming it.
    @Test func elementsNestedWhereNoneBelongAreNoCrash() throws {
        let result = try Self.validate { bytes in
            let at = try Self.offset(of: "<v>5</v>", in: bytes)
            bytes.replaceSubrange(at..<(at + 8), with: Array("<v>5<c r=\"Z9\"><v>1</v></c>2</v>".utf8))
        }
        #expect(result.problems.map(\.code) == ["unreadable-file"])
        #expect(
            result.problems.first?.message(.english).contains(
                "sheet Registrering, row 2: the cell reference C2 is not a column after the last") == true)
    }

    @Test func aRowNumberBeyondTheLastRowIsRefused() throws {
        let result = try Self.validate { bytes in
            let at = try Self.offset(of: "<row r=\"2\"", in: bytes)
            bytes.replaceSubrange(at..<(at + 10), with: Array("<row r=\"9223372036854775807\"".utf8))
        }
        #expect(result.problems.map(\.code) == ["unreadable-file"])
        #expect(
            result.problems.first?.message(.english).contains("its row number 9223372036854775807 is not after row 1") == true)
    }

    /// A mutated LibreOffice workbook whose deflate stream in the table of texts never ends:
    /// ZIPFoundation's `Archive.extract` read the end of the file for ever; it is refused.
    @Test func aDeflateStreamWithoutEndIsRefusedNotReadForEver() throws {
        let folder = TestSupport.folder([
            "haderslev/periode-6.xlsx": Array(
                try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("xlsx/damaged/deflate-without-end.xlsx"))))
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["unreadable-file"])
        #expect(result.problems.first?.message(.english).contains("xl/sharedStrings.xml cannot be unpacked") == true)
    }

    /// Where an entry's data begins is read from ZIPFoundation's internals: should they change,
    /// the bounded extraction must not silently give way to the unbounded one.
    @Test func theBoundedExtractionFindsEveryEntrysData() throws {
        let archive = try Archive(
            url: URL(fileURLWithPath: TestSupport.fixture("xlsx/small/haderslev/periode-6.xlsx")), accessMode: .read)
        let entries = Array(archive)
        #expect(entries.count > 5)
        for entry in entries { #expect(PartExtraction.dataOffset(of: entry) != nil, "\(entry.path)") }
        var xml = Data()
        let sheet = try #require(archive["xl/worksheets/sheet1.xml"])
        try PartExtraction.extract(
            sheet, of: archive, path: TestSupport.fixture("xlsx/small/haderslev/periode-6.xlsx"), bufferSize: 7
        ) {
            xml.append($0)
        }
        #expect(String(decoding: xml, as: UTF8.self).contains("<c r=\"B2\" t=\"n\"><v>5</v></c>"))
    }

    @Test func aSheetLargerThanTheLimitUnpackedIsRefusedAsNoRegistrationSheet() {
        // The limit made small: the sheet's 900-odd bytes stand for a zip bomb's gigabytes.
        let reader = XLSXReader(sheetLimit: 100)
        #expect(throws: CSVReaderError.self) {
            _ = try reader.read(file: TestSupport.fixture("xlsx/small/haderslev/periode-6.xlsx"), into: CellReceiver())
        }
        do {
            _ = try reader.read(file: TestSupport.fixture("xlsx/small/haderslev/periode-6.xlsx"), into: CellReceiver())
        } catch {
            guard case .damagedWorkbook(_, let damage) = error else { Issue.record("\(error)"); return }
            #expect(damage == .sheetTooLarge(sheet: "Registrering", limit: 100))
            #expect(damage.english == "sheet Registrering holds more than 100 bytes unpacked: no registration sheet")
        }
        let parts = XLSXReader(partLimit: 100)
        #expect(throws: CSVReaderError.self) {
            _ = try parts.read(file: TestSupport.fixture("xlsx/small/haderslev/periode-6.xlsx"), into: CellReceiver())
        }
    }

    // MARK: Typing cells

    @Test func dateSerialsReadAsTheDatesTheyShow() {
        #expect(WorksheetCell.date(serial: 45352, date1904: false) == "2024-03-01")
        #expect(WorksheetCell.date(serial: 1, date1904: false) == "1900-01-01")
        #expect(WorksheetCell.date(serial: 59, date1904: false) == "1900-02-28")
        #expect(WorksheetCell.date(serial: 61, date1904: false) == "1900-03-01")
        #expect(WorksheetCell.date(serial: 45352.75, date1904: false) == "2024-03-01 18:00")
        #expect(WorksheetCell.date(serial: 0, date1904: true) == "1904-01-01")
        #expect(WorksheetCell.date(serial: 43890, date1904: true) == "2024-03-01")
    }

    @Test func dateFormatsAreToldFromNumberFormats() {
        #expect(DateStylesParser.isDateFormat("dd-mm-yyyy"))
        #expect(DateStylesParser.isDateFormat("[$-406]d\\. mmmm yyyy"))
        #expect(DateStylesParser.isDateFormat("[h]:mm"))
        #expect(!DateStylesParser.isDateFormat("0.00"))
        #expect(!DateStylesParser.isDateFormat("General"))
        #expect(!DateStylesParser.isDateFormat("#,##0 \"dage\""))
        #expect(!DateStylesParser.isDateFormat("[Red]#,##0"))
    }

    @Test func cellReferencesAndColumnLetters() {
        #expect(WorksheetCell.column(ofReference: "D7") == 3)
        #expect(WorksheetCell.column(ofReference: "AA1") == 26)
        #expect(WorksheetCell.column(ofReference: "XFD1048576") == 16383)
        #expect(WorksheetCell.column(ofReference: "ABCD1") == nil)
        #expect(WorksheetCell.column(ofReference: "7") == nil)
        #expect(SourceLocation.columnLetters(1) == "A")
        #expect(SourceLocation.columnLetters(27) == "AA")
        #expect(SourceLocation.columnLetters(16384) == "XFD")
    }

    @Test func storedNumbersBecomeCanonicalDecimalText() {
        #expect(WorksheetCell.canonicalNumber("12") == "12")
        #expect(WorksheetCell.canonicalNumber("2.5") == "2.5")
        #expect(WorksheetCell.canonicalNumber("1.2E3") == "1200")
        #expect(WorksheetCell.canonicalNumber("1E-3") == "0.001")
    }
}

/// What a tokenizer delivers, as strings: records until a plan is asked for (the first
/// record with a `dagtilbud` cell), then rows.
final class CollectingReceiver: CellReceiver {
    var worksheet: String?
    var records: [(line: Int, cells: [String])] = []
    var rows: [(line: Int, cells: [String])] = []
    private var row: [String] = []

    override func worksheet(_ name: String) { worksheet = name }

    override func record(_ record: CSVRecord) -> ColumnPlan? {
        let cells = (0..<record.count).map { String(decoding: record[$0].bytes, as: UTF8.self) }
        records.append((record.line, cells))
        guard cells.contains("dagtilbud") else { return nil }
        return ColumnPlan(ignoring: SheetHeader(cells: cells))
    }

    override func cell(_ cell: CSVField, column: Int) {
        row.append(String(decoding: cell.bytes, as: UTF8.self))
    }

    override func endRow(line: Int, fields: Int, width: Int) {
        rows.append((line, row))
        row = []
    }
}

/// Damaged workbooks never crash the reader: every one of a few hundred seeded mutations of a
/// fixture (bytes changed anywhere: archive headers, compressed XML) is read or refused with
/// problems, never a trap.
@Suite struct XLSXMutationTests {
    @Test func mutatedWorkbooksAreReadOrRefusedNeverACrash() throws {
        let original = Array(
            try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("xlsx/typed/haderslev/periode-6.xlsx"))))
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("haderslev")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        let file = project.appendingPathComponent("periode-6.xlsx")
        var random = SplitMix(seed: 17)
        var refused = 0
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + random.next() % 4) {
                let at = Int(random.next() % UInt64(bytes.count))
                bytes[at] = UInt8(truncatingIfNeeded: random.next())
            }
            try Data(bytes).write(to: file)
            let result = TestSupport.validate(folder)
            // The fixture's own two errors, or the file refused: never silently more rows.
            #expect(result.rows <= 2)
            if result.problems.contains(where: { $0.code == "unreadable-file" }) { refused += 1 }
        }
        // Most changes land in compressed data or headers the archive checks (CRC-32).
        #expect(refused > 150)
    }
}
