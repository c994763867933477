/// Receives a CSV file field by field, straight from libcsv's buffer: the reading path with no
/// copy of any cell. A `CSVReader` calls it in file order: `begin` once, then for each record
/// `field` for every field and `endRecord`; blank lines are skipped before they reach it.
///
/// Subclass it and override what you need (the defaults ignore what they are given). It is a
/// class, not a protocol, so that the parse loop can call it through a plain, unretained
/// reference; keep the state a subclass changes per field behind a pointer rather than in
/// `var` properties, to avoid exclusivity checks on the hot path.
open class CSVFieldSink {
    public init() {}

    /// Called once, before the first field, with the sniffed dialect.
    open func begin(dialect: CSVDialect) {}

    /// Field `index` (0-based) of the current record. Its bytes are valid only during the call.
    open func field(_ field: CSVField, index: Int) {}

    /// The current record, which started on physical line `line`, is complete.
    open func endRecord(line: Int) {}

    /// The record that started on `line` is broken by malformed quoting (SPEC 3.5): forget the
    /// fields it delivered. Reading goes on at the next line, or stops when the quote is never
    /// closed (`unterminated`).
    open func malformedQuoting(line: Int, unterminated: Bool) {}
}
