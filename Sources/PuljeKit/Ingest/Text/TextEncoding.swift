/// The character encodings a sheet may arrive in (SPEC 3.4): UTF-8 (with or without BOM);
/// UTF-16 little- or big-endian (Excel's "Unicode text"), transcoded to UTF-8 as it is read
/// (`UTF16Transcoder`), so that its cells are UTF-8 like any other; and, when the bytes are
/// not valid UTF-8, one of the 8-bit code pages Danish offices save in: Windows-1252 (Excel's
/// "CSV (semikolonsepareret)"), code page 850 ("CSV (MS-DOS)") or Mac Roman ("CSV
/// (Macintosh)"), told apart by the header (`EncodingChoice`).
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
    case cp850 = "CP850"
    case macRoman = "Mac Roman"

    /// One byte per character: the code pages whose cells are decoded byte by byte.
    public var isEightBit: Bool {
        switch self {
        case .windows1252, .cp850, .macRoman: true
        case .utf8, .utf16LittleEndian, .utf16BigEndian: false
        }
    }

    /// Decodes a cell. A UTF-8 file that turns out to hold a Windows-1252 byte further down
    /// than the sniffed prefix still decodes that cell as Windows-1252 rather than failing.
    /// UTF-16 cells reach here transcoded to UTF-8.
    public func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        switch self {
        case .utf8, .utf16LittleEndian, .utf16BigEndian:
            if let text = String(validatingUTF8Bytes: bytes) { return text }
            return Self.decodeWindows1252(bytes)
        case .windows1252: return Self.decodeWindows1252(bytes)
        case .cp850: return Self.decode(bytes, high: Self.cp850High)
        case .macRoman: return Self.decode(bytes, high: Self.macRomanHigh)
        }
    }

    /// The Excel format that saves a sheet in this encoding, as a problem names it.
    public var excelFormat: String {
        switch self {
        case .utf8: "CSV UTF-8"
        case .utf16LittleEndian, .utf16BigEndian: "Unicode-tekst / Unicode text"
        case .windows1252: "CSV (semikolonsepareret) / CSV (semicolon delimited)"
        case .cp850: "CSV (MS-DOS)"
        case .macRoman: "CSV (Macintosh)"
        }
    }

    static func decodeWindows1252(_ bytes: UnsafeRawBufferPointer) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0, let mapped = windows1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))  // Latin-1 coincides elsewhere
            }
        }
        return String(scalars)
    }

    /// 0x80-0x9F in Windows-1252 (the rest of the code page is Latin-1).
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    private static func decode(_ bytes: UnsafeRawBufferPointer, high: [Unicode.Scalar]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : high[Int(byte &- 0x80)])
        }
        return String(scalars)
    }

    /// 0x80-0xFF in code page 850 and in Mac Roman (below 0x80 both are ASCII), as Python's
    /// codecs give them: `bytes(range(0x80, 0x100)).decode('cp850')` and `.decode('mac_roman')`
    /// (Mac Roman as Apple revised it, 0xDB the euro sign).
    static let cp850High: [Unicode.Scalar] = [
        "\u{00C7}", "\u{00FC}", "\u{00E9}", "\u{00E2}", "\u{00E4}", "\u{00E0}", "\u{00E5}", "\u{00E7}",
        "\u{00EA}", "\u{00EB}", "\u{00E8}", "\u{00EF}", "\u{00EE}", "\u{00EC}", "\u{00C4}", "\u{00C5}",
        "\u{00C9}", "\u{00E6}", "\u{00C6}", "\u{00F4}", "\u{00F6}", "\u{00F2}", "\u{00FB}", "\u{00F9}",
        "\u{00FF}", "\u{00D6}", "\u{00DC}", "\u{00F8}", "\u{00A3}", "\u{00D8}", "\u{00D7}", "\u{0192}",
        "\u{00E1}", "\u{00ED}", "\u{00F3}", "\u{00FA}", "\u{00F1}", "\u{00D1}", "\u{00AA}", "\u{00BA}",
        "\u{00BF}", "\u{00AE}", "\u{00AC}", "\u{00BD}", "\u{00BC}", "\u{00A1}", "\u{00AB}", "\u{00BB}",
        "\u{2591}", "\u{2592}", "\u{2593}", "\u{2502}", "\u{2524}", "\u{00C1}", "\u{00C2}", "\u{00C0}",
        "\u{00A9}", "\u{2563}", "\u{2551}", "\u{2557}", "\u{255D}", "\u{00A2}", "\u{00A5}", "\u{2510}",
        "\u{2514}", "\u{2534}", "\u{252C}", "\u{251C}", "\u{2500}", "\u{253C}", "\u{00E3}", "\u{00C3}",
        "\u{255A}", "\u{2554}", "\u{2569}", "\u{2566}", "\u{2560}", "\u{2550}", "\u{256C}", "\u{00A4}",
        "\u{00F0}", "\u{00D0}", "\u{00CA}", "\u{00CB}", "\u{00C8}", "\u{0131}", "\u{00CD}", "\u{00CE}",
        "\u{00CF}", "\u{2518}", "\u{250C}", "\u{2588}", "\u{2584}", "\u{00A6}", "\u{00CC}", "\u{2580}",
        "\u{00D3}", "\u{00DF}", "\u{00D4}", "\u{00D2}", "\u{00F5}", "\u{00D5}", "\u{00B5}", "\u{00FE}",
        "\u{00DE}", "\u{00DA}", "\u{00DB}", "\u{00D9}", "\u{00FD}", "\u{00DD}", "\u{00AF}", "\u{00B4}",
        "\u{00AD}", "\u{00B1}", "\u{2017}", "\u{00BE}", "\u{00B6}", "\u{00A7}", "\u{00F7}", "\u{00B8}",
        "\u{00B0}", "\u{00A8}", "\u{00B7}", "\u{00B9}", "\u{00B3}", "\u{00B2}", "\u{25A0}", "\u{00A0}",
    ]
    static let macRomanHigh: [Unicode.Scalar] = [
        "\u{00C4}", "\u{00C5}", "\u{00C7}", "\u{00C9}", "\u{00D1}", "\u{00D6}", "\u{00DC}", "\u{00E1}",
        "\u{00E0}", "\u{00E2}", "\u{00E4}", "\u{00E3}", "\u{00E5}", "\u{00E7}", "\u{00E9}", "\u{00E8}",
        "\u{00EA}", "\u{00EB}", "\u{00ED}", "\u{00EC}", "\u{00EE}", "\u{00EF}", "\u{00F1}", "\u{00F3}",
        "\u{00F2}", "\u{00F4}", "\u{00F6}", "\u{00F5}", "\u{00FA}", "\u{00F9}", "\u{00FB}", "\u{00FC}",
        "\u{2020}", "\u{00B0}", "\u{00A2}", "\u{00A3}", "\u{00A7}", "\u{2022}", "\u{00B6}", "\u{00DF}",
        "\u{00AE}", "\u{00A9}", "\u{2122}", "\u{00B4}", "\u{00A8}", "\u{2260}", "\u{00C6}", "\u{00D8}",
        "\u{221E}", "\u{00B1}", "\u{2264}", "\u{2265}", "\u{00A5}", "\u{00B5}", "\u{2202}", "\u{2211}",
        "\u{220F}", "\u{03C0}", "\u{222B}", "\u{00AA}", "\u{00BA}", "\u{03A9}", "\u{00E6}", "\u{00F8}",
        "\u{00BF}", "\u{00A1}", "\u{00AC}", "\u{221A}", "\u{0192}", "\u{2248}", "\u{2206}", "\u{00AB}",
        "\u{00BB}", "\u{2026}", "\u{00A0}", "\u{00C0}", "\u{00C3}", "\u{00D5}", "\u{0152}", "\u{0153}",
        "\u{2013}", "\u{2014}", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00F7}", "\u{25CA}",
        "\u{00FF}", "\u{0178}", "\u{2044}", "\u{20AC}", "\u{2039}", "\u{203A}", "\u{FB01}", "\u{FB02}",
        "\u{2021}", "\u{00B7}", "\u{201A}", "\u{201E}", "\u{2030}", "\u{00C2}", "\u{00CA}", "\u{00C1}",
        "\u{00CB}", "\u{00C8}", "\u{00CD}", "\u{00CE}", "\u{00CF}", "\u{00CC}", "\u{00D3}", "\u{00D4}",
        "\u{F8FF}", "\u{00D2}", "\u{00DA}", "\u{00DB}", "\u{00D9}", "\u{0131}", "\u{02C6}", "\u{02DC}",
        "\u{00AF}", "\u{02D8}", "\u{02D9}", "\u{02DA}", "\u{00B8}", "\u{02DD}", "\u{02DB}", "\u{02C7}",
    ]

    /// Encodes text as Windows-1252, code page 850 or Mac Roman (for writing test sheets and
    /// Danish-Excel fixtures); nil when a character has no byte there.
    public static func eightBitBytes(_ text: String, _ encoding: TextEncoding) -> [UInt8]? {
        let high: [Unicode.Scalar?]
        switch encoding {
        case .windows1252: high = windows1252HighHalf
        case .cp850: high = cp850High
        case .macRoman: high = macRomanHigh
        case .utf8, .utf16LittleEndian, .utf16BigEndian: return nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if let index = high.firstIndex(of: scalar) {
                bytes.append(UInt8(0x80 + index))
            } else {
                return nil
            }
        }
        return bytes
    }

    /// 0x80-0xFF of Windows-1252: its own 0x80-0x9F, then Latin-1.
    private static let windows1252HighHalf: [Unicode.Scalar?] =
        windows1252High + (0xA0...0xFF).map { Unicode.Scalar(UInt8($0)) }

    /// The 8-bit code page whose Danish letters (æ ø å Æ Ø Å) `bytes` hold most of; Windows-1252
    /// on a tie or when none holds any. The three code pages put these six letters on six
    /// different bytes each, none shared: in Windows-1252 E6 F8 E5 C6 D8 C5, in code page 850
    /// 91 9B 86 92 9D 8F, in Mac Roman BE BF 8C AE AF 81. A capital right after an ASCII small
    /// letter is not counted: so Windows-1252's closing quote 0x92 in `Mette’s` is no Æ.
    static func likelyEightBit(_ bytes: UnsafeRawBufferPointer) -> TextEncoding {
        var counts = (0, 0, 0)
        var previous: UInt8 = 0
        for byte in bytes {
            let tell = danishLetterTell[Int(byte)]
            if tell != 0 && !(tell & 0x10 != 0 && previous >= 0x61 && previous <= 0x7A) {
                switch tell & 0x0F {
                case 1: counts.0 += 1
                case 2: counts.1 += 1
                default: counts.2 += 1
                }
            }
            previous = byte
        }
        if counts.1 > counts.0 && counts.1 > counts.2 { return .cp850 }
        if counts.2 > counts.0 && counts.2 > counts.1 { return .macRoman }
        return .windows1252
    }

    /// Per byte: 1 a Danish letter in Windows-1252, 2 in code page 850, 3 in Mac Roman; 0x10
    /// marks a capital.
    private static let danishLetterTell: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (code, small, capital) in [
            (1, [0xE6, 0xF8, 0xE5], [0xC6, 0xD8, 0xC5]),
            (2, [0x91, 0x9B, 0x86], [0x92, 0x9D, 0x8F]),
            (3, [0xBE, 0xBF, 0x8C], [0xAE, 0xAF, 0x81]),
        ] {
            for byte in small { table[byte] = UInt8(code) }
            for byte in capital { table[byte] = UInt8(code) | 0x10 }
        }
        return table
    }()

    /// Encodes text as Windows-1252 (for writing Danish-Excel fixtures); nil when a character
    /// has no Windows-1252 byte.
    public static func windows1252Bytes(_ text: String) -> [UInt8]? {
        eightBitBytes(text, .windows1252)
    }
}

extension String {
    /// Decodes UTF-8, or nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: UnsafeRawBufferPointer) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }
}

/// True when `bytes` is valid UTF-8, allowing a multi-byte sequence cut off at the very end
/// (a chunk boundary).
func isPlausibleUTF8Prefix(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
        // ASCII, the bulk of every sheet, eight bytes at a time.
        while index + 8 <= count && bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        guard index < count else { break }
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return false
        }
        if index + length > count { return true }  // cut at the chunk boundary
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return false
        }
        index += length
    }
    return true
}
