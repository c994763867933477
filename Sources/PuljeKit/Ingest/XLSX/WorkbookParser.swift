import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `xl/workbook.xml`: the sheets in the order a spreadsheet shows their tabs, each with
/// its name and the relationship that leads to its part, and the date system.
final class WorkbookParser: NSObject, XMLParserDelegate {
    /// A sheet's tab: its name and relationship id (`rId1`).
    struct Sheet {
        let name: String
        let relationship: String
    }

    private(set) var sheets: [Sheet] = []
    private(set) var date1904 = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "sheet":
            // The id's attribute is namespaced (`r:id`); its prefix is the writer's choice.
            let id = attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value
            if let name = attributes["name"], let id { sheets.append(Sheet(name: name, relationship: id)) }
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default:
            break
        }
    }
}
