/// How a sheet is written, as sniffed from its first bytes (SPEC 3.4): encoding, byte-order
/// mark and delimiter. Line endings and quoting need no sniffing; libcsv takes CRLF, LF and CR.
public struct CSVDialect: Hashable, Sendable, CustomStringConvertible {
    public var delimiter: UInt8
    public var encoding: TextEncoding
    public var hasByteOrderMark: Bool

    public static let comma: UInt8 = 0x2C
    public static let semicolon: UInt8 = 0x3B
    public static let tab: UInt8 = 0x09

    public init(
        delimiter: UInt8 = CSVDialect.comma, encoding: TextEncoding = .utf8,
        hasByteOrderMark: Bool = false
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.hasByteOrderMark = hasByteOrderMark
    }

    /// In a `;`- or tab-separated file numbers may be written the Danish way (`1.099`, `2,5`);
    /// in a `,`-separated file `.` is the decimal point (SPEC 3.4).
    public var numberStyle: NumberStyle {
        delimiter == Self.comma ? .decimalPoint : .danish
    }

    public var description: String {
        let name =
            switch delimiter {
            case Self.comma: "comma"
            case Self.semicolon: "semicolon"
            case Self.tab: "tab"
            default: "0x\(String(delimiter, radix: 16))"
            }
        return "\(encoding.rawValue)\(hasByteOrderMark ? " with BOM" : ""), \(name)-separated"
    }

    /// Picks the delimiter from the header line (the first line that is not blank): the most
    /// frequent of `,` `;` and tab outside quotes, `,` on a tie or when there is none.
    static func sniffDelimiter(_ bytes: UnsafeRawBufferPointer) -> UInt8 {
        var counts: [UInt8: Int] = [comma: 0, semicolon: 0, tab: 0]
        var inQuotes = false
        var sawContent = false
        // A title line without any delimiter (`Registrering periode 6` above the header) says
        // nothing: the first of the first 10 lines that holds one decides.
        var lines = 0
        for byte in bytes {
            if byte == 0x22 {
                inQuotes.toggle()
                sawContent = true
            } else if !inQuotes && (byte == 0x0A || byte == 0x0D) {
                if sawContent {
                    lines += 1
                    if counts.values.contains(where: { $0 > 0 }) || lines >= 10 { break }
                    sawContent = false
                }
            } else if !inQuotes, counts[byte] != nil {
                counts[byte]! += 1
                sawContent = true
            } else if byte != 0x20 {
                sawContent = true
            }
        }
        let best = [comma, semicolon, tab].max { counts[$0]! < counts[$1]! }!
        return counts[best]! > counts[comma]! ? best : comma
    }
}
