/// Text and numbers as `report.html` holds them: escaped for HTML and SVG, coordinates with one
/// decimal, and machine-readable values (`data-*` attributes) in the CSV files' notation, so a
/// chart can be checked against the CSV figures it draws.
enum Markup {
    /// `text` safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// An SVG coordinate or length: one decimal is a tenth of a pixel.
    static func coordinate(_ value: Double) -> String {
        RoundedNumber(value, places: 1)?.description ?? "\(value)"
    }

    /// `name="value"` pairs, escaped, in the order given.
    static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }

    /// An element with its text content escaped.
    static func element(_ name: String, _ text: String, _ attributes: KeyValuePairs<String, String> = [:]) -> String {
        "<\(name)\(Self.attributes(attributes))>\(escape(text))</\(name)>"
    }
}
