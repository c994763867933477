import Foundation

/// Checks that a part's bytes are UTF-8, chunk by chunk, before `XMLParser` sees them.
/// Foundation's parser traps (a crash, not an error) when libxml2 hands it an element or
/// attribute name that is not valid UTF-8, which a damaged or crafted workbook can make it do;
/// so no byte reaches it unchecked. A sequence cut by a chunk's end is checked with the next.
struct UTF8Check {
    /// The unfinished sequence at the end of the last chunk (at most 3 bytes).
    private var carry: [UInt8] = []

    /// True when `chunk`, after what the last one left unfinished, is UTF-8 so far.
    mutating func accept(_ chunk: Data) -> Bool {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        let end = Self.completeLength(bytes)
        carry = Array(bytes[end...])
        return bytes.withUnsafeBytes { String(validating: UnsafeRawBufferPointer(rebasing: $0[..<end]), as: UTF8.self) != nil }
    }

    /// True when the part ended without an unfinished sequence.
    var isComplete: Bool { carry.isEmpty }

    /// True when a whole part is UTF-8.
    static func isUTF8(_ data: Data) -> Bool {
        var check = UTF8Check()
        return check.accept(data) && check.isComplete
    }

    /// The length of `bytes` without a multi-byte sequence cut off at its end.
    private static func completeLength(_ bytes: [UInt8]) -> Int {
        var start = bytes.count
        // The last lead byte, among the last four bytes.
        while start > 0 && bytes.count - start < 4 {
            start -= 1
            let byte = bytes[start]
            if byte & 0xC0 != 0x80 {
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                return start + length > bytes.count ? start : bytes.count
            }
        }
        return bytes.count
    }
}
