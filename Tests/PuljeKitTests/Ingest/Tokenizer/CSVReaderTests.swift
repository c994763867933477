import Testing
@testable import PuljeKit

/// RFC 4180 edge cases and the line bookkeeping libcsv leaves to the reader.
@Suite struct CSVReaderTests {
    @Test func quotedDelimiterStaysInTheField() {
        let read = RecordCollector.read("a,b\n\"x,y\",z\n")
        #expect(read.records.map(\.cells) == [["a", "b"], ["x,y", "z"]])
    }

    @Test func doubledQuoteBecomesOneQuote() {
        let read = RecordCollector.read("a\n\"Sol \"\"Nord\"\"\"\n")
        #expect(read.records[1].cells == ["Sol \"Nord\""])
    }

    @Test func quotedCRLFIsKeptAndCountedAsOneLine() {
        let read = RecordCollector.read("a,b\r\n\"line one\r\nline two\",x\r\nc,d\r\n")
        #expect(read.records.map(\.cells) == [["a", "b"], ["line one\r\nline two", "x"], ["c", "d"]])
        #expect(read.records.map(\.line) == [1, 2, 4])
    }

    @Test func emptyQuotedFieldIsEmptyButNotNull() {
        let read = RecordCollector.read("a,b,c\n\"\",,x\n")
        #expect(read.records[1].cells == ["", nil, "x"])
    }

    @Test func missingFinalNewlineStillEndsTheRecord() {
        let read = RecordCollector.read("a,b\nc,d")
        #expect(read.records.map(\.cells) == [["a", "b"], ["c", "d"]])
        #expect(read.records.last?.line == 2)
    }

    @Test func headerOnlyGivesOneRecord() {
        #expect(RecordCollector.read("a,b\n").records.count == 1)
    }

    @Test func emptyFileGivesNoRecords() {
        let read = RecordCollector.read("")
        #expect(read.records.isEmpty)
        #expect(read.malformed.isEmpty)
    }

    @Test func blankLinesAreSkippedButCounted() {
        let read = RecordCollector.read("a\n\n\nb\n,,\nc\n")
        #expect(read.records.map(\.cells) == [["a"], ["b"], ["c"]])
        #expect(read.records.map(\.line) == [1, 4, 6])
    }

    @Test func carriageReturnAloneEndsALine() {
        let read = RecordCollector.read("a\rb\rc")
        #expect(read.records.map(\.line) == [1, 2, 3])
    }

    @Test func spacesAroundUnquotedValuesAreTrimmedButNotInsideQuotes() {
        let read = RecordCollector.read("a,b\n  12 ,\"  x \"\n")
        #expect(read.records[1].cells == ["12", "  x "])
    }

    @Test func quoteInsideUnquotedFieldIsMalformedAndReadingGoesOn() {
        let read = RecordCollector.read("a,b\nc,d\"e\nf,g\n")
        #expect(read.malformed.map(\.line) == [2])
        #expect(read.malformed.first?.unterminated == false)
        #expect(read.records.map(\.cells) == [["a", "b"], ["f", "g"]])
        #expect(read.records.last?.line == 3)
    }

    @Test func textAfterClosingQuoteIsMalformed() {
        let read = RecordCollector.read("a,b\n\"x\"y,z\nf,g\n")
        #expect(read.malformed.map(\.line) == [2])
        #expect(read.records.last?.cells == ["f", "g"])
    }

    @Test func malformedRowAfterMultilineFieldKeepsLineNumbers() {
        let read = RecordCollector.read("a,b\n\"1\n2\",x\"y\nf,g\n")
        #expect(read.malformed.map(\.line) == [2])
        #expect(read.records.last?.line == 4)
    }

    @Test func malformedQuotedFieldSpanningLinesKeepsLaterLineNumbers() {
        let read = RecordCollector.read("a,b\nx,\"1\n2\n3\"y\nf,g\n")
        #expect(read.malformed.map(\.line) == [2])
        #expect(read.records.last?.cells == ["f", "g"])
        #expect(read.records.last?.line == 5)
    }

    @Test func unclosedQuoteAtEndOfFileIsAnError() {
        let read = RecordCollector.read("a,b\nc,\"d\ne,f\n")
        #expect(read.malformed.count == 1)
        #expect(read.malformed.first?.line == 2)
        #expect(read.malformed.first?.unterminated == true)
        #expect(read.records.map(\.cells) == [["a", "b"]])
    }

    @Test(arguments: [16, 17, 31, 64, 1 << 16])
    func chunkBoundariesDoNotChangeWhatIsRead(chunkSize: Int) {
        let text = "projekt,dagtilbud,note\r\nmorsoe,\"Spiren, Nord\",\"a\r\nb\"\r\n\r\nmorsoe,Egebakken,\"\"\"q\"\"\"\r\n"
        let read = RecordCollector.read(text, chunkSize: chunkSize)
        #expect(
            read.records.map(\.cells) == [
                ["projekt", "dagtilbud", "note"], ["morsoe", "Spiren, Nord", "a\r\nb"],
                ["morsoe", "Egebakken", "\"q\""],
            ])
        #expect(read.records.map(\.line) == [1, 2, 5])
    }

    @Test func byteOrderMarkIsSkipped() {
        let read = RecordCollector.read([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8))
        #expect(read.records.first?.cells == ["a", "b"])
        #expect(read.dialect?.hasByteOrderMark == true)
    }

    @Test func utf16IsReadAsUTF8() {
        let read = RecordCollector.read([0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0xF8, 0x00, 0x0A, 0x00])
        #expect(read.records.first?.cells == ["a", "ø"])
        #expect(read.dialect == CSVDialect(encoding: .utf16LittleEndian, hasByteOrderMark: true))
    }
}
