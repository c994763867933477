/// Which 8-bit code page a sheet that is not UTF-8 is read in (SPEC 3.4): Windows-1252, code
/// page 850 or Mac Roman. The bytes alone cannot tell them apart (every byte is a character in
/// each), but the header can: the decoding that makes the most of its cells beyond ASCII known
/// column names (`Antal børn tilknyttet projektet`, `Forældrearrangementer`) is the one.
/// Where the header cannot tell (its cells are ASCII, or known in no decoding), the Danish
/// letters of the file's first chunk do (`TextEncoding.likelyEightBit`).
///
/// The file is refused (`encoding-uncertain`) rather than read in a guess when the header has
/// cells beyond ASCII, no decoding makes any of its columns known and the letters point away
/// from Windows-1252; or when code page 850 and Mac Roman each know as many header cells,
/// differently. (A file off the data layout whose header knows no column is no sheet: it is
/// passed over as `unrecognised-sheet`, like any such file, not refused.)
enum EncodingChoice: Equatable {
    case read(TextEncoding)
    /// Refused; `likely` is the encoding the file seems saved in; `knowsNoColumn` when no
    /// decoding makes any header cell a known column.
    case uncertain(likely: TextEncoding, knowsNoColumn: Bool)

    static let candidates: [TextEncoding] = [.windows1252, .cp850, .macRoman]

    /// `likely`: the encoding the first chunk's Danish letters point to.
    static func fromHeader(_ cells: [UnsafeRawBufferPointer], likely: TextEncoding) -> EncodingChoice {
        let beyondASCII = cells.filter { cell in cell.contains { $0 >= 0x80 } }
        guard !beyondASCII.isEmpty else { return .read(likely) }
        let known = candidates.map { encoding in
            beyondASCII.count { ColumnRole(header: encoding.decode($0).trimmingSpaces()) != nil }
        }
        let best = known.max()!
        if best > 0 {
            let tied = candidates.indices.filter { known[$0] == best }
            if tied.count == 1 { return .read(candidates[tied[0]]) }
            if tied.contains(0) { return .read(.windows1252) }
            return .uncertain(likely: likely, knowsNoColumn: false)
        }
        let anyKnown = cells.contains { ColumnRole(header: TextEncoding.windows1252.decode($0).trimmingSpaces()) != nil }
        if !anyKnown && likely != .windows1252 { return .uncertain(likely: likely, knowsNoColumn: true) }
        return .read(likely)
    }
}
