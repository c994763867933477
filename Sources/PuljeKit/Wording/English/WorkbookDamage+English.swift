extension WorkbookDamage {
    public var english: String {
        switch self {
        case .notAWorkbook: "not an .xlsx workbook: no zip archive, or one cut short"
        case .noWorkbookPart(let part): "not an .xlsx workbook: the archive holds no \(part)"
        case .sheetPartNotNamed(let sheet, let relationships): "the part of sheet \(sheet) is not named in \(relationships)"
        case .sharedStringsMissing(let part): "the table of texts \(part) is missing from the archive"
        case .noWorksheet: "the workbook has no worksheet"
        case .partTooLarge(let part, let limit): "\(part) holds more than \(limit) bytes unpacked: no workbook part is that large"
        case .sheetTooLarge(let sheet, let limit): "sheet \(sheet) holds more than \(limit) bytes unpacked: no registration sheet"
        case .partDamaged(let part): "\(part) cannot be unpacked: the file is damaged or cut short"
        case .sheetDamaged(let sheet, let how):
            "sheet \(sheet) cannot be unpacked\(how.map { " (\(Self.english($0)))" } ?? ""): the file is damaged or cut short"
        case .partNotUTF8(let part): "\(part) holds bytes that are no UTF-8 text: the file is damaged"
        case .sheetNotUTF8(let sheet): "sheet \(sheet) holds bytes that are no UTF-8 text: the file is damaged"
        case .partNotXML(let part, let code): "\(part) is not well-formed XML\(code.map { " (error \($0))" } ?? "")"
        case .sheetNotXML(let sheet, let code): "sheet \(sheet) is not well-formed XML\(code.map { " (error \($0))" } ?? "")"
        case .sheetCell(let sheet, let row, _, let problem):
            "sheet \(sheet), \(cellReference.map { "cell \($0)" } ?? "row \(row)"): \(Self.english(problem))"
        }
    }

    private static func english(_ damage: PartDamage) -> String {
        switch damage {
        case .overrun: "its compressed data does not end where the archive says"
        case .cutShort: "the file is cut short"
        case .checksum: "its checksum (CRC-32) does not match"
        case .missing: "its part is missing from the archive"
        }
    }

    private static func english(_ damage: CellDamage) -> String {
        switch damage {
        case .missingSharedString(let index): "it refers to text number \(index), which the file's table of texts does not hold"
        case .rowNotAfter(let number, let previous): "its row number \(number) is not after row \(previous)"
        case .rowAfterLast: "a row follows the last row a worksheet has"
        case .columnNotAfterLast(let reference): "the cell reference \(reference) is not a column after the last"
        }
    }
}
