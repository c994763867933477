/// One record of a CSV file as handed to a `CSVConsumer`: a borrowed view into the reader's
/// buffer, valid only during the call. Cells stay bytes until a consumer decides what they are,
/// so the hot path allocates no strings.
public struct CSVRecord {
    let storage: UnsafeRawBufferPointer
    let spans: UnsafeBufferPointer<FieldSpan>
    /// 1-based physical line on which the record starts.
    public let line: Int

    /// Number of fields, trailing empty ones included.
    public var count: Int { spans.count }

    public subscript(index: Int) -> CSVField {
        let span = spans[index]
        return CSVField(
            bytes: UnsafeRawBufferPointer(rebasing: storage[span.start..<(span.start + span.length)]),
            isNull: span.isNull, kind: span.kind)
    }

    /// Length of field `index` in bytes, without building the field.
    @inline(__always)
    public func length(of index: Int) -> Int { spans[index].length }

    /// True when every field is empty: a blank line, or a line of delimiters only.
    public var isBlank: Bool {
        spans.allSatisfy { $0.length == 0 }
    }

    /// Number of fields up to the last non-empty one (SPEC 3.4: trailing empty columns are
    /// ignored).
    public var countIgnoringTrailingEmpty: Int {
        var count = spans.count
        while count > 0 && spans[count - 1].length == 0 { count -= 1 }
        return count
    }
}

/// One cell, as a `CellReceiver` receives it or a `CSVRecord` holds it.
public struct CSVField {
    /// The cell's bytes, quotes removed and doubled quotes undone; surrounding spaces of an
    /// unquoted cell already trimmed by libcsv.
    public let bytes: UnsafeRawBufferPointer
    /// True for an empty unquoted cell (libcsv's `CSV_EMPTY_IS_NULL`); false for `""`.
    public let isNull: Bool
    /// What the file typed the cell as: always `text` in a CSV file.
    public var kind: CellKind = .text

    public var isEmpty: Bool { bytes.isEmpty }

    /// True when the cell holds nothing but spaces (blank = "not registered", SPEC 2).
    @inline(__always)
    public var isBlank: Bool {
        guard let first = bytes.first else { return true }
        guard first == 0x20 || first == 0x09 else { return false }  // the common answer, at once
        return bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}

struct FieldSpan {
    var start: Int
    var length: Int
    var isNull: Bool
    var kind: CellKind = .text
}

/// Receives what a `CSVReader` finds, in file order.
public protocol CSVConsumer {
    /// Called once, before the first record, with the sniffed dialect.
    mutating func begin(dialect: CSVDialect)
    /// Called for every record that is not blank.
    mutating func consume(_ record: CSVRecord)
    /// Called where the quoting is malformed (SPEC 3.5): the record starting at `line` is lost;
    /// reading goes on at the next line, or stops when the quote is never closed.
    mutating func malformedQuoting(line: Int, unterminated: Bool)
}
