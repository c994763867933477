/// Writes tidy CSV (SPEC 6), the one way every CSV file is written: UTF-8, `,`-separated, a
/// header, RFC 4180 quoting where needed, and cells that a spreadsheet would run as a formula
/// neutralised: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP's
/// list) and is not a number gets a leading `'`. Numbers are written as their `FigureKind`
/// says (`number`), rounded half away from zero on their exact decimal value. The
/// Danish-Excel variant uses `;`, a decimal comma and a byte-order mark; the comma goes only
/// into numbers the engine wrote as numbers (`integer`, `number`), never into a text cell, so
/// that an institution named `3.14` stays `3.14`.
///
/// Rows are written cell by cell, in the header's order, numbers straight into the file's
/// bytes: a national report writes hundreds of thousands of rows (1.5 million cells in
/// traffic_light.csv alone).
public struct CSVWriter: Sendable {
    public enum Style: String, Sendable {
        case standard
        /// For Danish Excel: `;`, decimal comma, BOM.
        case danishExcel
    }

    public let style: Style
    private var bytes: [UInt8] = []
    private let delimiter: UInt8
    private let decimalMark: UInt8
    /// Cells written to the row being written.
    private var cellsInRow = 0

    public init(header: [String], style: Style = .standard) {
        self.init(continuing: style)
        if style == .danishExcel { bytes += [0xEF, 0xBB, 0xBF] }
        for name in header { text(name) }
        endRow()
    }

    /// The rows that follow another writer's: no byte-order mark, no header. A large table is
    /// written in parts on all cores and the parts' texts joined in order.
    public init(continuing style: Style) {
        self.style = style
        delimiter = style == .danishExcel ? UInt8(ascii: ";") : UInt8(ascii: ",")
        decimalMark = style == .danishExcel ? UInt8(ascii: ",") : UInt8(ascii: ".")
        bytes.reserveCapacity(1 << 16)
    }

    /// Appends a text cell (a name, an id, a message), quoted and neutralised as needed; it is
    /// never rewritten in any style.
    public mutating func text(_ value: String) {
        startCell()
        var value = value
        value.withUTF8 { append(cell: $0, isNumber: false) }
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

    /// Appends a whole number, or an empty cell for nil.
    public mutating func integer(_ value: Int?) {
        if let value { integer(value) } else { blank() }
    }

    /// Appends a figure as its kind writes it in CSV (`0.1563`, `4083.50`, `1099`), with a
    /// decimal comma in the Danish-Excel style; an empty cell for nil.
    public mutating func number(_ value: ReportNumber?) {
        guard let value else { return blank() }
        guard let rounded = value.rounded(.csv) else {
            // Beyond 9e18 units (no count or share comes near): as Swift spells the Double.
            startCell()
            var text = value.fallback
            text.withUTF8 { append(cell: $0, isNumber: true) }
            return
        }
        startCell()
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RoundedNumber.capacity) { buffer in
            let start = rounded.write(into: buffer, decimalMark: decimalMark, groupSeparator: nil)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Appends `true` or `false`.
    public mutating func flag(_ value: Bool) {
        text(value ? "true" : "false")
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

    /// `isNumber`: the engine wrote the cell as a number, not as text.
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
