/// Turns the raw key cells of a row into a project, period and institution, checking them
/// against the catalogue and against what the file's path says (SPEC 3.3, 3.5).
struct KeyCellResolver {
    let catalogue: Catalogue
    var encoding = TextEncoding.utf8
    var numbers = NumberStyle.decimalPoint
    var pathProject: ProjectID?
    var pathPeriod: Period?

    func project(_ bytes: UnsafeRawBufferPointer) -> Resolved<ProjectID> {
        let text = encoding.decode(bytes).trimmingSpaces()
        if text.isEmpty { return .blank }
        let id = ProjectID(ColumnName.fold(text))
        if let pathProject, pathProject != id {
            return .problem(.pathColumnMismatch(column: "projekt", path: pathProject.rawValue, cell: text))
        }
        guard catalogue.projects[id] != nil else { return .problem(.unknownProject(value: text)) }
        return .value(id)
    }

    func period(_ bytes: UnsafeRawBufferPointer) -> Resolved<Period> {
        let text = encoding.decode(bytes).trimmingSpaces()
        if text.isEmpty { return .blank }
        guard case .whole(let number) = numbers.parse(bytes), catalogue.info(for: Period(number)) != nil else {
            return .problem(.periodOutsideCatalogue(value: text))
        }
        if let pathPeriod, pathPeriod.number != number {
            return .problem(.pathColumnMismatch(column: "periode", path: "\(pathPeriod)", cell: text))
        }
        return .value(Period(number))
    }

    func institution(_ bytes: UnsafeRawBufferPointer) -> Resolved<String> {
        let name = encoding.decode(bytes).trimmingSpaces()
        return name.isEmpty ? .blank : .value(name)
    }
}

/// A key cell resolved: a value, blank, or a problem to report at the row.
enum Resolved<Value> {
    case value(Value)
    case blank
    case problem(ProblemKind)
}
