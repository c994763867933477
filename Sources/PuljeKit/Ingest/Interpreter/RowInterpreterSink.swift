/// The `CellReceiver` a tokenizer drives for `SheetReader`: forwards to a `RowInterpreter`
/// kept behind a pointer, so that the calls made for every cell of millions of rows pay no
/// reference counting or exclusivity checks. The only type that owns that pointer.
final class RowInterpreterSink: CellReceiver {
    private let interpreter: UnsafeMutablePointer<RowInterpreter>

    init(_ interpreter: RowInterpreter) {
        self.interpreter = .allocate(capacity: 1)
        self.interpreter.initialize(to: interpreter)
        super.init()
    }

    deinit {
        interpreter.deinitialize(count: 1)
        interpreter.deallocate()
    }

    override func begin(dialect: CSVDialect) {
        interpreter.pointee.begin(dialect: dialect)
    }

    override func record(_ record: CSVRecord) -> ColumnPlan? {
        interpreter.pointee.record(record)
    }

    override func cell(_ cell: CSVField, column: Int) {
        interpreter.pointee.cell(cell, column: column)
    }

    override func endRow(line: Int, fields: Int, width: Int) {
        interpreter.pointee.endRow(line: line, fields: fields, width: width)
    }

    override func malformedQuoting(line: Int, unterminated: Bool) {
        interpreter.pointee.malformedQuoting(line: line, unterminated: unterminated)
    }

    override func unparsed(_ bytes: UnsafeRawBufferPointer) {
        interpreter.pointee.unparsed(bytes)
    }

    override func worksheet(_ name: String) {
        interpreter.pointee.worksheet(name)
    }

    override func textOutsideRows(_ bytes: UnsafeRawBufferPointer, sheet: String?, line: Int?, column: Int?) {
        interpreter.pointee.textOutsideRows(bytes, sheet: sheet, line: line, column: column)
    }

    /// Records a failure that stops reading the file.
    func fail(_ problem: Problem) {
        interpreter.pointee.fail(problem)
    }

    /// What the file gave.
    func finish() -> SheetReadResult {
        interpreter.pointee.finish()
    }
}
