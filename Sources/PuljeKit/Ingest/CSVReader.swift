import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams a CSV file through libcsv in fixed-size chunks and hands its records, with the
/// physical line each starts on, to a `CSVConsumer`.
///
/// It sniffs the dialect from the first chunk (SPEC 3.4), parses in strict mode
/// (`CSV_STRICT | CSV_STRICT_FINI`, so that malformed and unclosed quotes are errors, SPEC 3.5)
/// with `CSV_EMPTY_IS_NULL`, and keeps line numbers itself: libcsv reports none, so every line
/// break outside a field (`CSV_REPALL_NL`) and inside a quoted field is counted, CRLF as one.
public struct CSVReader {
    /// Bytes read per `read(2)` call and parsed per `csv_parse` call.
    public var chunkSize: Int

    public init(chunkSize: Int = 1 << 20) {
        precondition(chunkSize >= 16)
        self.chunkSize = chunkSize
    }

    /// Reads a file. Throws only when the file cannot be read as text at all; everything wrong
    /// inside it goes to the consumer.
    @discardableResult
    public func read<Consumer: CSVConsumer>(
        file path: String, into consumer: inout Consumer
    ) throws(CSVReaderError) -> CSVReadSummary {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        return try parse(path: path, into: &consumer) { buffer in
            while true {
                let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                if errno != EINTR { return -Int(errno) }
            }
        }
    }

    /// Reads bytes already in memory (an embedded catalogue, a test case).
    @discardableResult
    public func read<Consumer: CSVConsumer>(
        bytes: [UInt8], name: String, into consumer: inout Consumer
    ) throws(CSVReaderError) -> CSVReadSummary {
        var offset = 0
        return try parse(path: name, into: &consumer) { buffer in
            let count = min(buffer.count, bytes.count - offset)
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)]))
            }
            offset += count
            return count
        }
    }

    /// The parse loop. `fill` reads up to `buffer.count` bytes and returns how many (0 at the
    /// end, -errno on failure).
    private func parse<Consumer: CSVConsumer>(
        path: String, into consumer: inout Consumer,
        fill: (UnsafeMutableRawBufferPointer) -> Int
    ) throws(CSVReaderError) -> CSVReadSummary {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }

        var filled = fill(buffer)
        if filled < 0 { throw .unreadable(path: path, reason: String(cString: strerror(Int32(-filled)))) }
        let head = UnsafeRawBufferPointer(rebasing: buffer[0..<filled])
        let dialect = try Self.sniff(head, path: path)
        consumer.begin(dialect: dialect)

        let session = ParseSession(delimiter: dialect.delimiter)
        defer { session.free() }
        var summary = CSVReadSummary(dialect: dialect, bytes: 0, lines: 0)
        var start = dialect.hasByteOrderMark ? 3 : 0
        var skippingToLineEnd = false

        while filled > 0 {
            summary.bytes += filled
            var chunk = UnsafeRawBufferPointer(rebasing: buffer[start..<filled])
            while !chunk.isEmpty {
                if skippingToLineEnd {
                    // After malformed quoting: drop the rest of the broken line, then start afresh.
                    guard let end = chunk.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { break }
                    session.skippedLineBreak(chunk[end])
                    chunk = UnsafeRawBufferPointer(rebasing: chunk[(end + 1)...])
                    skippingToLineEnd = false
                    continue
                }
                let parsed = session.parse(chunk)
                session.deliver(to: &consumer)
                if parsed == chunk.count { break }
                // libcsv stopped at byte `parsed`: malformed quoting, or no memory for a field.
                guard session.lastError == CSV_EPARSE else {
                    throw .fieldTooLarge(path: path, line: session.recordStartLine)
                }
                consumer.malformedQuoting(line: session.abandonRecord(), unterminated: false)
                chunk = UnsafeRawBufferPointer(rebasing: chunk[parsed...])
                skippingToLineEnd = true
            }
            start = 0
            filled = fill(buffer)
            if filled < 0 { throw .unreadable(path: path, reason: String(cString: strerror(Int32(-filled)))) }
        }
        if !skippingToLineEnd && !session.finish() {
            consumer.malformedQuoting(line: session.abandonRecord(), unterminated: true)
        }
        session.deliver(to: &consumer)
        summary.lines = session.line - (session.endedOnLineBreak ? 1 : 0)
        return summary
    }

    /// Encoding, byte-order mark and delimiter from the first chunk (SPEC 3.4).
    static func sniff(_ head: UnsafeRawBufferPointer, path: String) throws(CSVReaderError) -> CSVDialect {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw .unsupportedEncoding(path: path, encoding: "UTF-16")
        }
        if head.contains(0) { throw .binary(path: path) }
        let hasBOM = head.starts(with: [0xEF, 0xBB, 0xBF])
        let text = UnsafeRawBufferPointer(rebasing: head[(hasBOM ? 3 : 0)...])
        let encoding: TextEncoding = isPlausibleUTF8Prefix(text) ? .utf8 : .windows1252
        return CSVDialect(
            delimiter: CSVDialect.sniffDelimiter(text), encoding: encoding, hasByteOrderMark: hasBOM)
    }
}

/// What a read saw of the file as a whole.
public struct CSVReadSummary: Sendable {
    public var dialect: CSVDialect
    /// Bytes read, byte-order mark included.
    public var bytes: Int
    /// Physical lines.
    public var lines: Int
}

/// libcsv's parser and the buffer its callbacks fill: the fields and record boundaries of one
/// chunk, plus the line bookkeeping libcsv does not do.
private final class ParseSession {
    /// Heap-allocated: the callbacks read it while `csv_parse` runs, which a Swift stored
    /// property passed `inout` would forbid.
    let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
    var storage: [UInt8] = []
    var spans: [FieldSpan] = []
    /// (first span, span count, line) of each completed record in `spans`.
    var records: [(first: Int, count: Int, line: Int)] = []

    /// The physical line the parser is on.
    var line = 1
    var recordStartLine = 1
    var fieldsInRecord = 0
    var lastBreakWasCR = false
    var endedOnLineBreak = false
    var lastError: Int32 = 0

    init(delimiter: UInt8) {
        let options = CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_REPALL_NL
        parser.initialize(to: csv_parser())
        precondition(csv_init(parser, UInt8(options)) == 0)
        csv_set_delim(parser, delimiter)
        // Only spaces are trimmed around unquoted cells; a tab may be the delimiter.
        csv_set_space_func(parser) { $0 == 0x20 ? 1 : 0 }
        storage.reserveCapacity(1 << 16)
        spans.reserveCapacity(1 << 12)
        records.reserveCapacity(1 << 10)
    }

    func free() {
        csv_free(parser)
        parser.deallocate()
    }

    /// Parses a chunk; returns the bytes consumed (less than the chunk on an error).
    func parse(_ chunk: UnsafeRawBufferPointer) -> Int {
        let context = Unmanaged.passUnretained(self).toOpaque()
        let consumed = csv_parse(
            parser, chunk.baseAddress, chunk.count,
            { bytes, length, context in
                Unmanaged<ParseSession>.fromOpaque(context!).takeUnretainedValue()
                    .field(bytes, length)
            },
            { terminator, context in
                Unmanaged<ParseSession>.fromOpaque(context!).takeUnretainedValue()
                    .recordEnd(terminator)
            },
            context)
        lastError = consumed < chunk.count ? csv_error(parser) : 0
        return consumed
    }

    /// Ends the input; false when a quoted field was never closed.
    func finish() -> Bool {
        let context = Unmanaged.passUnretained(self).toOpaque()
        let status = csv_fini(
            parser,
            { bytes, length, context in
                Unmanaged<ParseSession>.fromOpaque(context!).takeUnretainedValue()
                    .field(bytes, length)
            },
            { terminator, context in
                Unmanaged<ParseSession>.fromOpaque(context!).takeUnretainedValue()
                    .recordEnd(terminator)
            },
            context)
        return status == 0
    }

    @inline(__always)
    func field(_ bytes: UnsafeMutableRawPointer?, _ length: Int) {
        if fieldsInRecord == 0 { recordStartLine = line }
        fieldsInRecord += 1
        lastBreakWasCR = false
        endedOnLineBreak = false
        let start = storage.count
        if let bytes, length > 0 {
            let field = UnsafeRawBufferPointer(start: bytes, count: length)
            storage.append(contentsOf: field)
            // Only a quoted field can hold line breaks; libcsv still flags it during the callback.
            if parser.pointee.quoted != 0 { line += Self.lineBreaks(in: field) }
        }
        spans.append(FieldSpan(start: start, length: length, isNull: bytes == nil))
    }

    @inline(__always)
    func recordEnd(_ terminator: Int32) {
        switch terminator {
        case 0x0D:
            line += 1
            lastBreakWasCR = true
            endedOnLineBreak = true
        case 0x0A:
            if !lastBreakWasCR { line += 1 }  // the LF of a CRLF is the same line break
            lastBreakWasCR = false
            endedOnLineBreak = true
        default:
            break  // -1: end of input without a final line break
        }
        guard fieldsInRecord > 0 else { return }  // a blank line
        records.append((spans.count - fieldsInRecord, fieldsInRecord, recordStartLine))
        fieldsInRecord = 0
    }

    /// The line break that ends a line skipped after malformed quoting.
    func skippedLineBreak(_ byte: UInt8) {
        recordEnd(Int32(byte))
    }

    /// Forgets the record being parsed after malformed quoting and resets the parser; returns
    /// the line the broken record started on.
    func abandonRecord() -> Int {
        let brokenLine = fieldsInRecord > 0 ? recordStartLine : line
        // Line breaks inside the partial quoted field have not been counted yet.
        if parser.pointee.quoted != 0, parser.pointee.entry_pos > 0 {
            line += Self.lineBreaks(in: UnsafeRawBufferPointer(start: parser.pointee.entry_buf, count: parser.pointee.entry_pos))
        }
        spans.removeLast(fieldsInRecord)
        fieldsInRecord = 0
        csv_fini(parser, nil, nil, nil)  // resets the parser state, reports nothing
        return brokenLine
    }

    /// Hands the completed records to the consumer and empties the buffer.
    func deliver<Consumer: CSVConsumer>(to consumer: inout Consumer) {
        guard !records.isEmpty else { return }
        storage.withUnsafeBytes { storage in
            spans.withUnsafeBufferPointer { spans in
                for record in records {
                    let view = CSVRecord(
                        storage: storage,
                        spans: UnsafeBufferPointer(rebasing: spans[record.first..<(record.first + record.count)]),
                        line: record.line)
                    if !view.isBlank { consumer.consume(view) }
                }
            }
        }
        records.removeAll(keepingCapacity: true)
        // Keep the fields of a record still being parsed, moved to the front.
        let pendingSpans = Array(spans.suffix(fieldsInRecord))
        spans.removeAll(keepingCapacity: true)
        if let first = pendingSpans.first {
            let pendingBytes = Array(storage[first.start...])
            storage.removeAll(keepingCapacity: true)
            storage.append(contentsOf: pendingBytes)
            spans.append(contentsOf: pendingSpans.map {
                FieldSpan(start: $0.start - first.start, length: $0.length, isNull: $0.isNull)
            })
        } else {
            storage.removeAll(keepingCapacity: true)
        }
    }

    /// Line breaks in a quoted field, CRLF counted once.
    static func lineBreaks(in bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                count += 1
                previousWasCR = true
            } else {
                if byte == 0x0A && !previousWasCR { count += 1 }
                previousWasCR = false
            }
        }
        return count
    }
}
