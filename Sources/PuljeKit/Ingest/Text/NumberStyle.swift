/// How numbers are written in a sheet (SPEC 3.4), decided by its delimiter.
public enum NumberStyle: Sendable {
    /// `,`-separated files: `.` is the decimal point, no thousands separator (`2.5`, `1099`).
    case decimalPoint
    /// `;`- or tab-separated files: `.` groups thousands, `,` is the decimal comma
    /// (`1.099` = 1099, `2,5` = 2.5).
    case danish

    /// The byte between whole and fraction: `.` or, in the Danish style, `,`.
    public var decimalMark: UInt8 { self == .danish ? 0x2C : 0x2E }

    /// A number read from a cell, decided from its digits exactly: no digit is rounded away
    /// before it is known whether the number is whole and how large it is.
    public enum Value: Equatable, Sendable {
        /// A whole number (`12`, `1.099` the Danish way, `3.0`: only zeros after the mark).
        case whole(Int)
        /// A whole number whose magnitude is beyond `Int.max`: never rounded into an Int or a
        /// Double (`99999999999999999999999`).
        case wholeBeyondInt(negative: Bool)
        /// A number with a nonzero digit after the mark (`2.5`, `5.0000000000000001`): the
        /// nearest Double, except that it is never a whole number; a decimal just off a whole
        /// number stays on its side of it (`19.99999999999999999` below 20), where Doubles
        /// between them exist (below 2^52).
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

        // Fast path: plain digits, by far the most common cell. It stops well before Int's
        // limit; longer numbers are finished exactly in `parseGeneral`.
        var value = 0
        var index = start
        while index < end, bytes[index] &- 0x30 < 10, value < Int.max / 10 - 10 {
            value = value * 10 + Int(bytes[index] &- 0x30)
            index += 1
        }
        if index == end { return .whole(value) }
        // Second fast path: one decimal digit after the mark (`3.5`, `3,5`: ages). Below 2^49,
        // value * 10 + tenth is exact in a Double and the division rounds once, to the nearest
        // Double, which is at least 0.1 minus half a spacing (1/16) off any whole number.
        if index > start, index + 2 == end, bytes[index] == decimalMark, bytes[index + 1] &- 0x30 < 10, value < 1 << 49 {
            let tenth = Int(bytes[index + 1] &- 0x30)
            return tenth == 0 ? .whole(value) : .fraction(Double(value * 10 + tenth) / 10)
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
        let digitsStart = index
        var integer = 0
        var beyondInt = false
        var integerDigits = 0
        var groupLength = 0
        var sawGroupSeparator = false
        while index < end, bytes[index] != decimalMark {
            let digit = bytes[index] &- 0x30
            if digit < 10 {
                if !beyondInt {
                    let (tens, overflowed) = integer.multipliedReportingOverflow(by: 10)
                    let (sum, carried) = tens.addingReportingOverflow(Int(digit))
                    if overflowed || carried { beyondInt = true } else { integer = sum }
                }
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
        var fractionStart = end
        var fractionIsZero = true
        if index < end {  // at the decimal mark
            index += 1
            guard index < end else { return nil }
            fractionStart = index
            while index < end {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { return nil }
                if digit != 0 { fractionIsZero = false }
                index += 1
            }
        }
        guard integerDigits > 0 || fractionStart < end else { return nil }
        if fractionIsZero {
            if beyondInt { return .wholeBeyondInt(negative: negative) }
            return .whole(negative ? -integer : integer)
        }
        let magnitude = Self.nonWholeMagnitude(
            bytes, start: digitsStart, fractionStart: fractionStart, end: end, integerPart: beyondInt ? nil : integer)
        return .fraction(negative ? -magnitude : magnitude)
    }

    /// The nearest Double to the digits of `bytes[start..<end]` (group separators skipped, a
    /// nonzero fraction from `fractionStart`), moved off a whole number it was rounded onto:
    /// decimals such as `4.0000000000000001` round to 4.0, which must not read as whole.
    private static func nonWholeMagnitude(
        _ bytes: UnsafeRawBufferPointer, start: Int, fractionStart: Int, end: Int, integerPart: Int?
    ) -> Double {
        // The rare path: strtod (through Double(String)) rounds correctly however many digits.
        var text: [UInt8] = [0x30]
        text.reserveCapacity(end - start + 2)
        for index in start..<(fractionStart - 1) where bytes[index] &- 0x30 < 10 { text.append(bytes[index]) }
        text.append(0x2E)
        for index in fractionStart..<end { text.append(bytes[index]) }
        let nearest = Double(String(decoding: text, as: UTF8.self)) ?? .infinity
        guard let integerPart, integerPart < 1 << 52 else { return nearest }
        let below = Double(integerPart)
        let above = Double(integerPart + 1)
        if nearest <= below { return below.nextUp }
        if nearest >= above { return above.nextDown }
        return nearest
    }

    /// The count a `,`-file cell would be if its `.` grouped thousands, as a spreadsheet saving
    /// numbers "as shown" in a Danish locale writes them (`1.000`, `12.500`, `1.000.000`), or nil
    /// when the cell is not written so: 1-3 digits, the first not 0, then groups of `.` and
    /// exactly three digits (surrounding spaces ignored). Only the decimal-point style asks: in
    /// a `;` or tab file `.` groups thousands by rule (SPEC 3.4), and `1.000` is 1000 there.
    /// One byte is looked at for a plain count; the rest is out of line.
    @inline(__always)
    public func thousandsReading(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard self == .decimalPoint else { return nil }
        var end = bytes.count
        guard end >= 5 else { return nil }
        if bytes[end - 1] == 0x20 {
            while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
            guard end >= 5 else { return nil }
        }
        guard bytes[end - 4] == 0x2E else { return nil }
        return Self.groupedThousands(bytes, end: end)
    }

    private static func groupedThousands(_ bytes: UnsafeRawBufferPointer, end: Int) -> Int? {
        var index = 0
        while index < end && bytes[index] == 0x20 { index += 1 }
        // A plus sign, as the general parser accepts one: `+1.000` is as ambiguous as `1.000`
        // (a minus makes no count either way).
        if index < end && bytes[index] == 0x2B { index += 1 }
        guard index < end, bytes[index] != 0x30 else { return nil }  // 0.500 is a fraction, never 500
        var value = 0
        var digits = 0
        var groupLength = 0
        var groups = 0
        while index < end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                groupLength += 1
                digits += 1
                // 18 digits at most (no overflow): past that no reading is a count anyway.
                guard groupLength <= 3, digits <= 18 else { return nil }
                value = value * 10 + Int(byte &- 0x30)
            } else if byte == 0x2E {
                guard groups == 0 ? groupLength >= 1 : groupLength == 3 else { return nil }
                groups += 1
                groupLength = 0
            } else {
                return nil
            }
            index += 1
        }
        return groups > 0 && groupLength == 3 ? value : nil
    }

    /// Convenience for tests and catalogue cells.
    public func parse(_ text: String) -> Value? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }
}
