/// How numbers are written in a sheet (SPEC 3.4), decided by its delimiter.
public enum NumberStyle: Sendable {
    /// `,`-separated files: `.` is the decimal point, no thousands separator (`2.5`, `1099`).
    case decimalPoint
    /// `;`- or tab-separated files: `.` groups thousands, `,` is the decimal comma
    /// (`1.099` = 1099, `2,5` = 2.5).
    case danish

    /// The byte between whole and fraction: `.` or, in the Danish style, `,`.
    public var decimalMark: UInt8 { self == .danish ? 0x2C : 0x2E }

    /// A number read from a cell.
    public enum Value: Equatable, Sendable {
        case whole(Int)
        case fraction(Double)
    }

    /// Reads a number from the bytes of a cell, or nil when the cell is not a number in this
    /// style. Surrounding spaces are ignored. Inlined: the fast paths are read for every count,
    /// rating and age of a national run; the rest is out of line in `parseGeneral`.
    @inline(__always)
    public func parse(_ bytes: UnsafeRawBufferPointer) -> Value? {
        var start = 0
        var end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return nil }

        // Fast path: plain digits, by far the most common cell.
        var value = 0
        var index = start
        while index < end, bytes[index] &- 0x30 < 10, value < Int.max / 10 - 10 {
            value = value * 10 + Int(bytes[index] &- 0x30)
            index += 1
        }
        if index == end { return .whole(value) }
        // Second fast path: one decimal digit after the mark (`3.5`, `3,5`: ages).
        if index > start, index + 2 == end, bytes[index] == decimalMark, bytes[index + 1] &- 0x30 < 10 {
            let tenth = Int(bytes[index + 1] &- 0x30)
            return tenth == 0 ? .whole(value) : .fraction(Double(value) + Double(tenth) / 10)
        }
        return parseGeneral(bytes, start, end)
    }

    private func parseGeneral(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Value? {
        var index = start
        var negative = false
        if bytes[index] == 0x2D || bytes[index] == 0x2B {  // - or +
            negative = bytes[index] == 0x2D
            index += 1
        }
        var integer = 0
        var integerDigits = 0
        var groupLength = 0
        var sawGroupSeparator = false
        while index < end, bytes[index] != decimalMark {
            let digit = bytes[index] &- 0x30
            if digit < 10 {
                guard integer < Int.max / 10 - 10 else { return nil }
                integer = integer * 10 + Int(digit)
                integerDigits += 1
                groupLength += 1
            } else if self == .danish && bytes[index] == 0x2E {
                // Thousands separator: 1-3 digits before the first, exactly 3 between.
                guard groupLength > 0, sawGroupSeparator ? groupLength == 3 : groupLength <= 3 else { return nil }
                sawGroupSeparator = true
                groupLength = 0
            } else {
                return nil
            }
            index += 1
        }
        if sawGroupSeparator && groupLength != 3 { return nil }
        var fraction = 0
        var fractionDigits = 0
        if index < end {  // at the decimal mark
            index += 1
            guard index < end else { return nil }
            while index < end {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { return nil }
                if fractionDigits < 15 {
                    fraction = fraction * 10 + Int(digit)
                    fractionDigits += 1
                }
                index += 1
            }
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return nil }
        if fraction == 0 { return .whole(negative ? -integer : integer) }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let value = Double(integer) + Double(fraction) / scale
        return .fraction(negative ? -value : value)
    }

    /// Convenience for tests and catalogue cells.
    public func parse(_ text: String) -> Value? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }
}
