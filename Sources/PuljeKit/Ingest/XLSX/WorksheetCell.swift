import Foundation

/// One cell of a worksheet as its XML stores it (`<c r="D7" t="s" s="3"><f>…</f><v>…</v></c>`),
/// turned into what the interpreter reads: a `CellKind` and text. Numbers become canonical
/// decimal-point text, shared strings their text, dates the date they show.
struct WorksheetCell {
    /// 0-based column.
    var column: Int
    var kind: CellKind
    var text: String

    /// What a workbook needs to type a cell: its shared strings, the styles that show a number
    /// as a date, and its date system.
    struct Context {
        var sharedStrings: [String] = []
        var dateStyles: Set<Int> = []
        var date1904 = false
    }

    /// Why a cell cannot be read at all (the file is refused, naming the cell).
    struct Unreadable: Error {
        let damage: WorkbookDamage.CellDamage
    }

    /// Types a cell from its parts: `type` the `t` attribute, `style` the `s` attribute,
    /// `value` the text of `<v>` (or of `<is>` for an inline string), `formula` the text of
    /// `<f>` when there is one. nil for an empty cell (only formatted): not registered.
    static func typed(
        column: Int, type: String?, style: Int, value: String?, formula: String?, context: Context
    ) throws(Unreadable) -> WorksheetCell? {
        let value = value ?? ""
        switch type {
        case "s":
            guard let index = Int(value), context.sharedStrings.indices.contains(index) else {
                throw Unreadable(damage: .missingSharedString(value))
            }
            return WorksheetCell(column: column, kind: .text, text: context.sharedStrings[index])
        case "inlineStr", "str":
            // A formula's text result is its cached value; an empty one is an empty text.
            return value.isEmpty ? nil : WorksheetCell(column: column, kind: .text, text: value)
        case "b":
            return WorksheetCell(column: column, kind: .boolean, text: value == "1" || value == "true" ? "TRUE" : "FALSE")
        case "e":
            return WorksheetCell(column: column, kind: .error, text: value)
        case "d":
            return value.isEmpty ? nil : WorksheetCell(column: column, kind: .date, text: value)
        default:
            if value.isEmpty {
                // A formula whose value the writing program did not compute and save (openpyxl
                // writes formulas so): an error, for nothing knows what it would be.
                guard let formula else { return nil }
                return WorksheetCell(column: column, kind: .formulaWithoutValue, text: "=" + formula)
            }
            if context.dateStyles.contains(style), let serial = Double(value) {
                // Beyond 9999-12-31 (or before day 0) a spreadsheet shows no date, only ####.
                let text =
                    (0..<2_958_466).contains(serial) ? date(serial: serial, date1904: context.date1904) : canonicalNumber(value)
                return WorksheetCell(column: column, kind: .date, text: text)
            }
            return WorksheetCell(column: column, kind: .number, text: canonicalNumber(value))
        }
    }

    /// A stored number as decimal-point text: as written (`12`, `2.5`, the shortest form that
    /// reads back as the same double), except that an exponent (`1.2E3`) is written out where
    /// the number is whole.
    static func canonicalNumber(_ value: String) -> String {
        guard value.contains(where: { $0 == "E" || $0 == "e" }), let number = Double(value) else { return value }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// A date serial as the date it shows (`2024-03-01`, with `hh:mm` when it has a time).
    /// 1900 system: day 1 is 1900-01-01 and day 60 the 29 February 1900 that never was (Lotus'
    /// error, kept by Excel), so from day 61 on day 0 is 1899-12-30; 1904 system: day 0 is
    /// 1904-01-01.
    static func date(serial: Double, date1904: Bool) -> String {
        let days = serial.rounded(.down)
        var dayNumber = Int(days)
        // Days from 1970-01-01 (civil), then the civil date (Howard Hinnant's algorithm).
        if date1904 {
            dayNumber += -24107  // 1904-01-01
        } else {
            if dayNumber < 61 { dayNumber += 1 }
            dayNumber += -25569  // 1899-12-30
        }
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        var text = String(format: "%04d-%02d-%02d", year, month, day)
        let minutes = Int(((serial - days) * 1440).rounded())
        if minutes > 0 && minutes < 1440 { text += String(format: " %02d:%02d", minutes / 60, minutes % 60) }
        return text
    }

    /// The 0-based column of a cell reference (`D7` -> 3); nil when it has no letters or more
    /// than three (beyond XFD, the last column a worksheet has).
    static func column(ofReference reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte - 64)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte - 96)
            case UInt8(ascii: "$"): continue
            default:
                return letters == 0 || letters > 3 ? nil : column - 1
            }
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : column - 1
    }
}
