/// What a cell holds as its file typed it. A CSV file types nothing: every cell is `text`. An
/// .xlsx worksheet stores numbers, strings, booleans, errors and formulas apart, and the
/// decoders need to know which: a number needs no locale guess (`1.099` is 1.099, never one
/// thousand and ninety-nine), and an error or a formula without a saved value is no value at all.
public enum CellKind: UInt8, Sendable {
    /// Text, or a CSV cell (whose type nobody wrote down).
    case text
    /// A number, as canonical decimal-point text (`12`, `2.5`).
    case number
    /// A number shown as a date or time; its bytes are the date (`2024-03-01`).
    case date
    /// TRUE or FALSE.
    case boolean
    /// An error value a formula gave (`#DIV/0!`, `#REF!`, `#N/A`): its bytes are the error.
    case error
    /// A formula saved without its value (the program that wrote the file computed nothing):
    /// its bytes are the formula (`=B2/C2`).
    case formulaWithoutValue

    /// True for a cell that holds no value at all, whatever its column.
    public var isNoValue: Bool { self == .error || self == .formulaWithoutValue }
}
