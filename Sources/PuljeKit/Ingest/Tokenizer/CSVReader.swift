import CLibCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `read(2)`, named apart from `CSVReader.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}

/// Streams a CSV file through libcsv in fixed-size chunks: the CSV `SheetTokenizer`. It hands a
/// `CellReceiver` whole records until the receiver gives a `ColumnPlan`, then each row's cells
/// straight from libcsv's buffer, each with the physical line its row started on; or, for
/// convenience, every record whole to a `CSVConsumer`.
///
/// It sniffs the dialect from the first chunk (SPEC 3.4), parses in strict mode
/// (`CSV_STRICT | CSV_STRICT_FINI`, so that malformed and unclosed quotes are errors, SPEC 3.5)
/// with `CSV_EMPTY_IS_NULL`, and keeps line numbers itself: libcsv reports none, so every line
/// break outside a field (`CSV_REPALL_NL`) and inside a quoted field is counted, CRLF as one.
public struct CSVReader {
    /// Bytes read per `read(2)` call and parsed per `csv_parse` call.
    public var chunkSize: Int

    /// The longest field read (1 MiB): registration sheets hold names and numbers, and a cell
    /// beyond this (a pasted document, a damaged file, a hostile one) stops the file with
    /// `fieldTooLarge` instead of growing memory with it (issue 7, limits).
    public static let maximumFieldBytes = 1 << 20

    public init(chunkSize: Int = 1 << 16) {
        precondition(chunkSize >= 16)
        self.chunkSize = chunkSize
    }

    /// Called after each chunk is read from a file, before it is parsed, with the bytes read
    /// so far: how a test changes a file while it is read. nil outside tests.
    var afterChunkRead: (@Sendable (Int) -> Void)?

    /// Reads a file into a receiver: once it has a plan, cell by cell with no copy of any cell.
    /// Throws only when the file cannot be read as text at all; everything wrong inside it
    /// goes to the receiver.
    ///
    /// Only a regular file is read: a named pipe, socket, device or folder is refused
    /// (`notRegularFile`) without waiting on it. A file whose size or modification time
    /// changes while it is read, or that gives more or fewer bytes than it held when opened,
    /// is refused (`changedWhileRead`) once read: the receiver has then seen rows of no one
    /// version of the file, and must not keep them.
    @discardableResult
    public func read(file path: String, into receiver: CellReceiver) throws(CSVReaderError) -> CSVReadSummary {
        // Looked at before it is opened (stat opens nothing): opening a named pipe waits for a
        // writer, a device may never end (/dev/zero) or act on being opened.
        if let type = FileStatus.of(path: path)?.type { throw .notRegularFile(path: path, type: type) }
        // O_NONBLOCK: should the path become a pipe between the look and the open, the open
        // does not wait either; the descriptor's own status then says what it is.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadable(path: path, errno: errno)
        }
        defer { close(descriptor) }
        guard let opened = FileStatus.of(descriptor: descriptor) else {
            throw .unreadable(path: path, errno: errno)
        }
        if let type = opened.type { throw .notRegularFile(path: path, type: type) }
        // A regular file's reads wait for the disk as usual (Linux ignores O_NONBLOCK on them,
        // not every file system does).
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 && flags & O_NONBLOCK != 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }

        var bytesRead = 0
        var grew = false
        let afterChunkRead = afterChunkRead
        let summary = try parse(path: path, into: receiver) { buffer in
            if grew { return 0 }
            while true {
                let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
                if count >= 0 {
                    bytesRead += count
                    if bytesRead > opened.size {
                        // It grows while read: stop (a file appended to without end is not read
                        // without end); refused below.
                        grew = true
                        return 0
                    }
                    afterChunkRead?(bytesRead)
                    return count
                }
                if errno != EINTR { return -Int(errno) }
            }
        }
        let closing = FileStatus.of(descriptor: descriptor)
        if grew || bytesRead != opened.size || closing?.size != opened.size
            || closing?.modifiedSeconds != opened.modifiedSeconds
            || closing?.modifiedNanoseconds != opened.modifiedNanoseconds
        {
            throw .changedWhileRead(path: path)
        }
        return summary
    }

    /// Reads bytes already in memory (an embedded catalogue, a test case) into a receiver.
    @discardableResult
    public func read(bytes: [UInt8], name: String, into receiver: CellReceiver) throws(CSVReaderError) -> CSVReadSummary {
        var offset = 0
        return try parse(path: name, into: receiver) { buffer in
            let count = min(buffer.count, bytes.count - offset)
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)]))
            }
            offset += count
            return count
        }
    }

    /// Reads a file record by record: each record's cells are gathered, then handed over.
    @discardableResult
    public func read<Consumer: CSVConsumer>(
        file path: String, into consumer: inout Consumer
    ) throws(CSVReaderError) -> CSVReadSummary {
        let assembler = RecordAssembler(consumer)
        defer { consumer = assembler.consumer }
        return try read(file: path, into: assembler)
    }

    /// Reads bytes in memory record by record.
    @discardableResult
    public func read<Consumer: CSVConsumer>(
        bytes: [UInt8], name: String, into consumer: inout Consumer
    ) throws(CSVReaderError) -> CSVReadSummary {
        let assembler = RecordAssembler(consumer)
        defer { consumer = assembler.consumer }
        return try read(bytes: bytes, name: name, into: assembler)
    }

    /// The parse loop. `fill` reads up to `buffer.count` bytes and returns how many (0 at the
    /// end, -errno on failure).
    private func parse(
        path: String, into receiver: CellReceiver, fill: (UnsafeMutableRawBufferPointer) -> Int
    ) throws(CSVReaderError) -> CSVReadSummary {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }

        var filled = fill(buffer)
        if filled < 0 { throw .unreadable(path: path, errno: Int32(-filled)) }
        // UTF-16 is transcoded to UTF-8 as it is read: everything below sees UTF-8.
        let utf16 = try Self.sniffUTF16(UnsafeRawBufferPointer(rebasing: buffer[0..<filled]), path: path)
        var transcoder = utf16.map {
            UTF16Transcoder(
                bigEndian: $0.bigEndian, capacity: chunkSize, head: UnsafeRawBufferPointer(rebasing: buffer[0..<filled]),
                skip: $0.hasByteOrderMark ? 2 : 0)
        }
        defer { transcoder?.free() }
        if transcoder != nil { filled = try Self.transcode(&transcoder!, into: buffer, path: path, fill: fill) }
        let head = UnsafeRawBufferPointer(rebasing: buffer[0..<filled])
        var dialect = try Self.sniff(head, path: path)
        if let utf16 {
            dialect.encoding = utf16.bigEndian ? .utf16BigEndian : .utf16LittleEndian
            dialect.hasByteOrderMark = utf16.hasByteOrderMark
        }
        receiver.begin(dialect: dialect)

        let state = ParseState.make(delimiter: dialect.delimiter, receiver: receiver)
        defer { ParseState.free(state) }
        var summary = CSVReadSummary(dialect: dialect, bytes: 0)
        var start = dialect.hasByteOrderMark && utf16 == nil ? 3 : 0
        var skippingToLineEnd = false

        while filled > 0 {
            summary.bytes += filled
            var chunk = UnsafeRawBufferPointer(rebasing: buffer[start..<filled])
            while !chunk.isEmpty {
                if skippingToLineEnd {
                    // After malformed quoting: drop the rest of the broken line, then start afresh.
                    guard let end = chunk.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
                        state.pointee.skipped(chunk)
                        break
                    }
                    state.pointee.skipped(UnsafeRawBufferPointer(rebasing: chunk[..<end]))
                    state.pointee.endOfBrokenLine()
                    state.pointee.skippedLineBreak(chunk[end])
                    chunk = UnsafeRawBufferPointer(rebasing: chunk[(end + 1)...])
                    skippingToLineEnd = false
                    continue
                }
                let parsed = ParseState.parse(state, chunk)
                if parsed == chunk.count { break }
                // libcsv stopped at byte `parsed`: malformed quoting, or no memory for a field.
                guard state.pointee.lastError == CSV_EPARSE else {
                    throw .fieldTooLarge(path: path, line: state.pointee.currentRecordLine)
                }
                state.pointee.abandonRecord(unterminated: false)
                chunk = UnsafeRawBufferPointer(rebasing: chunk[parsed...])
                skippingToLineEnd = true
            }
            start = 0
            if transcoder != nil {
                filled = try Self.transcode(&transcoder!, into: buffer, path: path, fill: fill)
            } else {
                filled = fill(buffer)
                if filled < 0 { throw .unreadable(path: path, errno: Int32(-filled)) }
            }
            // A NUL byte anywhere makes the file binary, not only in the first chunk (`sniff`):
            // the whole file is refused, with the rows the receiver has seen.
            if filled > 0 && memchr(buffer.baseAddress!, 0, filled) != nil { throw .binary(path: path) }
        }
        if skippingToLineEnd {
            state.pointee.endOfBrokenLine()
        } else if !ParseState.finish(state) {
            state.pointee.abandonRecord(unterminated: true)
            state.pointee.endOfBrokenLine()
        }
        if let transcoder { summary.bytes = transcoder.bytesRead }
        return summary
    }

    /// UTF-16, by its byte-order mark or, without one, by its header line's NUL bytes: the
    /// byte order and whether a mark starts the file; nil for other files. UTF-32 is refused.
    static func sniffUTF16(
        _ head: UnsafeRawBufferPointer, path: String
    ) throws(CSVReaderError) -> (bigEndian: Bool, hasByteOrderMark: Bool)? {
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw .unsupportedEncoding(path: path, encoding: "UTF-32")
        }
        if head.starts(with: [0xFF, 0xFE]) { return (false, true) }
        if head.starts(with: [0xFE, 0xFF]) { return (true, true) }
        return UTF16Transcoder.byteOrder(withoutMark: head).map { ($0, false) }
    }

    /// The next UTF-8 from a UTF-16 file.
    private static func transcode(
        _ transcoder: inout UTF16Transcoder, into buffer: UnsafeMutableRawBufferPointer, path: String,
        fill: (UnsafeMutableRawBufferPointer) -> Int
    ) throws(CSVReaderError) -> Int {
        do {
            return try transcoder.transcode(into: buffer, fill: fill)
        } catch {
            switch error {
            case .invalid(let line): throw .invalidUTF16(path: path, line: line)
            case .unreadable(let code): throw .unreadable(path: path, errno: Int32(code))
            }
        }
    }

    /// Encoding, byte-order mark and delimiter from the first chunk (SPEC 3.4).
    /// (UTF-16 comes here transcoded; `sniffUTF16` found it.)
    static func sniff(_ head: UnsafeRawBufferPointer, path: String) throws(CSVReaderError) -> CSVDialect {
        if !head.isEmpty && memchr(head.baseAddress!, 0, head.count) != nil { throw .binary(path: path) }
        let hasBOM = head.starts(with: [0xEF, 0xBB, 0xBF])
        let text = UnsafeRawBufferPointer(rebasing: head[(hasBOM ? 3 : 0)...])
        // The first 64 KiB decide; a later cell that is not UTF-8 is still decoded as
        // Windows-1252 on its own (TextEncoding.decode). Which 8-bit code page a file that is
        // not UTF-8 is in, its Danish letters say for now; the header has the last word
        // (EncodingChoice).
        let sample = UnsafeRawBufferPointer(rebasing: text.prefix(1 << 16))
        let encoding: TextEncoding = isPlausibleUTF8Prefix(sample) ? .utf8 : TextEncoding.likelyEightBit(sample)
        return CSVDialect(
            delimiter: CSVDialect.sniffDelimiter(text), encoding: encoding, hasByteOrderMark: hasBOM)
    }
}

/// What a read saw of the file as a whole.
public struct CSVReadSummary: Sendable {
    public var dialect: CSVDialect
    /// Bytes read, byte-order mark included.
    public var bytes: Int
}

/// libcsv's parser and the line bookkeeping libcsv does not do; records gathered whole until
/// the receiver gives a plan, then each field straight from libcsv's buffer to the receiver,
/// uncopied, unless the plan's field filter says it needs no work.
///
/// It lives behind a pointer that is libcsv's callback context: the callbacks mutate it while
/// `csv_parse` runs, without reference counting or dynamic exclusivity checks on the hot path.
private struct ParseState: ~Copyable {
    let parser: UnsafeMutablePointer<csv_parser>
    /// Unretained: the reader holds the receiver for the whole parse.
    let receiver: Unmanaged<CellReceiver>
    /// The record being gathered, until there is a plan.
    var record = RecordBuffer()
    /// The plan's rules for skipping fields; inactive until there is a plan.
    var filter = FieldFilter()
    /// True once the receiver gave a plan: rows go cell by cell.
    var deliversCells = false
    /// What a record broken by malformed quoting left unparsed: its open field and the rest
    /// of its line.
    var brokenTail: [UInt8] = []

    /// The physical line the parser is on.
    var line = 1
    var recordStartLine = 1
    var fieldsInRecord = 0
    /// One past the last non-empty field of the current record.
    var recordWidth = 0
    /// The last callback was a record end for a CR: a LF right after it is the same break.
    var lastBreakWasCR = false
    /// Fields may hold line breaks (see `parse`).
    var quotesInPlay = true
    var previousChunkHadQuote = false
    var lastError: Int32 = 0

    /// A parse state for `delimiter`, on the heap; release it with `free`.
    static func make(delimiter: UInt8, receiver: CellReceiver) -> UnsafeMutablePointer<ParseState> {
        let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        parser.initialize(to: csv_parser())
        let options = CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_REPALL_NL
        precondition(csv_init(parser, UInt8(options)) == 0)
        csv_set_delim(parser, delimiter)
        csv_set_realloc_func(parser, limitedRealloc)
        // libcsv trims spaces and tabs around unquoted cells; when the tab is the delimiter,
        // only spaces may be trimmed. (Set only then: the function is called for every byte.)
        if delimiter == CSVDialect.tab {
            csv_set_space_func(parser) { $0 == 0x20 ? 1 : 0 }
        }
        let state = UnsafeMutablePointer<ParseState>.allocate(capacity: 1)
        state.initialize(to: ParseState(parser: parser, receiver: .passUnretained(receiver)))
        return state
    }

    static func free(_ state: UnsafeMutablePointer<ParseState>) {
        csv_free(state.pointee.parser)
        state.pointee.parser.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// libcsv grows a field's buffer through this: beyond `CSVReader.maximumFieldBytes` it
    /// refuses, and libcsv stops with `CSV_ENOMEM`, read as `fieldTooLarge`.
    private static let limitedRealloc: @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer? = {
        pointer, size in
        size > CSVReader.maximumFieldBytes ? nil : realloc(pointer, size)
    }

    /// Parses a chunk; returns the bytes consumed (less than the chunk on an error).
    static func parse(_ state: UnsafeMutablePointer<ParseState>, _ chunk: UnsafeRawBufferPointer) -> Int {
        // A field can hold a line break only if it was quoted, and a quoted field delivered
        // while this chunk is parsed closed in this chunk or the one before: without a quote
        // in either, no field needs to be searched for line breaks.
        let hasQuote = chunk.isEmpty ? false : memchr(chunk.baseAddress!, 0x22, chunk.count) != nil
        state.pointee.quotesInPlay = hasQuote || state.pointee.previousChunkHadQuote
        state.pointee.previousChunkHadQuote = hasQuote
        let parser = state.pointee.parser
        let consumed = csv_parse(parser, chunk.baseAddress, chunk.count, onField, onRecordEnd, state)
        state.pointee.lastError = consumed < chunk.count ? csv_error(parser) : 0
        return consumed
    }

    /// Ends the input; false when a quoted field was never closed.
    static func finish(_ state: UnsafeMutablePointer<ParseState>) -> Bool {
        state.pointee.quotesInPlay = true
        return csv_fini(state.pointee.parser, onField, onRecordEnd, state) == 0
    }

    private static let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
        bytes, length, context in
        context!.assumingMemoryBound(to: ParseState.self).pointee.field(bytes, length)
    }

    private static let onRecordEnd: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = {
        terminator, context in
        context!.assumingMemoryBound(to: ParseState.self).pointee.recordEnd(terminator)
    }

    @inline(__always)
    mutating func field(_ bytes: UnsafeMutableRawPointer?, _ length: Int) {
        let index = fieldsInRecord
        if index == 0 { recordStartLine = line }
        fieldsInRecord = index &+ 1
        let raw = UnsafeRawBufferPointer(start: bytes, count: length)
        if length > 0 {
            recordWidth = index &+ 1
            // Only a quoted field can hold line breaks, but libcsv does not say whether a field
            // was quoted during the callback (it keeps that in a local): fields are searched
            // whenever quotes are about.
            if quotesInPlay { countLineBreaks(in: raw) }
        }
        let field = CSVField(bytes: raw, isNull: bytes == nil)
        guard deliversCells else {
            gather(field)
            return
        }
        guard filter.passes(index, raw) else { return }
        receiver._withUnsafeGuaranteedRef { $0.cell(field, column: index) }
    }

    @inline(__always)
    mutating func recordEnd(_ terminator: Int32) {
        switch terminator {
        case 0x0D:
            line += 1
            lastBreakWasCR = true
        case 0x0A:
            // The LF of a CRLF is the same line break; a LF ending a record with fields is not
            // (fields came between), so the flag is only trusted on an empty record.
            if !(lastBreakWasCR && fieldsInRecord == 0) { line += 1 }
            lastBreakWasCR = false
        default:
            lastBreakWasCR = false  // -1: end of input without a final line break
        }
        guard fieldsInRecord > 0 else { return }  // a blank line
        let (line, fields, width) = (recordStartLine, fieldsInRecord, recordWidth)
        fieldsInRecord = 0
        recordWidth = 0
        guard deliversCells else {
            endRecord(line: line)
            return
        }
        filter.recordEnded(fields: fields)
        receiver._withUnsafeGuaranteedRef { $0.endRow(line: line, fields: fields, width: width) }
    }

    /// A field of a record before there was a plan (a header, a title): kept out of the
    /// per-cell code.
    @inline(never)
    mutating func gather(_ field: CSVField) {
        record.append(field)
    }

    /// A record gathered before there was a plan: handed over whole unless blank; a plan in
    /// return switches to cells.
    @inline(never)
    mutating func endRecord(line: Int) {
        defer { record.clear() }
        let whole = record.record(line: line)
        guard !whole.isBlank else { return }
        guard let plan = receiver._withUnsafeGuaranteedRef({ $0.record(whole) }) else { return }
        filter.activate(plan.fieldRules)
        deliversCells = true
    }

    /// Counts the line breaks of a field that may have been quoted. Out of line: the rare
    /// path, kept out of the per-field code.
    @inline(never)
    mutating func countLineBreaks(in raw: UnsafeRawBufferPointer) {
        if Self.mayHoldLineBreak(raw) { line += Self.lineBreaks(in: raw) }
    }

    /// Bytes of a broken line skipped to its end, kept for the CPR search.
    mutating func skipped(_ bytes: UnsafeRawBufferPointer) {
        brokenTail.append(contentsOf: bytes)
        if brokenTail.count > CSVReader.maximumFieldBytes {
            // A line this long is handed over in parts; the last bytes stay, so that a number
            // across the cut is still seen whole.
            brokenTail.withUnsafeBytes { bytes in receiver._withUnsafeGuaranteedRef { $0.unparsed(bytes) } }
            brokenTail.removeFirst(brokenTail.count - 32)
        }
    }

    /// The broken line ended: its open field and skipped rest go to the receiver at once.
    mutating func endOfBrokenLine() {
        guard !brokenTail.isEmpty else { return }
        brokenTail.withUnsafeBytes { bytes in receiver._withUnsafeGuaranteedRef { $0.unparsed(bytes) } }
        brokenTail.removeAll(keepingCapacity: true)
    }

    /// The line break that ends a line skipped after malformed quoting.
    mutating func skippedLineBreak(_ byte: UInt8) {
        recordEnd(Int32(byte))
    }

    /// The line the record being parsed starts on: its first field's, or, before any field of
    /// it was delivered, the current line.
    var currentRecordLine: Int { fieldsInRecord > 0 ? recordStartLine : line }

    /// Forgets the record being parsed after malformed quoting and resets the parser, telling
    /// the receiver which line the broken record started on, then handing it the bytes it had
    /// gathered that no cell delivered (for the CPR search, SPEC 3.5).
    mutating func abandonRecord(unterminated: Bool) {
        let brokenLine = currentRecordLine
        // Line breaks inside the partial quoted field have not been counted yet.
        let partial = parser.pointee
        let open = UnsafeRawBufferPointer(start: partial.entry_buf, count: partial.entry_pos)
        if partial.entry_pos > 0 { line += Self.lineBreaks(in: open) }
        fieldsInRecord = 0
        recordWidth = 0
        filter.forgetAll()
        receiver._withUnsafeGuaranteedRef { receiver in
            receiver.malformedQuoting(line: brokenLine, unterminated: unterminated)
            let gathered = record.record(line: brokenLine)
            for index in 0..<gathered.count where gathered.length(of: index) > 0 { receiver.unparsed(gathered[index].bytes) }
        }
        record.clear()
        // The open field and the rest of the line are one text to the eye (`"150387" 4721`):
        // handed over together once the line ends (`endOfBrokenLine`).
        brokenTail = Array(open)
        csv_fini(parser, nil, nil, nil)  // resets the parser state, reports nothing
    }

    @inline(__always)
    static func mayHoldLineBreak(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var hits: UInt8 = 0
        for byte in bytes { hits |= (byte == 0x0A ? 1 : 0) | (byte == 0x0D ? 1 : 0) }
        return hits != 0
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
