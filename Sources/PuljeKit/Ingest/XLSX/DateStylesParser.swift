import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `xl/styles.xml` for one thing: which cell styles show a number as a date or time. A
/// worksheet stores a date as a number of days, and only its style tells (issue 17: a date in
/// a count column is an error, never a count of 45,352).
final class DateStylesParser: NSObject, XMLParserDelegate {
    /// Indexes into `cellXfs`, the `s` of a cell, whose number format is a date or time.
    private(set) var dateStyles: Set<Int> = []
    private var customFormats: [Int: String] = [:]
    private var inCellFormats = false
    private var styleIndex = 0

    /// The built-in formats that are dates or times (ECMA-376 Part 1, 18.8.30), with the East
    /// Asian ones some writers use.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellFormats = true
            styleIndex = 0
        case "xf" where inCellFormats:
            let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
            if Self.builtInDateFormats.contains(id) || customFormats[id].map(Self.isDateFormat) == true {
                dateStyles.insert(styleIndex)
            }
            styleIndex += 1
        default:
            break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        if elementName == "cellXfs" { inCellFormats = false }
    }

    /// True when a format code shows a date or time: a `d`, `m`, `y`, `h` or `s` outside quoted
    /// text, escaped characters and brackets (`[$-406]`, `[Red]`; `[h]` elapsed hours count).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        var bracket = ""
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBrackets {
                if character == "]" {
                    inBrackets = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket) { return true }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[":
                inBrackets = true
                bracket = ""
            case "d", "m", "y", "h", "s": return true
            default: break
            }
        }
        return false
    }
}
