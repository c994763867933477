/// Spots values that look like a Danish CPR number (SPEC 3.5), however they are spelled.
///
/// A candidate is exactly ten digits, not directly preceded or followed by another digit, in
/// digit groups joined by separator runs, whose first six digits form a valid DDMMYY date.
/// A separator run is one to three separator characters:
/// - ASCII space, tab, `-`, `/`, `_`, `.`;
/// - every Unicode space (category Zs: no-break space U+00A0, U+1680, U+2000-U+200A, narrow
///   no-break space U+202F, U+205F, U+3000);
/// - every Unicode dash (category Pd: U+2010 hyphen, U+2011, U+2012 figure dash, U+2013 en
///   dash, U+2014 em dash, U+2015, U+FE58, U+FE63, U+FF0D and the rest, as of Unicode 16), the
///   minus sign U+2212 and the look-alikes U+02D7, U+2043, U+2796, the slashes U+2044, U+2215,
///   U+FF0F, the full stop U+FF0E and the low line U+FF3F;
/// - the invisible characters that would leave the digits showing together: soft hyphen
///   U+00AD, zero-width space, non-joiner and joiner U+200B-U+200D, U+180E, word joiner and
///   the invisible operators U+2060-U+2064, U+FEFF;
/// - in a Windows-1252 sheet (read as bytes, not decoded), en dash 0x96, em dash 0x97,
///   no-break space 0xA0 and soft hyphen 0xAD: in UTF-8 none of these bytes can follow a digit
///   or a whole character, so they never misread a UTF-8 cell; likewise in a Mac Roman sheet
///   en dash 0xD0, em dash 0xD1 and no-break space 0xCA, and in a code page 850 sheet
///   no-break space 0xFF and soft hyphen 0xF0, where no UTF-8 continuation byte follows.
///
/// So `150387-4721`, `150387 4721`, `1503874721`, `150387–4721` (en dash), `150387\u{A0}4721`,
/// `150387 - 4721`, `15 03 87 4721`, `15.03.87-4721` and `1.503.874.721` are all caught, and so
/// is a hit anywhere in a cell ("Barn 150387-4721 (Sol)") or in a list ("1503874721
/// 1603874722"). The modulus-11 check is deliberately not required: numbers issued since 2007
/// may fail it.
///
/// Digits joined to the ten by further separator runs do not hide them, but three guards keep
/// ordinary values out (a false positive refuses a whole sheet):
/// - a number with one decimal point (two groups joined by a lone `.`) is a candidate only with
///   the point after the sixth digit (`150387.4721`): a share or mean such as `0.111111111` or
///   `1.111111111` (ten digits, as Excel writes 1/9) is not;
/// - ten digits in three or more groups that are joined to further digits are a candidate only
///   when each join holds a space: `Barn 1 15 03 87 4721` is caught, but a date and time such
///   as `15.03.2019 14.30` or a range such as `01.01.19-31.12.19` is not;
/// - ten digits that go on as a time (`15-03-2019 14:30`, followed by `:` and a digit) are not.
/// Numbers with fewer than ten digits (`2018-2022`, `2019-01-01`, `1.234.567`) never are.
public enum PersonalIdentifier {
    /// No shorter cell can hold a CPR number.
    public static let minimumLength = 10

    public static func looksLikeCPR(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= minimumLength else { return false }
        // Most cells hold fewer than ten digits in all: counted first, 16 bytes at a time.
        guard digitCount(bytes) >= minimumLength else { return false }
        return firstCandidate(in: bytes, from: 0) != nil
    }

    /// The digits in `bytes` (at least 10 of them).
    @inline(__always)
    private static func digitCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        let count = bytes.count
        let base = bytes.baseAddress!
        var digits = 0
        var index = 0
        let zero = SIMD16<UInt8>(repeating: 0x30)
        let ten = SIMD16<UInt8>(repeating: 10)
        let one = SIMD16<UInt8>(repeating: 1)
        while index + 16 <= count {
            let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let found = SIMD16<UInt8>(repeating: 0).replacing(with: one, where: (chunk &- zero) .< ten)
            digits &+= Int(found.wrappedSum())
            index += 16
        }
        if index < count && count >= 16 {
            // The last 16 bytes, without the lanes counted above.
            let chunk = base.loadUnaligned(fromByteOffset: count - 16, as: SIMD16<UInt8>.self)
            let lanes = SIMD16<UInt8>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
            let fresh = lanes .>= SIMD16<UInt8>(repeating: UInt8(16 - (count - index)))
            let found = SIMD16<UInt8>(repeating: 0).replacing(with: one, where: fresh .& ((chunk &- zero) .< ten))
            return digits &+ Int(found.wrappedSum())
        }
        while index < count {
            digits &+= isDigit(bytes[index]) ? 1 : 0
            index += 1
        }
        return digits
    }

    public static func looksLikeCPR(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { looksLikeCPR(UnsafeRawBufferPointer($0)) }
    }

    /// The UTF-8 byte ranges of the candidates in `text`, in order.
    static func candidates(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { buffer in
            let bytes = UnsafeRawBufferPointer(buffer)
            var found: [Range<Int>] = []
            var start = 0
            while let range = firstCandidate(in: bytes, from: start) {
                found.append(range)
                start = range.upperBound
            }
            return found
        }
    }

    /// The byte range of the first candidate at or after `start`, which must not be inside a
    /// digit group.
    static func firstCandidate(in bytes: UnsafeRawBufferPointer, from start: Int) -> Range<Int>? {
        let count = bytes.count
        var index = start
        // Ten digits take ten bytes: a chain must start early enough to hold them.
        while index + minimumLength <= count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            // A chain of digit groups starts here: try each of its groups as the first digit
            // of a candidate.
            var groupStart = index
            var joinedBySpace: Bool? = nil  // the run before `groupStart`; nil at the chain's start
            while true {
                switch scan(bytes, from: groupStart, joinedBySpace: joinedBySpace) {
                case .hit(let range):
                    return range
                case .next(let next, let space):
                    groupStart = next
                    joinedBySpace = space
                    continue
                case .end(let resume):
                    index = resume
                }
                break
            }
        }
        return nil
    }

    private enum Scan {
        /// Ten digits from the group, a candidate.
        case hit(Range<Int>)
        /// None from this group; the chain goes on with the group at `next`, joined by a run
        /// that holds a space or not.
        case next(Int, joinedBySpace: Bool)
        /// The chain has fewer than ten digits from this group on: no later group can start a
        /// candidate. Searching resumes at `resume`.
        case end(resume: Int)
    }

    /// Reads the chain from the digit group at `start` until ten digits or its end.
    @inline(__always)
    private static func scan(_ bytes: UnsafeRawBufferPointer, from start: Int, joinedBySpace: Bool?) -> Scan {
        let count = bytes.count
        // The first group, read whole: where it ends is where the next try starts.
        var index = start
        while index < count && isDigit(bytes[index]) { index += 1 }
        let firstLength = index - start
        var digits = firstLength
        var groups = 1
        let firstRun = Run(bytes, at: index)
        let next: Scan = firstRun.joins ? .next(firstRun.end, joinedBySpace: firstRun.hasSpace) : .end(resume: index)
        var run = firstRun
        while true {
            if digits == minimumLength {
                let candidate = Candidate(
                    start: start, end: index, groups: groups, firstLength: firstLength, firstRun: firstRun,
                    before: joinedBySpace, after: run)
                if candidate.isCPR(bytes) { return .hit(start..<index) }
                return next
            }
            if digits > minimumLength { return next }
            guard run.joins else { return .end(resume: index) }
            // The next group, read only as far as the eleventh digit.
            index = run.end
            while index < count && isDigit(bytes[index]) && digits <= minimumLength {
                index += 1
                digits += 1
            }
            groups += 1
            if digits > minimumLength { return next }
            run = Run(bytes, at: index)
        }
    }

    /// Ten digits from `start` to `end` in `groups` groups: the guards and the date.
    private struct Candidate {
        let start: Int
        let end: Int
        let groups: Int
        let firstLength: Int
        /// The run after the first group.
        let firstRun: Run
        /// Whether the run before `start` holds a space; nil when no digits precede it.
        let before: Bool?
        /// The run after `end` (which may not join anything).
        let after: Run

        func isCPR(_ bytes: UnsafeRawBufferPointer) -> Bool {
            // A decimal number: `0.111111111` is a share, not a CPR number.
            if groups == 2 && firstRun.isLoneDot && firstLength != 6 { return false }
            // Three or more groups joined to further digits: a date with a time or a range.
            if groups >= 3 {
                if before == false { return false }
                if after.joins && !after.hasSpace { return false }
            }
            // Digits that go on as a time: `15-03-2019 14:30`.
            if end + 1 < bytes.count && bytes[end] == UInt8(ascii: ":") && isDigit(bytes[end + 1]) { return false }
            if start >= 2 && bytes[start - 1] == UInt8(ascii: ":") && isDigit(bytes[start - 2]) { return false }
            return isDate(bytes, from: start)
        }
    }

    /// The separator run at `start`: up to four separator characters are read, so that a
    /// longer run is seen not to join.
    private struct Run {
        /// Where the run ends (the byte after its last separator).
        let end: Int
        /// True when the run has one to three separators and a digit follows.
        let joins: Bool
        /// True when the run holds a space or tab (a word break).
        let hasSpace: Bool
        /// True when the run is a single `.`.
        let isLoneDot: Bool

        @inline(__always)
        init(_ bytes: UnsafeRawBufferPointer, at start: Int) {
            let count = bytes.count
            var index = start
            var characters = 0
            var space = false
            while characters < 4 && index < count {
                let length = PersonalIdentifier.separator(bytes, at: index)
                guard length != 0 else { break }
                if length & spaceFlag != 0 { space = true }
                index += length & lengthMask
                characters += 1
            }
            end = index
            joins = (1...3).contains(characters) && index < count && isDigit(bytes[index])
            hasSpace = space
            isLoneDot = characters == 1 && index == start + 1 && bytes[start] == UInt8(ascii: ".")
        }
    }

    private static let lengthMask = 0x0F
    private static let spaceFlag = 0x10

    /// The separator character at `index`: its length in bytes, with `spaceFlag` for a space;
    /// 0 when the byte does not start a separator.
    @inline(__always)
    private static func separator(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let byte = bytes[index]
        // Mac Roman (en dash 0xD0, em dash 0xD1, no-break space 0xCA) and code page 850
        // (no-break space 0xFF, soft hyphen 0xF0), read as bytes: in UTF-8 these bytes lead a
        // character and a continuation byte (0x80-0xBF) follows, so one followed by anything
        // else is the 8-bit separator.
        if byte == 0xCA || byte == 0xD0 || byte == 0xD1 || byte == 0xF0 || byte == 0xFF {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if !(0x80...0xBF).contains(next) { return byte == 0xCA || byte == 0xFF ? 1 | spaceFlag : 1 }
        }
        switch byte {
        case 0x20, 0x09: return 1 | spaceFlag
        case 0x2D, 0x2F, 0x5F, 0x2E: return 1  // - / _ .
        // Windows-1252: en dash, em dash, soft hyphen; no-break space.
        case 0x96, 0x97, 0xAD: return 1
        case 0xA0: return 1 | spaceFlag
        case 0xC2, 0xCB, 0xD6, 0xE1, 0xE2, 0xE3, 0xEF, 0xF0: break
        default: return 0
        }
        let count = bytes.count
        guard index + 1 < count else { return 0 }
        let second = bytes[index + 1]
        switch byte {
        case 0xC2:
            if second == 0xA0 { return 2 | spaceFlag }  // U+00A0
            return second == 0xAD ? 2 : 0  // U+00AD soft hyphen
        case 0xCB: return second == 0x97 ? 2 : 0  // U+02D7 modifier letter minus
        case 0xD6: return second == 0x8A || second == 0xBE ? 2 : 0  // U+058A, U+05BE
        default: break
        }
        guard index + 2 < count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 | spaceFlag : 0  // U+1680
        case (0xE1, 0x90): return third == 0x80 ? 3 : 0  // U+1400
        case (0xE1, 0xA0): return third == 0x86 || third == 0x8E ? 3 : 0  // U+1806, U+180E
        case (0xE2, 0x80):
            switch third {
            case 0x80...0x8A, 0xAF: return 3 | spaceFlag  // U+2000-U+200A, U+202F
            case 0x8B...0x8D, 0x90...0x95: return 3  // U+200B-U+200D, U+2010-U+2015
            default: return 0
            }
        case (0xE2, 0x81):
            switch third {
            case 0x9F: return 3 | spaceFlag  // U+205F
            case 0x83, 0x84, 0xA0...0xA4: return 3  // U+2043, U+2044, U+2060-U+2064
            default: return 0
            }
        case (0xE2, 0x88): return third == 0x92 || third == 0x95 ? 3 : 0  // U+2212, U+2215
        case (0xE2, 0x9E): return third == 0x96 ? 3 : 0  // U+2796
        case (0xE2, 0xB8):
            switch third {
            case 0x97, 0x9A, 0xBA, 0xBB: return 3  // U+2E17, U+2E1A, U+2E3A, U+2E3B
            default: return 0
            }
        case (0xE2, 0xB9): return third == 0x80 || third == 0x9D ? 3 : 0  // U+2E40, U+2E5D
        case (0xE3, 0x80):
            if third == 0x80 { return 3 | spaceFlag }  // U+3000
            return third == 0x9C || third == 0xB0 ? 3 : 0  // U+301C, U+3030
        case (0xE3, 0x82): return third == 0xA0 ? 3 : 0  // U+30A0
        case (0xEF, 0xB8): return third == 0xB1 || third == 0xB2 ? 3 : 0  // U+FE31, U+FE32
        case (0xEF, 0xB9): return third == 0x98 || third == 0xA3 ? 3 : 0  // U+FE58, U+FE63
        case (0xEF, 0xBB): return third == 0xBF ? 3 : 0  // U+FEFF
        case (0xEF, 0xBC):
            switch third {
            case 0x8D...0x8F, 0xBF: return 3  // U+FF0D-U+FF0F, U+FF3F
            default: return 0
            }
        case (0xF0, 0x90):
            guard index + 3 < count else { return 0 }
            let fourth = bytes[index + 3]
            return (third == 0xB5 && fourth == 0xAE) || (third == 0xBA && fourth == 0xAD) ? 4 : 0  // U+10D6E, U+10EAD
        default: return 0
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// The first six digits from `start` (separators skipped) are a DDMMYY calendar date
    /// (29 February allowed: the century is unknown).
    private static func isDate(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Bool {
        var values = (0, 0, 0, 0)
        var found = 0
        var index = start
        while found < 4 {
            let byte = bytes[index]
            index += 1
            guard isDigit(byte) else { continue }
            let digit = Int(byte &- 0x30)
            switch found {
            case 0: values.0 = digit
            case 1: values.1 = digit
            case 2: values.2 = digit
            default: values.3 = digit
            }
            found += 1
        }
        let day = values.0 * 10 + values.1
        let month = values.2 * 10 + values.3
        guard (1...12).contains(month) else { return false }
        return (1...daysInMonth[month - 1]).contains(day)
    }

    private static let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
}
