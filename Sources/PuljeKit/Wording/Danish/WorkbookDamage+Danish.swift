extension WorkbookDamage {
    public var danish: String {
        switch self {
        case .notAWorkbook: "ikke en .xlsx-projektmappe: intet zip-arkiv, eller et der er afkortet"
        case .noWorkbookPart(let part): "ikke en .xlsx-projektmappe: arkivet har ingen \(part)"
        case .sheetPartNotNamed(let sheet, let relationships): "arket \(sheet) er ikke nævnt i \(relationships)"
        case .sharedStringsMissing(let part): "teksttabellen \(part) mangler i arkivet"
        case .noWorksheet: "projektmappen har intet regneark"
        case .partTooLarge(let part, let limit):
            "\(part) fylder over \(limit) byte udpakket; ingen del af en projektmappe er så stor"
        case .sheetTooLarge(let sheet, let limit): "arket \(sheet) fylder over \(limit) byte udpakket: intet registreringsark"
        case .partDamaged(let part): "\(part) kan ikke pakkes ud: filen er beskadiget eller afkortet"
        case .sheetDamaged(let sheet, let how):
            "arket \(sheet) kan ikke pakkes ud\(how.map { " (\(Self.danish($0)))" } ?? ""): filen er beskadiget eller afkortet"
        case .partNotUTF8(let part): "\(part) indeholder bytes, der ikke er UTF-8-tekst: filen er beskadiget"
        case .sheetNotUTF8(let sheet): "arket \(sheet) indeholder bytes, der ikke er UTF-8-tekst: filen er beskadiget"
        case .partNotXML(let part, let code): "\(part) er ikke gyldig XML\(code.map { " (fejl \($0))" } ?? "")"
        case .sheetNotXML(let sheet, let code): "arket \(sheet) er ikke gyldig XML\(code.map { " (fejl \($0))" } ?? "")"
        case .sheetCell(let sheet, let row, _, let problem):
            "arket \(sheet), \(cellReference.map { "celle \($0)" } ?? "række \(row)"): \(Self.danish(problem, row: row))"
        }
    }

    private static func danish(_ damage: PartDamage) -> String {
        switch damage {
        case .overrun: "de pakkede data slutter ikke, hvor arkivet siger"
        case .cutShort: "filen er afkortet"
        case .checksum: "kontrolsummen (CRC-32) passer ikke"
        case .missing: "dens del mangler i arkivet"
        }
    }

    private static func danish(_ damage: CellDamage, row: Int) -> String {
        switch damage {
        case .missingSharedString(let index): "den henviser til tekst nummer \(index), som teksttabellen ikke har"
        case .rowNotAfter(let number, let previous): "rækkenummeret \(number) kommer ikke efter række \(previous)"
        case .rowAfterLast: "en række efter den sidste række, et regneark kan have"
        case .columnNotAfterLast(let reference): "cellereferencen \(reference) er ikke en kolonne efter den forrige"
        }
    }
}
