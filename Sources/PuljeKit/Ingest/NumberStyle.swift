/// How numbers are written in a sheet (SPEC 3.4), decided by its delimiter.
public enum NumberStyle: Sendable {
    /// `,`-separated files: `.` is the decimal point, no thousands separator (`2.5`, `1099`).
    case decimalPoint
    /// `;`- or tab-separated files: `.` groups thousands, `,` is the decimal comma
    /// (`1.099` = 1099, `2,5` = 2.5).
    case danish

    /// A number read from a cell.
    public enum Value: Equatable, Sendable {
        case whole(Int)
        case fraction(Double)
    }

    /// Reads a number from the bytes of a cell, or nil when the cell is not a number in this
    /// style. Surrounding spaces are ignored.
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
        return parseGeneral(bytes, start, end)
    }

    private func parseGeneral(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Value? {
        let decimalMark: UInt8 = self == .danish ? 0x2C : 0x2E
        var index = start
        var negative = false
        if bytes[index] == 0x2D || bytes[index] == 0x2B {  // - or +
            negative = bytes[index] == 0x2D
            index += 1
        }
        var integerDigits: [UInt8] = []
        var groupLength = 0
        var sawGroupSeparator = false
        while index < end, bytes[index] != decimalMark {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                integerDigits.append(byte)
                groupLength += 1
            } else if self == .danish && byte == 0x2E {
                // thousands separator: the group before must be 1-3 digits (first) or 3 digits
                guard groupLength > 0, !sawGroupSeparator || groupLength == 3,
                    sawGroupSeparator || groupLength <= 3
                else { return nil }
                sawGroupSeparator = true
                groupLength = 0
            } else {
                return nil
            }
            index += 1
        }
        if sawGroupSeparator && groupLength != 3 { return nil }
        var fractionDigits: [UInt8] = []
        if index < end {  // at the decimal mark
            index += 1
            while index < end {
                guard bytes[index] &- 0x30 < 10 else { return nil }
                fractionDigits.append(bytes[index])
                index += 1
            }
            guard !fractionDigits.isEmpty else { return nil }
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
        let integerText = String(decoding: integerDigits.isEmpty ? [0x30] : integerDigits, as: UTF8.self)
        if fractionDigits.allSatisfy({ $0 == 0x30 }), let whole = Int(integerText) {
            return .whole(negative ? -whole : whole)
        }
        let text = integerText + "." + String(decoding: fractionDigits, as: UTF8.self)
        guard let number = Double(text) else { return nil }
        return .fraction(negative ? -number : number)
    }

    /// Convenience for tests and catalogue cells.
    public func parse(_ text: String) -> Value? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }
}
