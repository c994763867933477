/// Gathers the fields of one record so that it can be handed over whole, as a `CSVRecord`.
struct RecordBuffer {
    private var storage = GrowableBuffer<UInt8>(capacity: 1 << 12)
    private var spans = GrowableBuffer<FieldSpan>(capacity: 64)

    mutating func append(_ field: CSVField) {
        let start = storage.count
        if !field.bytes.isEmpty { storage.append(contentsOf: field.bytes) }
        spans.append(FieldSpan(start: start, length: field.bytes.count, isNull: field.isNull))
    }

    /// The gathered record; valid until the buffer changes.
    func record(line: Int) -> CSVRecord {
        CSVRecord(storage: storage.rawBuffer, spans: spans.buffer, line: line)
    }

    mutating func clear() {
        storage.removeAll()
        spans.removeAll()
    }

    func free() {
        storage.free()
        spans.free()
    }
}

/// The sink behind `CSVReader.read(…into: &consumer)`: turns fields back into records for a
/// `CSVConsumer`, blank records (every cell empty) left out.
final class RecordAssembler<Consumer: CSVConsumer>: CSVFieldSink {
    var consumer: Consumer
    private let buffer = UnsafeMutablePointer<RecordBuffer>.allocate(capacity: 1)

    init(_ consumer: Consumer) {
        self.consumer = consumer
        buffer.initialize(to: RecordBuffer())
    }

    deinit {
        buffer.pointee.free()
        buffer.deinitialize(count: 1)
        buffer.deallocate()
    }

    override func begin(dialect: CSVDialect) {
        consumer.begin(dialect: dialect)
    }

    override func field(_ field: CSVField, index: Int) {
        buffer.pointee.append(field)
    }

    override func endRecord(line: Int, fields: Int, width: Int) {
        let record = buffer.pointee.record(line: line)
        if !record.isBlank { consumer.consume(record) }
        buffer.pointee.clear()
    }

    override func malformedQuoting(line: Int, unterminated: Bool) {
        buffer.pointee.clear()
        consumer.malformedQuoting(line: line, unterminated: unterminated)
    }
}
