import Foundation
import Testing
@testable import PuljeKit

/// Sheets saved byte for byte as Excel saves them in each of its text formats (SPEC 3.4, issue
/// 15): code page 850 ("CSV (MS-DOS)"), Mac Roman ("CSV (Macintosh)", CR line endings) and
/// UTF-16 ("Unicode text": little-endian with a byte-order mark, tab-separated) read back to
/// exactly the names and values written; what cannot be read right is refused, located.
@Suite struct EncodingTests {
    /// The registrations of the sheets below, written out by hand.
    static let expected: [String: [Indicator: Int]] = [
        "Børnehuset Æblehaven": [.boern: 42, .hjemmebesoeg: 7],
        "Åbakken": [.boern: 18, .foraeldrearrangementer: 3],
        "Café Ørnereden": [.boern: 9, .hjemmebesoeg: 0, .foraeldrearrangementer: 1],
    ]

    /// The header in the registration sheet's Danish labels (with ø and æ), and the rows.
    static func sheet(delimiter: String, newline: String, header: [String]? = nil) -> String {
        let head =
            header ?? [
                "dagtilbud", "Antal børn tilknyttet projektet", "Antal gennemførte projektspecifikke hjemmebesøg",
                "Antal gennemførte projektspecifikke forældrearrangementer",
            ]
        let rows = [
            head,
            ["Børnehuset Æblehaven", "42", "7", ""],
            ["Åbakken", "18", "", "3"],
            ["Café Ørnereden", "9", "0", "1"],
        ]
        return rows.map { $0.joined(separator: delimiter) + newline }.joined()
    }

    static func validate(_ bytes: [UInt8], chunkSize: Int? = nil) -> SheetReadResult {
        let folder = TestSupport.folder(["frederikshavn/periode-6.csv": bytes])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("frederikshavn/periode-6.csv").path
        let file = SheetFile(path: path, displayName: "frederikshavn/periode-6.csv", catalogue: .standard)
        return SheetReader(catalogue: .standard, chunkSize: chunkSize ?? 1 << 16).read(file)
    }

    static func expectReadBack(_ bytes: [UInt8], as encoding: TextEncoding, chunkSize: Int? = nil) {
        let result = validate(bytes, chunkSize: chunkSize)
        #expect(result.problems.isEmpty, "\(result.problems.map { $0.message(.english) })")
        #expect(result.dialect?.encoding == encoding)
        #expect(result.registrations.count == expected.count)
        for registration in result.registrations {
            let counts = expected[registration.key.institution]
            #expect(counts != nil, "\(registration.key.institution) was not written")
            #expect(registration.counts == counts, "\(registration.key.institution)")
            #expect(registration.key.project == "frederikshavn" && registration.key.period == Period(6))
        }
    }

    // MARK: The 8-bit code pages

    @Test func codePage850SheetReadsBackItsDanishNames() {
        let bytes = OfficeBytes.cp850(Self.sheet(delimiter: ";", newline: "\r\n"))
        #expect(bytes.contains(0x9B) && !bytes.contains(0xF8))  // ø is 0x9B in code page 850
        Self.expectReadBack(bytes, as: .cp850)
    }

    @Test func macRomanSheetWithCarriageReturnsReadsBackItsDanishNames() {
        let bytes = OfficeBytes.macRoman(Self.sheet(delimiter: ";", newline: "\r"))
        #expect(bytes.contains(0xBF) && !bytes.contains(0xF8))  // ø is 0xBF in Mac Roman
        Self.expectReadBack(bytes, as: .macRoman)
    }

    @Test func windows1252SheetWithTheSameLabelsStaysWindows1252() {
        Self.expectReadBack(TextEncoding.windows1252Bytes(Self.sheet(delimiter: ";", newline: "\r\n"))!, as: .windows1252)
    }

    @Test func codePage850WithAnASCIIHeaderIsToldByTheDanishLettersOfItsNames() {
        let header = ["dagtilbud", "boern", "hjemmebesoeg", "foraeldrearrangementer"]
        Self.expectReadBack(OfficeBytes.cp850(Self.sheet(delimiter: ";", newline: "\r\n", header: header)), as: .cp850)
        Self.expectReadBack(OfficeBytes.macRoman(Self.sheet(delimiter: ";", newline: "\r", header: header)), as: .macRoman)
    }

    @Test func aClosingQuoteAfterALetterIsNoCodePage850Capital() {
        // Windows-1252's ’ is 0x92, code page 850's Æ: `Mette’s` is still Windows-1252.
        let text = "dagtilbud;boern\r\nMette’s Børnehus;4\r\nLille Ø;5\r\n"
        let bytes = TextEncoding.windows1252Bytes(text)!
        #expect(bytes.contains(0x92))
        let result = Self.validate(bytes)
        #expect(result.dialect?.encoding == .windows1252)
        #expect(Set(result.registrations.map(\.key.institution)) == ["Mette’s Børnehus", "Lille Ø"])
    }

    @Test func codePage850SheetWhoseHeaderMatchesNothingIsRefusedNamingCodePage850() {
        let text = "Navn;Børn i alt;Besøg i året\r\nBørnehuset Æblehaven;42;7\r\n"
        let result = Self.validate(OfficeBytes.cp850(text))
        #expect(result.problems.map(\.code) == ["encoding-uncertain"])
        #expect(result.problems.first?.location == SourceLocation(file: "frederikshavn/periode-6.csv", line: 1))
        #expect(result.refused && result.registrations.isEmpty && result.rejectedRows == 1)
        let danish = result.problems.first!.message(.danish)
        #expect(danish.contains("CP850") && danish.contains("CSV (MS-DOS)") && danish.contains("\"CSV UTF-8 (kommasepareret)\""))
        #expect(result.problems.first!.message(.english).contains("CP850"))
    }

    @Test func codePage850FileOffTheLayoutWhoseHeaderMatchesNothingIsPassedOverNotRefused() {
        let folder = TestSupport.folder(["frederikshavn/noter.csv": OfficeBytes.cp850("Navn;Bemærkning\r\nÅse;ferie\r\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        #expect(result.problems.map(\.code) == ["unrecognised-sheet"])
        #expect(!result.hasErrors)
    }

    @Test func codePageTablesRoundTripEveryByteAndHoldTheChartsLetters() {
        for encoding in [TextEncoding.cp850, .macRoman] {
            let all = [UInt8](0...255)
            let text = all.withUnsafeBytes { encoding.decode($0) }
            #expect(text.unicodeScalars.count == 256)
            #expect(Set(text.unicodeScalars).count == 256, "\(encoding): two bytes share a character")
            #expect(TextEncoding.eightBitBytes(text, encoding) == all, "\(encoding)")
        }
        // Spot checks from IBM's code page 850 and Apple's Mac OS Roman charts (the full tables
        // are Python's `bytes(range(0x80, 0x100)).decode('cp850')` and `'mac_roman'`).
        let cp850: [UInt8: Unicode.Scalar] = [
            0x80: "Ç", 0x86: "å", 0x8F: "Å", 0x91: "æ", 0x92: "Æ", 0x9B: "ø", 0x9D: "Ø", 0x9E: "×", 0xB0: "\u{2591}",
            0xD5: "\u{0131}", 0xE1: "ß", 0xF0: "\u{00AD}", 0xFE: "\u{25A0}", 0xFF: "\u{00A0}",
        ]
        let macRoman: [UInt8: Unicode.Scalar] = [
            0x80: "Ä", 0x81: "Å", 0x8C: "å", 0xA0: "†", 0xAE: "Æ", 0xAF: "Ø", 0xBE: "æ", 0xBF: "ø", 0xCA: "\u{00A0}",
            0xD0: "–", 0xDB: "€", 0xF0: "\u{F8FF}", 0xFF: "ˇ",
        ]
        for (table, encoding) in [(cp850, TextEncoding.cp850), (macRoman, .macRoman)] {
            for (byte, scalar) in table {
                #expect(
                    [byte].withUnsafeBytes { encoding.decode($0) } == String(scalar), "\(encoding) 0x\(String(byte, radix: 16))")
            }
        }
    }

    // MARK: UTF-16

    @Test func utf16LittleEndianWithByteOrderMarkTabSeparatedAsExcelSavesUnicodeText() {
        let bytes = OfficeBytes.utf16(Self.sheet(delimiter: "\t", newline: "\r\n"), bigEndian: false, byteOrderMark: true)
        #expect(Array(bytes.prefix(6)) == [0xFF, 0xFE, 0x64, 0x00, 0x61, 0x00])  // BOM, "da"
        Self.expectReadBack(bytes, as: .utf16LittleEndian)
        #expect(
            Self.validate(bytes).dialect
                == CSVDialect(delimiter: CSVDialect.tab, encoding: .utf16LittleEndian, hasByteOrderMark: true))
        #expect(Self.validate(bytes).bytes == bytes.count)
    }

    @Test func utf16LittleEndianWithoutByteOrderMarkIsToldByItsNULBytes() {
        let bytes = OfficeBytes.utf16(Self.sheet(delimiter: "\t", newline: "\r\n"), bigEndian: false, byteOrderMark: false)
        Self.expectReadBack(bytes, as: .utf16LittleEndian)
        #expect(Self.validate(bytes).dialect?.hasByteOrderMark == false)
    }

    @Test func utf16BigEndianWithAndWithoutByteOrderMark() {
        let marked = OfficeBytes.utf16(Self.sheet(delimiter: ";", newline: "\n"), bigEndian: true, byteOrderMark: true)
        #expect(Array(marked.prefix(4)) == [0xFE, 0xFF, 0x00, 0x64])
        Self.expectReadBack(marked, as: .utf16BigEndian)
        Self.expectReadBack(Array(marked.dropFirst(2)), as: .utf16BigEndian)
    }

    @Test func utf16LargerThanTheChunkWithASurrogatePairAcrossTheChunkBoundary() {
        // 🌻 (U+1F33B) is the surrogate pair D83C DF3B. With 64-byte chunks its high half is
        // the last code unit of the first chunk and its low half the first of the second.
        var text = "dagtilbud\tboern\r\n"
        let filler = String(repeating: "x", count: 31 - 1 - text.utf16.count - "Sol ".utf16.count)
        text += filler + "Sol 🌻\t5\r\n"
        for index in 0..<200 { text += "Børnehus \(index) 🌻 æøå\t\(index)\r\n" }
        let bytes = OfficeBytes.utf16(text, bigEndian: false, byteOrderMark: true)
        #expect(Array(bytes[62..<66]) == [0x3C, 0xD8, 0x3B, 0xDF])
        #expect(bytes.count > 8 * 64)
        // Every chunk size from 16 to 80 bytes: units and pairs split at every offset, odd too.
        for chunkSize in [64, 16, 17, 31, 63, 65, 66, 67, 80, 1 << 16] {
            let result = Self.validate(bytes, chunkSize: chunkSize)
            #expect(result.problems.isEmpty, "chunk \(chunkSize): \(result.problems.map { $0.message(.english) })")
            #expect(result.registrations.count == 201, "chunk \(chunkSize)")
            let names = Dictionary(uniqueKeysWithValues: result.registrations.map { ($0.key.institution, $0[.boern]) })
            #expect(names[filler + "Sol 🌻"] == 5, "chunk \(chunkSize)")
            #expect(names["Børnehus 199 🌻 æøå"] == 199, "chunk \(chunkSize)")
            #expect(names["Børnehus 0 🌻 æøå"] == 0, "chunk \(chunkSize)")
        }
    }

    @Test(
        arguments: [
            [0x3D, 0xD8, 0x41, 0x00],  // a high surrogate followed by "A"
            [0x00, 0xDC],  // a low surrogate alone
            [0x3D, 0xD8],  // a high surrogate at the end of the file
            [0x41],  // an odd last byte
        ] as [[UInt8]])
    func invalidUTF16IsRefusedAtItsLine(_ bad: [UInt8]) {
        let good = OfficeBytes.utf16("dagtilbud\tboern\r\nÅbakken\t18\r\nSol", bigEndian: false, byteOrderMark: true)
        let result = Self.validate(
            good + bad + (bad.count == 4 ? OfficeBytes.utf16("\t3\r\n", bigEndian: false, byteOrderMark: false) : []))
        #expect(result.problems.map(\.code) == ["invalid-utf16"])
        #expect(result.problems.first?.location == SourceLocation(file: "frederikshavn/periode-6.csv", line: 3))
        #expect(result.refused && result.registrations.isEmpty)
    }

    @Test func aNULCharacterInUTF16StillRefusesTheFile() {
        let text = "dagtilbud\tboern\r\nÅbakken\u{0}\t18\r\n"
        for bigEndian in [false, true] {
            for chunkSize in [16, 1 << 16] {
                let result = Self.validate(
                    OfficeBytes.utf16(text, bigEndian: bigEndian, byteOrderMark: true), chunkSize: chunkSize)
                #expect(result.problems.map(\.code) == ["not-a-text-file"])
                #expect(result.registrations.isEmpty)
            }
        }
    }

    @Test func utf32IsRefusedWithItsName() {
        var collector = RecordCollector()
        #expect(throws: CSVReaderError.unsupportedEncoding(path: "x.csv", encoding: "UTF-32")) {
            try CSVReader().read(bytes: [0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00], name: "x.csv", into: &collector)
        }
    }
}

/// Encoders written for the tests, independent of the engine's tables: code page 850 and Mac
/// Roman for the letters the test sheets use (from IBM's and Apple's charts), UTF-16 from
/// Swift's own code units.
enum OfficeBytes {
    static let cp850Letters: [Unicode.Scalar: UInt8] = [
        "æ": 0x91, "ø": 0x9B, "å": 0x86, "Æ": 0x92, "Ø": 0x9D, "Å": 0x8F, "é": 0x82,
    ]
    static let macRomanLetters: [Unicode.Scalar: UInt8] = [
        "æ": 0xBE, "ø": 0xBF, "å": 0x8C, "Æ": 0xAE, "Ø": 0xAF, "Å": 0x81, "é": 0x8E,
    ]

    static func cp850(_ text: String) -> [UInt8] { eightBit(text, cp850Letters) }
    static func macRoman(_ text: String) -> [UInt8] { eightBit(text, macRomanLetters) }

    /// Nil-free: every test text is ASCII plus the letters above.
    static func eightBit(_ text: String, _ letters: [Unicode.Scalar: UInt8]) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            if scalar.isASCII { return UInt8(scalar.value) }
            guard let byte = letters[scalar] else { preconditionFailure("no test byte for \(scalar)") }
            return byte
        }
    }

    static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool) -> [UInt8] {
        let units = (byteOrderMark ? [0xFEFF] : []) + Array(text.utf16)
        return units.flatMap { unit -> [UInt8] in
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            return bigEndian ? [high, low] : [low, high]
        }
    }
}
