/// Header matching (SPEC 3.4): names are compared after trimming, case-folding, æ→ae, ø→oe,
/// å→aa, and spaces or hyphens to `_`. Other punctuation (the `?` of a question, the
/// parentheses of a label) is dropped and runs of `_` collapse, so that a sheet may use the
/// Danish labels of SPEC 2 verbatim.
public enum ColumnName {
    public static func fold(_ name: String) -> String {
        var folded = ""
        folded.reserveCapacity(name.utf8.count)
        var pendingSeparator = false
        for scalar in name.lowercased().unicodeScalars {
            let replacement: String?
            switch scalar {
            case "æ", "ä": replacement = "ae"
            case "ø", "ö": replacement = "oe"
            case "å": replacement = "aa"
            case "é", "è": replacement = "e"
            case "ü": replacement = "u"
            case "a"..."z", "0"..."9": replacement = String(scalar)
            case " ", "-", "_", "\t", "/", "\u{00A0}": replacement = nil; pendingSeparator = true
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
