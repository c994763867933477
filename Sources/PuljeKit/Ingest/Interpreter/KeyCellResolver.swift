/// Turns the raw key cells of a row into a project, period and institution, checking them
/// against the catalogue and against what the file's path says (SPEC 3.3, 3.5).
struct KeyCellResolver {
    let catalogue: Catalogue
    var pathProject: ProjectID?
    var pathPeriod: Period?

    func project(_ bytes: UnsafeRawBufferPointer, _ decoder: CellDecoder) -> Resolved<ProjectID> {
        let text = decoder.text(bytes)
        if text.isEmpty { return .blank }
        let id = ProjectID(ColumnName.fold(text))
        if let pathProject, pathProject != id {
            return .problem(.pathColumnMismatch(column: "projekt", path: pathProject.rawValue, cell: text))
        }
        guard catalogue.projects[id] != nil else { return .problem(.unknownProject(value: text)) }
        return .value(id)
    }

    func period(_ bytes: UnsafeRawBufferPointer, _ decoder: CellDecoder) -> Resolved<Period> {
        let text = decoder.text(bytes)
        if text.isEmpty { return .blank }
        guard case .whole(let number) = decoder.numbers.parse(bytes), catalogue.info(for: Period(number)) != nil else {
            return .problem(.periodOutsideCatalogue(value: text))
        }
        if let pathPeriod, pathPeriod.number != number {
            return .problem(.pathColumnMismatch(column: "periode", path: "\(pathPeriod)", cell: text))
        }
        return .value(Period(number))
    }

    /// The institution's name in NFC, without control characters or byte-order marks (a tab
    /// becomes a space), and the characters removed, for a warning (issue 15): the same name
    /// saved decomposed or with a pasted U+FEFF is the same institution, printed one way.
    func institution(
        _ bytes: UnsafeRawBufferPointer, _ decoder: CellDecoder
    ) -> (Resolved<String>, removed: [Unicode.Scalar]) {
        let (text, removed) = decoder.encoding.decode(bytes).removingControlCharacters()
        let name = text.trimmingSpaces().precomposed
        return (name.isEmpty ? .blank : .value(name), removed)
    }
}

/// A key cell resolved: a value, blank, or a problem to report at the row.
enum Resolved<Value> {
    case value(Value)
    case blank
    case problem(ProblemKind)
}
