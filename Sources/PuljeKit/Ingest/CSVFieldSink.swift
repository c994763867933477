/// Receives a CSV file field by field, straight from libcsv's buffer: the reading path with no
/// copy of any cell. A `CSVReader` calls it in file order: `begin` once, then for each record
/// `field` for every field and `endRecord`; blank lines are skipped before they reach it.
///
/// Subclass it and override what you need (the defaults ignore what they are given). It is a
/// class, not a protocol, so that the parse loop can call it through a plain, unretained
/// reference; keep the state a subclass changes per field behind a pointer rather than in
/// `var` properties, to avoid exclusivity checks on the hot path.
open class CSVFieldSink {
    /// Rules by which the parse loop may skip fields (a pointer: read on every field).
    let filter: UnsafeMutablePointer<FieldFilter>

    public init() {
        filter = .allocate(capacity: 1)
        filter.initialize(to: FieldFilter())
    }

    deinit {
        filter.pointee.free()
        filter.deinitialize(count: 1)
        filter.deallocate()
    }

    /// Called once, before the first field, with the sniffed dialect.
    open func begin(dialect: CSVDialect) {}

    /// Field `index` (0-based) of the current record. Its bytes are valid only during the call.
    open func field(_ field: CSVField, index: Int) {}

    /// The current record is complete: it started on physical line `line`, had `fields`
    /// fields, and its last non-empty field was number `width` (0: every field was empty).
    open func endRecord(line: Int, fields: Int, width: Int) {}

    /// The record that started on `line` is broken by malformed quoting (SPEC 3.5): forget the
    /// fields it delivered. Reading goes on at the next line, or stops when the quote is never
    /// closed (`unterminated`).
    open func malformedQuoting(line: Int, unterminated: Bool) {}
}
