import Foundation

/// The text of names as the outputs print them (issue 15): institution names, header cells and
/// the values problems quote are in Unicode NFC (macOS saves decomposed text: `å` as `a` +
/// U+030A), and hold no control character and no stray byte-order mark. Used once per header
/// cell and per distinct key cell (KeyCellResolver, LastCell), never per cell of a run.
extension String {
    /// The text in NFC. Text without a scalar from U+0300 on (ASCII, Latin-1: nearly every
    /// Danish name) is NFC already and is returned as it is, without asking Foundation: in
    /// UTF-8 such text has no byte from 0xCC on (0xCC leads U+0300).
    var precomposed: String {
        if !hasUTF8Byte(where: { $0 >= 0xCC }) { return self }
        return precomposedStringWithCanonicalMapping
    }

    /// True for what `removingControlCharacters` removes: a C0 or C1 control other than tab,
    /// line feed and carriage return (which a quoted CSV cell may hold), DEL, and U+FEFF (a
    /// byte-order mark pasted inside a cell).
    static func isRemovedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Tab, line feed and carriage return a quoted cell may hold; vertical tab, form feed
        // and next line are line breaks too (FileMaker writes a typed break as a vertical tab):
        // read as spaces, not removed.
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFEFF: true
        default: false
        }
    }

    /// The text without control characters and byte-order marks, a tab replaced by a space,
    /// and the characters removed (empty when nothing was).
    func removingControlCharacters() -> (text: String, removed: [Unicode.Scalar]) {
        // The common answer at once: no byte that could start such a character.
        if !hasUTF8Byte(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) { return (self, []) }
        var kept = String.UnicodeScalarView()
        var removed: [Unicode.Scalar] = []
        for scalar in unicodeScalars {
            if scalar == "\t" || scalar.value == 0x0B || scalar.value == 0x0C || scalar.value == 0x85 {
                kept.append(" ")
            } else if Self.isRemovedControl(scalar) {
                removed.append(scalar)
            } else {
                kept.append(scalar)
            }
        }
        return (String(kept), removed)
    }

    /// A value as a problem quotes it: each removed character shown as U+FFFD, so that
    /// nothing invisible reaches an output and no digits are joined that the cell kept apart
    /// (a CPR check ran on the cell as written).
    var shownInProblem: String {
        let (_, removed) = removingControlCharacters()
        guard !removed.isEmpty else { return precomposed }
        var shown = String.UnicodeScalarView()
        for scalar in unicodeScalars { shown.append(Self.isRemovedControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(shown).precomposed
    }
}

extension String {
    /// True when a byte of the text's UTF-8 satisfies `test`: one pass over contiguous bytes.
    @inline(__always)
    fileprivate func hasUTF8Byte(where test: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: test) }
    }
}

extension [Unicode.Scalar] {
    /// The removed characters as a problem names them: `U+0013, U+FEFF`.
    var codePoints: String {
        var seen: [Unicode.Scalar] = []
        for scalar in self where !seen.contains(scalar) { seen.append(scalar) }
        return seen.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }.joined(separator: ", ")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
