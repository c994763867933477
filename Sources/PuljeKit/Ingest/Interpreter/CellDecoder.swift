/// Decodes a cell's bytes into the typed value its column holds (`ColumnPlan.Use`), in the
/// file's encoding and number style (SPEC 3.4): a count, a rating, a child's colour, status or
/// age, or the text a problem shows. Blank is "not registered", never 0 (SPEC 2).
struct CellDecoder {
    var encoding = TextEncoding.utf8
    var numbers = NumberStyle.decimalPoint

    /// The largest count a cell may hold (issue 13). A cell is one institution's count of one
    /// indicator or traffic-light colour in one period, and Denmark's largest municipality
    /// has about 40,000 children in day care: a million in one institution-period cannot be
    /// true (a typing error, a pasted number, a damaged file). A larger count, however many
    /// digits, is refused (`count-implausible`) and never summed.
    ///
    /// It also keeps every sum of counts inside `Int` (no data can trap): a figure sums one
    /// count per registration, so at the bound it would need more than 9 x 10^12 registrations
    /// in memory (over 2 PB: a registration takes at least 248 bytes) to overflow; child rows
    /// add one each, so they would need exabytes of input.
    static let maximumCount = 1_000_000

    /// A count cell: blank, or a whole number from 0 to `maximumCount`, or a problem. In a `,`
    /// file a count written `1.000` is refused as ambiguous before it can read as 1 (issue 15).
    /// `column` names the column in the problem.
    @inline(__always)
    func count(_ field: CSVField, column: @autoclosure () -> String) -> Resolved<Int> {
        if field.isBlank { return .blank }
        // A workbook's number cell is a number, never "as shown": `1.099` there is 1.099.
        if field.kind != .number, let thousands = numbers.thousandsReading(field.bytes) {
            return .problem(.countAmbiguousThousands(column: column(), value: text(field.bytes), thousands: thousands))
        }
        switch numbers.parse(field.bytes) {
        case .whole(let value) where value >= 0:
            if value <= Self.maximumCount { return .value(value) }
        case .wholeBeyondInt(negative: false):
            break
        default:
            return .problem(.countNotWholeNumber(column: column(), value: text(field.bytes)))
        }
        return .problem(.countImplausible(column: column(), value: text(field.bytes), maximum: Self.maximumCount))
    }

    /// A 1-7 rating (SPEC 2.3).
    @inline(__always)
    func rating(_ field: CSVField, question: ScaleQuestion) -> Resolved<Int> {
        if field.isBlank { return .blank }
        if case .whole(let rating) = numbers.parse(field.bytes), ScaleQuestion.ratings.contains(rating) {
            return .value(rating)
        }
        return .problem(.scaleOutOfRange(question: question, value: text(field.bytes)))
    }

    // A child sheet's cells come by the million: these answer with plain optionals, the
    // problem built by the caller only for a cell that is wrong.

    /// A child's colour (SPEC 3.2, 3.4), the ASCII spellings matched on bytes, others decoded;
    /// nil when the (not blank) cell is no colour.
    @inline(__always)
    func light(_ bytes: UnsafeRawBufferPointer) -> TrafficLight? {
        TrafficLight(bytes: bytes) ?? TrafficLight(cell: encoding.decode(bytes))
    }

    /// A child's status (SPEC 3.2); nil when the (not blank) cell is neither.
    @inline(__always)
    func status(_ bytes: UnsafeRawBufferPointer) -> ChildStatus? {
        ChildStatus(bytes: bytes) ?? ChildStatus(cell: encoding.decode(bytes))
    }

    /// True when a (not blank) cell is an age in years, from 0 to below 20; an age is only
    /// checked, never kept.
    @inline(__always)
    func isAge(_ bytes: UnsafeRawBufferPointer) -> Bool {
        switch numbers.parse(bytes) {
        case .whole(let years): (0..<20).contains(years)
        // Never a whole number: 19.99999999999999999 stays below 20.
        case .fraction(let years): years >= 0 && years < 20
        case .wholeBeyondInt, nil: false
        }
    }

    /// A cell as a problem shows it.
    func text(_ bytes: UnsafeRawBufferPointer) -> String {
        encoding.decode(bytes).trimmingSpaces().shownInProblem
    }
}
