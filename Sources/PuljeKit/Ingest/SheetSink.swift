/// The field sink behind `SheetReader`: the header and institution rows are gathered into
/// records for `SheetConsumer`; child rows, which come by the million, stream field by field.
final class SheetSink: CSVFieldSink {
    /// Behind pointers, so that per-field calls pay no exclusivity checks.
    let consumer: UnsafeMutablePointer<SheetConsumer>
    private let buffer: UnsafeMutablePointer<RecordBuffer>

    init(
        file: SheetFile, catalogue: Catalogue, keepsChildren: Bool, handingOnProblems handOn: (@Sendable (Problem) -> Void)?
    ) {
        consumer = .allocate(capacity: 1)
        consumer.initialize(
            to: SheetConsumer(file: file, catalogue: catalogue, keepsChildren: keepsChildren, handingOnProblems: handOn))
        buffer = .allocate(capacity: 1)
        buffer.initialize(to: RecordBuffer())
        super.init()
    }

    deinit {
        consumer.deinitialize(count: 1)
        consumer.deallocate()
        buffer.pointee.free()
        buffer.deinitialize(count: 1)
        buffer.deallocate()
    }

    override func begin(dialect: CSVDialect) {
        consumer.pointee.begin(dialect: dialect)
    }

    override func field(_ field: CSVField, index: Int) {
        if consumer.pointee.streamsChildRows {
            consumer.pointee.childField(field, index: index)
        } else {
            buffer.pointee.append(field)
        }
    }

    override func endRecord(line: Int, fields: Int, width: Int) {
        if consumer.pointee.streamsChildRows {
            consumer.pointee.endChildRow(line: line, fields: fields, width: width)
            return
        }
        let record = buffer.pointee.record(line: line)
        if !record.isBlank { consumer.pointee.consume(record) }
        buffer.pointee.clear()
        // Once the header says child sheet, fields that need no work are not even delivered.
        if consumer.pointee.streamsChildRows { filter.pointee.activate(consumer.pointee.fieldRules) }
    }

    override func malformedQuoting(line: Int, unterminated: Bool) {
        buffer.pointee.clear()
        consumer.pointee.malformedQuoting(line: line, unterminated: unterminated)
    }
}
