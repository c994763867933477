/// Writes tidy CSV (SPEC 6): UTF-8, `,`-separated, a header, RFC 4180 quoting where needed,
/// and cells that a spreadsheet would run as a formula neutralised: a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP's list) and is not a number gets a
/// leading `'`. The Danish-Excel variant uses `;`, a decimal comma and a byte-order mark; the
/// comma goes only into numbers the engine wrote as numbers (`integer`, `fixed`, `number`,
/// `Cell.number`), never into a text cell, so that an institution named `3.14` stays `3.14`.
///
/// Works on the cells' UTF-8 bytes: a national report writes hundreds of thousands of rows.
public struct CSVWriter: Sendable {
    public enum Style: String, Sendable {
        case standard
        /// For Danish Excel: `;`, decimal comma, BOM.
        case danishExcel
    }

    public let style: Style
    private var bytes: [UInt8] = []
    private let delimiter: UInt8
    /// Cells written to the row being written.
    private var cellsInRow = 0

    public init(header: [String], style: Style = .standard) {
        self.init(continuing: style)
        if style == .danishExcel { bytes += [0xEF, 0xBB, 0xBF] }
        append(header)
    }

    /// The rows that follow another writer's: no byte-order mark, no header. A large table is
    /// written in parts on all cores and the parts' texts joined in order.
    public init(continuing style: Style) {
        self.style = style
        delimiter = style == .danishExcel ? UInt8(ascii: ";") : UInt8(ascii: ",")
        bytes.reserveCapacity(1 << 16)
    }

    /// A cell of a row given whole (`append`).
    public enum Cell: Sendable, Equatable {
        /// Written as it is, quoted and neutralised as needed.
        case text(String)
        /// A number formatted with `CSVNumber` (`-12`, `0.2500`): the Danish-Excel style turns
        /// its decimal point into a comma.
        case number(String)

        public static func integer(_ value: Int) -> Cell { .number(String(value)) }
        public static func fixed(_ value: Double, places: Int) -> Cell {
            .number(CSVNumber.fixed(value, places: places))
        }
        /// An empty cell: not registered, or suppressed.
        public static let blank = Cell.text("")
    }

    /// Appends a row of text cells (names, ids, messages): none is rewritten in any style.
    public mutating func append(_ cells: [String]) {
        for cell in cells { text(cell) }
        endRow()
    }

    /// Appends a row of text and number cells.
    public mutating func append(_ cells: [Cell]) {
        for cell in cells {
            switch cell {
            case .text(let value): text(value)
            case .number(let value): number(value)
            }
        }
        endRow()
    }

    // Cell by cell: the large tables write their numbers straight into the file's bytes,
    // without a string per cell (a national traffic_light.csv has 1.5 million cells).

    /// Appends a text cell to the row being written, quoted and neutralised as needed.
    public mutating func text(_ value: String) {
        startCell()
        var value = value
        value.withUTF8 { append(cell: $0, isNumber: false) }
    }

    /// Appends a number already formatted with `CSVNumber`, with a decimal comma in the
    /// Danish-Excel style.
    public mutating func number(_ formatted: String) {
        startCell()
        var value = formatted
        value.withUTF8 { append(cell: $0, isNumber: true) }
    }

    /// Appends an empty cell: not registered, or suppressed.
    public mutating func blank() {
        startCell()
    }

    /// Appends a whole number.
    public mutating func integer(_ value: Int) {
        startCell()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Appends `CSVNumber.fixed(value, places:)`, with a decimal comma in the Danish-Excel style.
    public mutating func fixed(_ value: Double, places: Int) {
        let mark = style == .danishExcel ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: CSVNumber.digitCapacity) { buffer in
            guard let start = CSVNumber.digits(of: value, places: places, decimalMark: mark, into: buffer) else {
                return false
            }
            startCell()
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
            return true
        }
        if !written { number(CSVNumber.fixed(value, places: places)) }
    }

    /// Ends the row being written.
    public mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        cellsInRow = 0
    }

    private mutating func startCell() {
        if cellsInRow > 0 { bytes.append(delimiter) }
        cellsInRow += 1
    }

    /// The file's text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `isNumber`: the engine wrote the cell as a number (`number`), not as text.
    private mutating func append(cell raw: UnsafeBufferPointer<UInt8>, isNumber numberCell: Bool) {
        let number = Self.isNumber(raw)
        // SPEC 6: a cell starting with = + - @ (or, after OWASP, a tab or a carriage return)
        // that is not a number must not run as a formula.
        let formula = !number && raw.first.map { Self.formulaStarts.contains($0) } == true
        let quote = raw.contains { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        if quote { bytes.append(UInt8(ascii: "\"")) }
        if formula { bytes.append(UInt8(ascii: "'")) }
        if numberCell && number && style == .danishExcel {
            bytes += raw.lazy.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }
        } else if quote {
            for byte in raw {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
        } else {
            bytes += raw
        }
        if quote { bytes.append(UInt8(ascii: "\"")) }
    }

    private static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)

    /// A plain decimal number such as `-12` or `0.2500`.
    static func isNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isNumber($0) }
    }

    static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if bytes.first == UInt8(ascii: "-") { index = 1 }
        var digitsBefore = 0
        var digitsAfter = 0
        var dot = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                if dot { return false }
                dot = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if dot { digitsAfter += 1 } else { digitsBefore += 1 }
            } else {
                return false
            }
            index += 1
        }
        return digitsBefore > 0 && (!dot || digitsAfter > 0)
    }
}
