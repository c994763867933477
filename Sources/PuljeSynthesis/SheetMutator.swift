/// Seeded random damage to a sheet's bytes, for the mutation tests and `pulje-fuzz`: bytes
/// replaced, inserted or deleted, runs cut out, drawn from the characters that matter to a CSV
/// reader (quotes, line breaks, delimiters, digits, Danish letters in UTF-8 and Latin-1, NUL).
public enum SheetMutator {
    static let alphabet: [UInt8] = Array("\"\r\n,;\t 0123456789-.aæø\u{00}".utf8) + [0xF8, 0xC3, 0xFF]

    public static func mutate(_ bytes: [UInt8], random: inout SeededRandom) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<(1 + Int(random.next() % 6)) {
            guard !bytes.isEmpty else { break }
            let position = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 5 {
            case 0: bytes[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
            case 1: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
            case 2: bytes.remove(at: position)
            case 3: bytes.removeSubrange(position..<min(bytes.count, position + Int(random.next() % 40)))
            default:
                // A run of the same byte: long fields, long lines, many columns.
                let byte = alphabet[Int(random.next() % UInt64(alphabet.count))]
                bytes.insert(contentsOf: repeatElement(byte, count: Int(random.next() % 4096)), at: position)
            }
        }
        return bytes
    }
}
