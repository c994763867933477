import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a worksheet's XML (`<sheetData><row r="7"><c r="D7" …>…</c></row></sheetData>`) as
/// `XMLParser` streams it, and hands each row's typed cells to `handle` in file order. Row
/// numbers are the worksheet's (`r`), so a problem names the row a spreadsheet shows.
final class WorksheetParser: NSObject, XMLParserDelegate {
    private let context: WorksheetCell.Context
    /// Gets each row with cells (row number, cells in column order); returns false to stop.
    private let handle: (Int, [WorksheetCell]) -> Bool

    /// Set when a cell or row could not be read; the parse was stopped there.
    private(set) var unreadable: (row: Int, column: Int?, damage: WorkbookDamage.CellDamage)?
    /// True when `handle` asked to stop.
    private(set) var stopped = false

    private var rowNumber = 0
    private var cells: [WorksheetCell] = []
    private var nextColumn = 0
    // The open cell.
    private var inCell = false
    private var cellType: String?
    private var cellStyle = 0
    private var column = 0
    private var value: String?
    private var formula: String?
    private var collecting: Collecting = .nothing
    /// Depth inside `<rPh>` (a phonetic reading, not the text) of an inline string.
    private var phonetic = 0

    private enum Collecting {
        case nothing, value, formula, inlineText
    }

    /// The last row a worksheet has (Excel's and LibreOffice's limit).
    static let maximumRow = 1_048_576

    init(context: WorksheetCell.Context, handle: @escaping (Int, [WorksheetCell]) -> Bool) {
        self.context = context
        self.handle = handle
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "row":
            if let text = attributes["r"] {
                guard let number = Int(text), number > rowNumber, number <= Self.maximumRow else {
                    return fail(parser, row: rowNumber + 1, column: nil, .rowNotAfter(text, previous: rowNumber))
                }
                rowNumber = number
            } else {
                guard rowNumber < Self.maximumRow else {
                    return fail(parser, row: rowNumber, column: nil, .rowAfterLast)
                }
                rowNumber += 1
            }
            cells.removeAll(keepingCapacity: true)
            nextColumn = 0
        case "c":
            if let reference = attributes["r"] {
                guard let at = WorksheetCell.column(ofReference: reference), at >= nextColumn else {
                    return fail(parser, row: rowNumber, column: nil, .columnNotAfterLast(reference))
                }
                column = at
            } else {
                column = nextColumn
            }
            inCell = true
            collecting = .nothing
            cellType = attributes["t"]
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            value = nil
            formula = nil
        case "v" where inCell:
            collecting = .value
            value = value ?? ""
        case "f" where inCell:
            collecting = .formula
            formula = formula ?? ""
        case "rPh":
            phonetic += 1
        case "t" where inCell && phonetic == 0:
            collecting = .inlineText
            value = value ?? ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch collecting {
        case .nothing: break
        // Optional-safe: a damaged sheet may nest elements where none belong (`<v>1<c>…`).
        case .value, .inlineText: value = (value ?? "") + string
        case .formula: formula = (formula ?? "") + string
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch elementName {
        case "v", "f", "t":
            collecting = .nothing
        case "rPh":
            phonetic -= 1
        case "c":
            inCell = false
            do {
                if let cell = try WorksheetCell.typed(
                    column: column, type: cellType, style: cellStyle, value: value, formula: formula, context: context)
                {
                    cells.append(cell)
                }
            } catch {
                return fail(parser, row: rowNumber, column: column, error.damage)
            }
            nextColumn = column + 1
        case "row":
            if !cells.isEmpty && !handle(rowNumber, cells) {
                stopped = true
                parser.abortParsing()
            }
        default:
            break
        }
    }

    private func fail(_ parser: XMLParser, row: Int, column: Int?, _ damage: WorkbookDamage.CellDamage) {
        unreadable = (row, column, damage)
        parser.abortParsing()
    }
}
