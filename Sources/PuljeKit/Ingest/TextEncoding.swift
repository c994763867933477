/// The character encodings a sheet may arrive in (SPEC 3.4): UTF-8 (with or without BOM) and,
/// when the bytes are not valid UTF-8, Windows-1252 as older Danish Excel saves it.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"

    /// Decodes a cell. A UTF-8 file that turns out to hold a Windows-1252 byte further down
    /// than the sniffed prefix still decodes that cell as Windows-1252 rather than failing.
    public func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        if self == .utf8, let text = String(validatingUTF8Bytes: bytes) {
            return text
        }
        return Self.decodeWindows1252(bytes)
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

    /// Encodes text as Windows-1252 (for writing Danish-Excel fixtures); nil when a character
    /// has no Windows-1252 byte.
    public static func windows1252Bytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
            } else if let index = windows1252High.firstIndex(of: scalar) {
                bytes.append(UInt8(0x80 + index))
            } else {
                return nil
            }
        }
        return bytes
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
