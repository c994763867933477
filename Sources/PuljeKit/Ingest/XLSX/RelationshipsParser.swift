import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a relationships part (`xl/_rels/workbook.xml.rels`): where each of the workbook's
/// parts lies in the archive, by id, and of what type it is.
final class RelationshipsParser: NSObject, XMLParserDelegate {
    /// One relationship: its type (a URI ending in `/worksheet`, `/sharedStrings`, ...) and
    /// the part's path in the archive.
    struct Relationship {
        let type: String
        let part: String
    }

    /// The folder the relative targets are relative to (`xl`).
    private let folder: String
    private(set) var relationships: [String: Relationship] = [:]

    init(folder: String) {
        self.folder = folder
    }

    /// The part of the first relationship whose type ends in `/suffix`.
    func part(ofType suffix: String) -> String? {
        relationships.values.filter { $0.type.hasSuffix("/" + suffix) }.map(\.part).min()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard elementName == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
            attributes["TargetMode"] != "External"
        else { return }
        relationships[id] = Relationship(type: attributes["Type"] ?? "", part: Self.resolve(target, in: folder))
    }

    /// `worksheets/sheet1.xml` in `xl` -> `xl/worksheets/sheet1.xml`; `/xl/...` is from the
    /// archive's root; `..` steps out.
    static func resolve(_ target: String, in folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if piece != "." {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}
