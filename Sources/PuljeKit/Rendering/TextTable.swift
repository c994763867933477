/// Wraps a line at 100 characters, continuation lines indented further.
func wrapLine(_ text: String, indent: Int) -> [String] {
    var lines: [String] = []
    var current = String(repeating: " ", count: indent)
    for word in text.split(separator: " ") {
        if current.count + word.count + 1 > 100 && !current.trimmingSpaces().isEmpty {
            lines.append(current)
            current = String(repeating: " ", count: indent + 4)
        }
        current += (current.isEmpty || current.last == " " ? "" : " ") + word
    }
    lines.append(current)
    return lines
}

/// Plain-text table for terminal reports: first column left-aligned, others right-aligned.
struct TextTable {
    private var rows: [[String]] = []

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    var rowCount: Int { rows.count }

    func lines(indent: Int = 0) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        let pad = String(repeating: " ", count: indent)
        return rows.map { row in
            var line = pad
            for (column, cell) in row.enumerated() {
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                line += column == 0 ? cell + fill : "  " + fill + cell
            }
            // An empty last column leaves no trailing spaces.
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
