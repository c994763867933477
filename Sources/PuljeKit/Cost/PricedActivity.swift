import Foundation

/// One activity as the evaluation's cost tables publish it (SPEC 5, `activities.csv`): hours
/// per holding by role, children covered by one holding, establishment cost and the published
/// cost per child, so that computed and published can stand side by side.
public struct PricedActivity: Hashable, Sendable {
    public let project: ProjectID
    public let municipality: String
    /// `Tabel 4` ... as published.
    public let table: String
    public let name: String
    /// Hours per holding of the day-care roles (pædagog, pædagogisk leder, vikar).
    public let hours: [Role: Double]
    /// Hours of the partner professions, one figure for all of them (SPEC 5).
    public let partnerHours: Double
    /// The partner professions the partner hours cover, priced at their mean wage.
    public let partnerRoles: [Role]
    /// Children covered by one holding; nil when the table states none.
    public let childrenPerHolding: Double?
    /// The table's own wording of the cadence.
    public let cadence: String
    public let establishmentKr: Double?
    public let publishedCostPerChildKr: Double?
    /// The registered indicator that counts this activity's holdings (or, for an indicator
    /// that counts children, its children); nil when none does.
    public let indicator: Indicator?
    /// True when the published cost is reproducible from the table's hours (`check=yes`).
    public let heldToPublished: Bool
    public let note: String
    /// Where it came from, for errors.
    public let source: SourceLocation

    public init(
        project: ProjectID, municipality: String, table: String = "", name: String, hours: [Role: Double],
        partnerHours: Double = 0, partnerRoles: [Role] = [], childrenPerHolding: Double?, cadence: String = "",
        establishmentKr: Double? = nil, publishedCostPerChildKr: Double? = nil, indicator: Indicator? = nil,
        heldToPublished: Bool = true,
        note: String = "", source: SourceLocation = SourceLocation(file: "")
    ) {
        self.project = project
        self.municipality = municipality
        self.table = table
        self.name = name
        self.hours = hours
        self.partnerHours = partnerHours
        self.partnerRoles = partnerRoles
        self.childrenPerHolding = childrenPerHolding
        self.cadence = cadence
        self.establishmentKr = establishmentKr
        self.publishedCostPerChildKr = publishedCostPerChildKr
        self.indicator = indicator
        self.heldToPublished = heldToPublished
        self.note = note
        self.source = source
    }

    /// The evaluation's activities (embedded `activities.csv`).
    public static let standard: [PricedActivity] = {
        do {
            return try load(bytes: EmbeddedCatalogue.files["activities.csv"]!, name: "activities.csv")
        } catch {
            fatalError("The embedded activities are invalid: \(error)")  // pinned by a test
        }
    }()

    public static func load(_ path: String) throws(CostError) -> [PricedActivity] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: .notFoundOrUnreadable)
        }
        return try load(bytes: [UInt8](data), name: path)
    }

    static func load(bytes: [UInt8], name: String) throws(CostError) -> [PricedActivity] {
        let table = try CostTable(bytes: bytes, name: name)
        var activities: [PricedActivity] = []
        for row in table.rows {
            let activity = try table.text(row, "activity")
            var hours: [Role: Double] = [:]
            for (column, role) in [
                ("hours_paedagog", Role.paedagog), ("hours_paedagogisk_leder", .paedagogiskLeder), ("hours_vikar", .vikar),
            ] {
                let value = try table.optionalNumber(row, column) ?? 0
                guard value >= 0 else { throw .negativeHours(role: role.id, activity: activity, file: name, line: row.line) }
                if value > 0 { hours[role] = value }
            }
            let partnerHours = try table.optionalNumber(row, "hours_partner") ?? 0
            guard partnerHours >= 0 else {
                throw .negativeHours(role: "partner", activity: activity, file: name, line: row.line)
            }
            let children = try table.optionalNumber(row, "children_per_holding")
            let indicatorCell = table.optionalText(row, "indicator")
            var indicator: Indicator?
            if !indicatorCell.isEmpty {
                guard let known = Indicator(rawValue: ColumnName.fold(indicatorCell)) else {
                    throw .invalidValue(
                        file: name, line: row.line, column: "indicator", value: indicatorCell,
                        expected: .indicatorOrBlank)
                }
                indicator = known
            }
            if let children, children <= 0 { throw .noChildren(activity: activity, file: name, line: row.line) }
            activities.append(
                PricedActivity(
                    project: ProjectID(try table.text(row, "project")),
                    municipality: table.optionalText(row, "municipality"), table: table.optionalText(row, "table"),
                    name: activity, hours: hours, partnerHours: partnerHours,
                    partnerRoles: table.optionalText(row, "partner_roles").split(separator: ";").map { Role(String($0)) },
                    childrenPerHolding: children, cadence: table.optionalText(row, "cadence"),
                    establishmentKr: try table.optionalNumber(row, "establishment_kr"),
                    publishedCostPerChildKr: try table.optionalNumber(row, "published_cost_per_child_kr"),
                    indicator: indicator, heldToPublished: table.optionalText(row, "check").lowercased() != "no",
                    note: table.optionalText(row, "note"), source: SourceLocation(file: name, line: row.line)))
        }
        return activities
    }
}
