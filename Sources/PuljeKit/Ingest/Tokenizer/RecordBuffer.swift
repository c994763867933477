/// Gathers the fields of one record so that it can be handed over whole, as a `CSVRecord`.
/// Manual memory, not copyable: freed with its owner.
struct RecordBuffer: ~Copyable {
    private var storage = GrowableBuffer<UInt8>(capacity: 1 << 12)
    private var spans = GrowableBuffer<FieldSpan>(capacity: 64)

    mutating func append(_ field: CSVField) {
        let start = storage.count
        if !field.bytes.isEmpty { storage.append(contentsOf: field.bytes) }
        spans.append(FieldSpan(start: start, length: field.bytes.count, isNull: field.isNull, kind: field.kind))
    }

    /// The gathered record; valid until the buffer changes.
    func record(line: Int) -> CSVRecord {
        CSVRecord(storage: storage.rawBuffer, spans: spans.buffer, line: line)
    }

    mutating func clear() {
        storage.removeAll()
        spans.removeAll()
    }

}
