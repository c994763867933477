/// Header matching (SPEC 3.4): names are compared after trimming, case-folding, æ→ae, ø→oe,
/// å→aa, and spaces or hyphens to `_`. Other punctuation (the `?` of a question, the
/// parentheses of a label) is dropped and runs of `_` collapse, so that a sheet may use the
/// Danish labels of SPEC 2 verbatim.
///
/// Office programs vary the rest (issue 15): the name is compared in NFC (a decomposed `å`,
/// as macOS saves it, is `å`), and every kind of white space separates like a space: a line
/// break typed inside a header cell (LF or CRLF), a tab, a no-break space (U+00A0, U+202F) and
/// the other Unicode spaces. Project cells and folder names are folded alike.
public enum ColumnName {
    public static func fold(_ name: String) -> String {
        var folded = ""
        folded.reserveCapacity(name.utf8.count)
        var pendingSeparator = false
        for scalar in name.precomposed.lowercased().unicodeScalars {
            let replacement: String?
            switch scalar {
            case "æ", "ä": replacement = "ae"
            case "ø", "ö": replacement = "oe"
            case "å": replacement = "aa"
            case "é", "è": replacement = "e"
            case "ü": replacement = "u"
            case "a"..."z", "0"..."9": replacement = String(scalar)
            case " ", "-", "_", "\t", "\n", "\r", "/": replacement = nil; pendingSeparator = true
            case _ where scalar.properties.isWhitespace: replacement = nil; pendingSeparator = true
            default: replacement = nil  // other punctuation is dropped
            }
            if let replacement {
                if pendingSeparator && !folded.isEmpty { folded += "_" }
                pendingSeparator = false
                folded += replacement
            }
        }
        return folded
    }
}
