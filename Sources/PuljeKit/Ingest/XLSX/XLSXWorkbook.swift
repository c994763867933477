import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An .xlsx file opened for reading (ECMA-376, as Excel, LibreOffice and openpyxl write it):
/// its worksheets in tab order, and what typing their cells needs (the table of texts, the date
/// styles, the date system). The archive is ZIPFoundation's, the XML Foundation's `XMLParser`;
/// a worksheet is streamed (`rows(of:limit:handle:)`), the small parts are read whole.
struct XLSXWorkbook {
    /// A worksheet: its tab's name and its part in the archive.
    struct Worksheet {
        let name: String
        let part: String
    }

    let path: String
    private(set) var worksheets: [Worksheet] = []
    /// Every sheet's name, chart sheets too: all are searched for CPR numbers.
    private(set) var sheetNames: [String] = []
    private(set) var context = WorksheetCell.Context()

    /// Why the workbook cannot be read, for `unreadable-file`.
    struct Unreadable: Error {
        let damage: WorkbookDamage
    }

    /// Opens the archive and reads the workbook's small parts, none larger than `limit` bytes
    /// decompressed.
    init(path: String, limit: Int) throws(Unreadable) {
        self.path = path
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Unreadable(damage: .notAWorkbook)
        }
        let rootRelationships = RelationshipsParser(folder: "")
        if let data = try Self.data(of: "_rels/.rels", in: archive, path: path, limit: limit) {
            try Self.parse(data, part: "_rels/.rels", with: rootRelationships)
        }
        let workbookPart = rootRelationships.part(ofType: "officeDocument") ?? "xl/workbook.xml"
        guard let workbookData = try Self.data(of: workbookPart, in: archive, path: path, limit: limit) else {
            throw Unreadable(damage: .noWorkbookPart(workbookPart))
        }
        let workbook = WorkbookParser()
        try Self.parse(workbookData, part: workbookPart, with: workbook)
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let fileName = workbookPart.split(separator: "/").last.map(String.init) ?? "workbook.xml"
        let relationshipsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/\(fileName).rels"
        let relationships = RelationshipsParser(folder: folder)
        if let data = try Self.data(of: relationshipsPart, in: archive, path: path, limit: limit) {
            try Self.parse(data, part: relationshipsPart, with: relationships)
        }
        sheetNames = workbook.sheets.map(\.name)
        for sheet in workbook.sheets {
            guard let relationship = relationships.relationships[sheet.relationship] else {
                throw Unreadable(damage: .sheetPartNotNamed(sheet: SheetFile.shown(sheet.name), relationships: relationshipsPart))
            }
            if relationship.type.hasSuffix("/worksheet") {
                worksheets.append(Worksheet(name: sheet.name, part: relationship.part))
            }
        }
        context.date1904 = workbook.date1904
        if let part = relationships.part(ofType: "sharedStrings") {
            guard let data = try Self.data(of: part, in: archive, path: path, limit: limit) else {
                throw Unreadable(damage: .sharedStringsMissing(part))
            }
            let strings = SharedStringsParser()
            try Self.parse(data, part: part, with: strings)
            context.sharedStrings = strings.strings
        }
        if let part = relationships.part(ofType: "styles"),
            let data = try Self.data(of: part, in: archive, path: path, limit: limit)
        {
            let styles = DateStylesParser()
            try Self.parse(data, part: part, with: styles)
            context.dateStyles = styles.dateStyles
        }
    }

    /// Streams a worksheet's rows to `handle` (row number, cells) until it returns false.
    func rows(of sheet: Worksheet, limit: Int, handle: @escaping (Int, [WorksheetCell]) -> Bool) throws(Unreadable) {
        let stream = PartStream(archive: path, part: sheet.part, limit: limit)
        let reader = WorksheetParser(context: context, handle: handle)
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let parsed = parser.parse()
        stream.finish()
        switch stream.failure {
        case .tooLarge(let limit)?:
            throw Unreadable(damage: .sheetTooLarge(sheet: SheetFile.shown(sheet.name), limit: limit))
        case .unreadable(let why)?:
            throw Unreadable(damage: .sheetDamaged(sheet: SheetFile.shown(sheet.name), how: why))
        case nil:
            if stream.isNotUTF8 {
                throw Unreadable(damage: .sheetNotUTF8(sheet: SheetFile.shown(sheet.name)))
            }
        }
        if let (row, column, damage) = reader.unreadable {
            throw Unreadable(
                damage: .sheetCell(sheet: SheetFile.shown(sheet.name), row: row, column: column.map { $0 + 1 }, problem: damage))
        }
        if !parsed && !reader.stopped {
            throw Unreadable(damage: .sheetNotXML(sheet: SheetFile.shown(sheet.name), code: Self.code(of: parser.parserError)))
        }
    }

    /// A small part's bytes; nil when the archive has no such part.
    private static func data(of part: String, in archive: Archive, path: String, limit: Int) throws(Unreadable) -> Data? {
        guard let entry = archive[part] else { return nil }
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw Unreadable(damage: .partTooLarge(part: part, limit: limit))
        }
        var data = Data()
        do {
            try PartExtraction.extract(entry, of: archive, path: path, bufferSize: 1 << 16) { chunk in
                // The declared size is not trusted: the bytes are counted.
                guard data.count + chunk.count <= limit else { throw Unreadable(damage: .partTooLarge(part: part, limit: limit)) }
                data.append(chunk)
            }
        } catch {
            if error is Unreadable {
                throw Unreadable(damage: .partTooLarge(part: part, limit: limit))
            }
            throw Unreadable(damage: .partDamaged(part: part))
        }
        guard UTF8Check.isUTF8(data) else {
            throw Unreadable(damage: .partNotUTF8(part))
        }
        return data
    }

    private static func parse(_ data: Data, part: String, with delegate: XMLParserDelegate) throws(Unreadable) {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            throw Unreadable(damage: .partNotXML(part: part, code: code(of: parser.parserError)))
        }
    }

    /// The XML parser's error number, when it gave one.
    private static func code(of error: Error?) -> Int? {
        (error as NSError?)?.code
    }
}
