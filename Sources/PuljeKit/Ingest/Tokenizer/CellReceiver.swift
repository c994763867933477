/// What a tokenizer hands a sheet to, in file order: `begin` once; then whole records until the
/// receiver has read a header and answers with a `ColumnPlan`; from then on each row cell by
/// cell (`cell`, then `endRow`), with the cells the plan says need no work left out.
///
/// Whole records come first because a header must be looked at as a whole (and may stand below
/// a title); rows come cell by cell because a child sheet has millions of them and a cell is
/// read where the tokenizer left it, uncopied. A `CSVReader` is one tokenizer
/// (`SheetTokenizer`); the row interpreter behind `SheetReader` is the receiver that matters.
///
/// Subclass it and override what you need (the defaults ignore what they are given). It is a
/// class, not a protocol, so that a parse loop can call it through a plain, unretained
/// reference; keep the state a subclass changes per cell behind a pointer rather than in `var`
/// properties, to avoid exclusivity checks on the hot path.
open class CellReceiver {
    public init() {}

    /// Called once, before anything else, with the sniffed dialect.
    open func begin(dialect: CSVDialect) {}

    /// A record that is not blank, before a plan was given; its cells are valid only during the
    /// call. Return the plan to have the following rows delivered cell by cell, or nil to go
    /// on receiving whole records.
    open func record(_ record: CSVRecord) -> ColumnPlan? { nil }

    /// Cell `column` (0-based) of the current row. Its bytes are valid only during the call.
    open func cell(_ cell: CSVField, column: Int) {}

    /// The current row is complete: it started on physical line `line`, had `fields` fields,
    /// and its last non-empty field was number `width` (0: every field was empty).
    open func endRow(line: Int, fields: Int, width: Int) {}

    /// The record or row that started on `line` is broken by malformed quoting (SPEC 3.5):
    /// forget what it delivered. Reading goes on at the next line, or stops when the quote is
    /// never closed (`unterminated`).
    open func malformedQuoting(line: Int, unterminated: Bool) {}

    /// Bytes of the broken record that no cell delivered (what it had gathered, its open
    /// quoted field, the rest of its line), after `malformedQuoting`: to be searched for CPR
    /// numbers (SPEC 3.5: anywhere in a file), never read as values. Valid only during the call.
    open func unparsed(_ bytes: UnsafeRawBufferPointer) {}

    /// The worksheet the rows come from (an .xlsx file's registration sheet), after `begin`:
    /// locations name it. A CSV tokenizer never calls it.
    open func worksheet(_ name: String) {}

    /// Text the file holds outside the rows delivered (a workbook's sheet names, its table of
    /// strings, the cells of its other worksheets): to be searched for CPR numbers (SPEC 3.5:
    /// anywhere in a file), never read as values. `sheet`, `line` and `column` (0-based) say
    /// where it is, when it is in a cell. Valid only during the call.
    open func textOutsideRows(_ bytes: UnsafeRawBufferPointer, sheet: String?, line: Int?, column: Int?) {}
}
