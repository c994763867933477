/// Hands a worksheet's rows to a `CellReceiver` as the CSV tokenizer does: whole records
/// (`CSVRecord`) until the receiver answers with a plan, then cell by cell. A worksheet leaves
/// out empty cells; they are delivered as empty fields, so that every column up to a row's last
/// cell is seen (an empty key cell must replace the last row's, never keep it).
final class RowDelivery {
    private let receiver: CellReceiver
    private var buffer = RecordBuffer()
    private var planned = false
    private static var empty: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }

    init(receiver: CellReceiver) {
        self.receiver = receiver
    }

    /// One row with cells, `number` being the worksheet's row number.
    func row(_ number: Int, _ cells: [WorksheetCell]) {
        if planned {
            deliverCells(number, cells)
            return
        }
        buffer.clear()
        var next = 0
        for var cell in cells {
            while next < cell.column {
                buffer.append(CSVField(bytes: Self.empty, isNull: true))
                next += 1
            }
            cell.text.withUTF8 { buffer.append(CSVField(bytes: UnsafeRawBufferPointer($0), isNull: false, kind: cell.kind)) }
            next += 1
        }
        let record = buffer.record(line: number)
        guard !record.isBlank else { return }
        if receiver.record(record) != nil { planned = true }
    }

    private func deliverCells(_ number: Int, _ cells: [WorksheetCell]) {
        var next = 0
        var width = 0
        for var cell in cells {
            while next < cell.column {
                receiver.cell(CSVField(bytes: Self.empty, isNull: true), column: next)
                next += 1
            }
            cell.text.withUTF8 { bytes in
                let field = CSVField(bytes: UnsafeRawBufferPointer(bytes), isNull: false, kind: cell.kind)
                if !field.isEmpty { width = cell.column + 1 }
                receiver.cell(field, column: cell.column)
            }
            next += 1
        }
        receiver.endRow(line: number, fields: next, width: width)
    }
}
