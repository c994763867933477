/// Turns a UTF-16 file (Excel's "Unicode text": UTF-16 LE with a byte-order mark,
/// tab-separated) into UTF-8 as it is read, before libcsv sees it, so that the rest of the
/// reader works on UTF-8 unchanged. Memory stays bounded: one chunk of UTF-16 read ahead, the
/// output written into the parse buffer. A code unit or a surrogate pair split between two
/// reads is joined; an unpaired surrogate or an odd last byte is invalid UTF-16, reported with
/// the physical line it is on.
struct UTF16Transcoder {
    enum Failure: Error {
        case invalid(line: Int)
        case unreadable(errno: Int)
    }

    let bigEndian: Bool
    private let raw: UnsafeMutableRawBufferPointer
    private var position: Int
    private var end: Int
    private var ended = false
    /// A high surrogate waiting for its low half (0: none).
    private var pendingHigh: UInt32 = 0
    /// Bytes read from the file, the byte-order mark included.
    private(set) var bytesRead: Int
    private var line = 1
    private var lastWasCR = false

    /// Starts with the file's first chunk, already read (`head`), skipping `skip` bytes of
    /// byte-order mark.
    init(bigEndian: Bool, capacity: Int, head: UnsafeRawBufferPointer, skip: Int) {
        self.bigEndian = bigEndian
        raw = .allocate(byteCount: max(capacity, head.count, 16), alignment: 16)
        raw.copyMemory(from: head)
        position = skip
        end = head.count
        bytesRead = head.count
    }

    func free() { raw.deallocate() }

    /// Fills `output` with the UTF-8 of the next code units (reading on through `fill` as
    /// needed); returns the bytes written, 0 at the end of the file.
    mutating func transcode(
        into output: UnsafeMutableRawBufferPointer, fill: (UnsafeMutableRawBufferPointer) -> Int
    ) throws(Failure) -> Int {
        let out = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let capacity = output.count
        var written = 0
        while true {
            if end - position < 2 {
                let left = end - position
                if ended {
                    if left > 0 || pendingHigh != 0 { throw .invalid(line: line) }
                    return written
                }
                // Half a code unit stays, moved to the front; the next read goes after it.
                if left == 1 { raw[0] = raw[position] }
                let count = fill(UnsafeMutableRawBufferPointer(rebasing: raw[left...]))
                if count < 0 { throw .unreadable(errno: -count) }
                if count == 0 { ended = true }
                bytesRead += count
                position = 0
                end = left + count
                continue
            }
            // Room for the longest character (four bytes): otherwise the buffer is full.
            if capacity - written < 4 { return written }
            let first = UInt32(raw[position])
            let second = UInt32(raw[position + 1])
            position += 2
            let unit = bigEndian ? first << 8 | second : second << 8 | first
            if pendingHigh != 0 {
                guard (0xDC00...0xDFFF).contains(unit) else { throw .invalid(line: line) }
                let scalar = 0x10000 + ((pendingHigh - 0xD800) << 10) + (unit - 0xDC00)
                pendingHigh = 0
                out[written] = UInt8(0xF0 | scalar >> 18)
                out[written + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                out[written + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                out[written + 3] = UInt8(0x80 | scalar & 0x3F)
                written += 4
                continue
            }
            switch unit {
            case 0..<0x80:
                out[written] = UInt8(unit)
                written += 1
                // Lines are counted only to say where invalid UTF-16 is (CRLF once).
                if unit == 0x0A {
                    if !lastWasCR { line += 1 }
                } else if unit == 0x0D {
                    line += 1
                }
                lastWasCR = unit == 0x0D
                continue
            case 0x80..<0x800:
                out[written] = UInt8(0xC0 | unit >> 6)
                out[written + 1] = UInt8(0x80 | unit & 0x3F)
                written += 2
            case 0xD800...0xDBFF:
                pendingHigh = unit
            case 0xDC00...0xDFFF:
                throw .invalid(line: line)
            default:
                out[written] = UInt8(0xE0 | unit >> 12)
                out[written + 1] = UInt8(0x80 | (unit >> 6) & 0x3F)
                out[written + 2] = UInt8(0x80 | unit & 0x3F)
                written += 3
            }
            lastWasCR = false
        }
    }

    /// UTF-16 without a byte-order mark, told by its header line (up to 512 code units): in
    /// ASCII and Latin-1 text every other byte is 0 (the second of each pair little-endian, the
    /// first big-endian). Nine in ten units of that shape decide, so that a header with a few
    /// characters beyond Latin-1 (a combining ring in decomposed `å`, a curly quote) is still
    /// told; a unit of two zero bytes never occurs in text. Nil for anything else, which UTF-8
    /// and the 8-bit code pages never look like (they hold no NUL byte).
    static func byteOrder(withoutMark head: UnsafeRawBufferPointer) -> Bool? {
        let units = min(head.count / 2, 512)
        guard units >= 2 else { return nil }
        var little = 0
        var big = 0
        var seen = 0
        for index in 0..<units {
            let first = head[2 * index]
            let second = head[2 * index + 1]
            if first == 0 && second == 0 { return nil }
            if index >= 2 && (second == 0 && (first == 0x0A || first == 0x0D) || first == 0 && (second == 0x0A || second == 0x0D))
            {
                break  // the header line ended
            }
            seen += 1
            if second == 0 { little += 1 }
            if first == 0 { big += 1 }
        }
        if little * 10 >= seen * 9 && head[1] == 0 { return false }
        if big * 10 >= seen * 9 && head[0] == 0 { return true }
        return nil
    }
}
