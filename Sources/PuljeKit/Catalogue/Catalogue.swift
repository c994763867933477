import Foundation
import OrderedCollections

/// The reference data a run checks sheets against and groups results by (SPEC 1): the data
/// periods, the projects in catalogue order, each project's phase per period, and the
/// significant elements. The engine embeds the evaluation's catalogue (`Catalogue.standard`);
/// `--catalogue DIR` loads another with the same columns.
public struct Catalogue: Sendable {
    /// Files a catalogue folder must hold.
    public static let requiredFiles = ["periods.csv", "phases.csv", "projects.csv", "elements.csv"]

    public let periods: [PeriodInfo]
    public let projects: OrderedDictionary<ProjectID, Project>
    public let phases: [ProjectID: [Period: Phase]]
    public let elements: [Element]

    public init(
        periods: [PeriodInfo], projects: [Project], phases: [ProjectID: [Period: Phase]],
        elements: [Element] = []
    ) {
        self.periods = periods.sorted { $0.period < $1.period }
        self.projects = OrderedDictionary(uniqueKeysWithValues: projects.map { ($0.id, $0) })
        self.phases = phases
        self.elements = elements
    }

    /// The evaluation's catalogue, embedded in the engine (a copy of `Fixtures/catalogue`).
    public static let standard: Catalogue = {
        do {
            return try Catalogue(files: EmbeddedCatalogue.files, origin: "embedded catalogue")
        } catch {
            fatalError("The embedded catalogue is invalid: \(error)")  // pinned by a test
        }
    }()

    /// Loads the catalogue in a folder.
    public static func load(directory: String) throws(CatalogueError) -> Catalogue {
        var files: [String: [UInt8]] = [:]
        for name in requiredFiles {
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else {
                throw .missingFile(directory: directory, file: name)
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(file: path, reason: .permissionDeniedOrNotAFile)
            }
            files[name] = [UInt8](data)
        }
        return try Catalogue(files: files, origin: directory)
    }

    /// Builds a catalogue from the bytes of its files.
    init(files: [String: [UInt8]], origin: String) throws(CatalogueError) {
        func table(_ name: String) throws(CatalogueError) -> CatalogueTable {
            guard let bytes = files[name] else { throw .missingFile(directory: origin, file: name) }
            return try CatalogueTable(bytes: bytes, name: name)
        }
        let periodTable = try table("periods.csv")
        var periods: [PeriodInfo] = []
        for row in periodTable.rows {
            let period = Period(try periodTable.integer(row, "period", in: 1...99))
            guard !periods.contains(where: { $0.period == period }) else {
                throw .duplicate(file: periodTable.name, line: row.line, value: "\(period)")
            }
            periods.append(
                PeriodInfo(
                    period: period, from: try periodTable.text(row, "from"),
                    to: try periodTable.text(row, "to"),
                    collected: try periodTable.yesNo(row, "collected"),
                    note: try periodTable.optionalText(row, "note")))
        }

        let projectTable = try table("projects.csv")
        var projects: [Project] = []
        for row in projectTable.rows {
            let id = ProjectID(try projectTable.text(row, "project"))
            guard !projects.contains(where: { $0.id == id }) else {
                throw .duplicate(file: projectTable.name, line: row.line, value: id.rawValue)
            }
            projects.append(
                Project(
                    id: id,
                    municipality: try projectTable.text(row, "municipality"),
                    title: try projectTable.optionalText(row, "title"),
                    maturity: try projectTable.optionalText(row, "maturity"),
                    institutions: try projectTable.optionalInteger(row, "institutions"),
                    childrenPerPeriod: try projectTable.optionalInteger(row, "children_per_period"),
                    childrenNote: CatalogueText(
                        danish: try projectTable.optionalText(row, "children_note"),
                        english: try projectTable.optionalText(row, "children_note_en")),
                    partners: try projectTable.list(row, "partners"),
                    daycareTypes: try projectTable.list(row, "daycare_types"),
                    elements: try projectTable.list(row, "elements").map { item throws(CatalogueError) in
                        guard let number = Int(item) else {
                            throw .invalidValue(
                                file: projectTable.name, line: row.line, column: "elements",
                                value: item, expected: .elementNumbers)
                        }
                        return number
                    }))
        }

        let phaseTable = try table("phases.csv")
        var phases: [ProjectID: [Period: Phase]] = [:]
        for row in phaseTable.rows {
            let project = ProjectID(try phaseTable.text(row, "project"))
            guard projects.contains(where: { $0.id == project }) else {
                throw .unknownProject(file: phaseTable.name, line: row.line, value: project.rawValue)
            }
            let period = Period(try phaseTable.integer(row, "period", in: 1...99))
            guard periods.contains(where: { $0.period == period }) else {
                throw .unknownPeriod(file: phaseTable.name, line: row.line, value: "\(period)")
            }
            guard phases[project]?[period] == nil else {
                throw .duplicate(file: phaseTable.name, line: row.line, value: "\(project) \(period)")
            }
            phases[project, default: [:]][period] = Phase(try phaseTable.text(row, "phase"))
        }

        let elementTable = try table("elements.csv")
        var elements: [Element] = []
        for row in elementTable.rows {
            elements.append(
                Element(
                    number: try elementTable.integer(row, "element", in: 1...999),
                    name: try elementTable.text(row, "name"),
                    group: try elementTable.optionalText(row, "group")))
        }
        self.init(periods: periods, projects: projects, phases: phases, elements: elements)
    }

    public func info(for period: Period) -> PeriodInfo? {
        periods.first { $0.period == period }
    }

    /// The periods in which sheets were collected.
    public var collectedPeriods: [Period] {
        periods.filter(\.collected).map(\.period)
    }

    /// The project's phase in a period, per `phases.csv`.
    public func phase(of project: ProjectID, in period: Period) -> Phase? {
        phases[project]?[period]
    }

    /// The periods the catalogue gives a phase for a project (SPEC 4: a phase aggregate covers
    /// exactly these).
    public func periods(of project: ProjectID, in phase: Phase) -> [Period] {
        (phases[project] ?? [:]).filter { $0.value == phase }.keys.sorted()
    }
}

/// A catalogue file read as a table, with typed, located cell access.
struct CatalogueTable {
    private let table: CSVTable
    var name: String { table.name }
    var rows: [(line: Int, cells: [String])] { table.rows }

    init(bytes: [UInt8], name: String) throws(CatalogueError) {
        do {
            table = try CSVTable(bytes: bytes, name: name)
        } catch {
            switch error {
            case .malformedQuoting(_, let line): throw .malformedQuoting(file: name, line: line)
            case .unreadable(_, let reason): throw .unreadable(file: name, reason: FailureReason(reason))
            case .empty: throw .unreadable(file: name, reason: .empty)
            }
        }
    }

    private func cell(_ row: (line: Int, cells: [String]), _ column: String) throws(CatalogueError) -> String {
        guard let value = table.cell(row, column) else { throw .missingColumn(file: name, column: column) }
        return value
    }

    func optionalText(_ row: (line: Int, cells: [String]), _ column: String) throws(CatalogueError) -> String {
        table.column(column) == nil ? "" : try cell(row, column)
    }

    func text(_ row: (line: Int, cells: [String]), _ column: String) throws(CatalogueError) -> String {
        let value = try cell(row, column)
        guard !value.isEmpty else {
            throw .invalidValue(file: name, line: row.line, column: column, value: value, expected: .value)
        }
        return value
    }

    func integer(_ row: (line: Int, cells: [String]), _ column: String, in range: ClosedRange<Int>) throws(CatalogueError) -> Int
    {
        let value = try cell(row, column)
        guard let number = Int(value), range.contains(number) else {
            throw .invalidValue(
                file: name, line: row.line, column: column, value: value,
                expected: .wholeNumberIn(range))
        }
        return number
    }

    func optionalInteger(_ row: (line: Int, cells: [String]), _ column: String) throws(CatalogueError) -> Int? {
        let value = try optionalText(row, column)
        if value.isEmpty { return nil }
        guard let number = Int(value), number >= 0 else {
            throw .invalidValue(file: name, line: row.line, column: column, value: value, expected: .wholeNumber)
        }
        return number
    }

    func yesNo(_ row: (line: Int, cells: [String]), _ column: String) throws(CatalogueError) -> Bool {
        switch try cell(row, column).lowercased() {
        case "yes", "ja", "true": return true
        case "no", "nej", "false": return false
        case let value:
            throw .invalidValue(file: name, line: row.line, column: column, value: value, expected: .yesOrNo)
        }
    }

    func list(_ row: (line: Int, cells: [String]), _ column: String) throws(CatalogueError) -> [String] {
        try optionalText(row, column).split(separator: ";").map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
    }
}
