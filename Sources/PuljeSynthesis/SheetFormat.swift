import Foundation
import PuljeKit

/// How a synthetic sheet is saved (SPEC 3.4): the plain UTF-8 comma file most sheets are, or
/// one of the Danish-Excel variants some institutions send.
struct SheetFormat {
    enum HeaderStyle {
        /// Column ids of SPEC 2 (`hjemmebesoeg`).
        case ids
        /// The Danish labels and questions of the registration sheet.
        case danishLabels
        /// Plain English names (`home_visits`).
        case english
    }

    var delimiter: Character = ","
    var byteOrderMark = false
    var crlf = false
    var windows1252 = false
    var header = HeaderStyle.ids
    /// Writes the `projekt` and `periode` columns; without them the path says them (SPEC 3.3).
    var keyColumns = true

    /// Danish Excel's "CSV UTF-8 (semikolonsepareret)": `;`, BOM, CRLF, decimal comma.
    static let danishExcel = SheetFormat(delimiter: ";", byteOrderMark: true, crlf: true)

    /// In `;`- and tab-separated files numbers use the decimal comma (SPEC 3.4).
    var decimalComma: Bool { delimiter != "," }

    func decimal(_ value: Double) -> String {
        let text = RoundedNumber(value, places: 1)?.description ?? "\(value)"
        return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func columnName(_ role: ColumnRole) -> String {
        switch (role, header) {
        case (.project, .english): "project"
        case (.project, _): "projekt"
        case (.institution, .english): "institution"
        case (.institution, _): "dagtilbud"
        case (.period, .english): "period"
        case (.period, _): "periode"
        case (.indicator(let indicator), .ids): indicator.id
        case (.indicator(let indicator), .danishLabels): indicator.danishLabel
        case (.indicator(let indicator), .english): indicator.englishNames[0]
        case (.scale(let question), .danishLabels): question.danishQuestion
        case (.scale(let question), _): question.id
        case (.trafficLightCount(let series, let light), .danishLabels):
            "\(series.id)_\(light.label(.danish))"
        case (.trafficLightCount(let series, let light), .english):
            "\(series.assessment.label(.english))\(series.status == .udgaaet ? "_left" : "")_\(light.label(.english))"
        case (.trafficLightCount(let series, let light), .ids): series.column(light)
        case (.child, _): "barn"
        case (.assessment(let assessment), _): assessment.rawValue
        case (.status, _): "status"
        case (.age, _): "alder"
        case (.tool, _): "vaerktoej"
        }
    }

    /// The file's bytes: RFC 4180 quoting where a cell needs it.
    func encode(_ rows: [[String]]) -> [UInt8] {
        let newline = crlf ? "\r\n" : "\n"
        var text = ""
        for row in rows {
            text += row.map(quoted).joined(separator: String(delimiter)) + newline
        }
        if windows1252, let bytes = TextEncoding.windows1252Bytes(text) {
            return bytes
        }
        return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    private func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return cell
        }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
