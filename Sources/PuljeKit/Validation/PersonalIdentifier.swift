/// Spots values that look like a Danish CPR number (SPEC 3.5): `DDMMYY-XXXX`, `DDMMYY XXXX`,
/// or ten digits in a row, whose first six digits form a valid date. The modulus-11 check is
/// deliberately not required: numbers issued since 2007 may fail it. A hit anywhere in a cell
/// counts, so "Barn 010203-1234" is caught too.
public enum PersonalIdentifier {
    /// No shorter cell can hold a CPR number.
    public static let minimumLength = 10

    public static func looksLikeCPR(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        guard count >= minimumLength else { return false }
        var index = 0
        while index + 10 <= count {
            // A candidate starts at a digit not preceded by a digit.
            guard isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]) else {
                index += 1
                continue
            }
            var run = 0
            while index + run < count && isDigit(bytes[index + run]) { run += 1 }
            if run == 10, isDate(bytes, index) { return true }
            if run == 6, index + 11 <= count, bytes[index + 6] == 0x2D || bytes[index + 6] == 0x20 {
                var tail = 0
                while index + 7 + tail < count && isDigit(bytes[index + 7 + tail]) { tail += 1 }
                if tail == 4, isDate(bytes, index) { return true }
            }
            index += max(run, 1)
        }
        return false
    }

    public static func looksLikeCPR(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { looksLikeCPR(UnsafeRawBufferPointer($0)) }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// DDMMYY at `index` is a calendar date (29 February allowed: the century is unknown).
    private static func isDate(_ bytes: UnsafeRawBufferPointer, _ index: Int) -> Bool {
        let day = Int(bytes[index] - 0x30) * 10 + Int(bytes[index + 1] - 0x30)
        let month = Int(bytes[index + 2] - 0x30) * 10 + Int(bytes[index + 3] - 0x30)
        let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month) else { return false }
        return (1...daysInMonth[month - 1]).contains(day)
    }
}
