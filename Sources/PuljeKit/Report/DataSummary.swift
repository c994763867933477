/// What a validated data set holds, per project and period: how many institutions registered,
/// how many children they attached, which indicators they registered, and how many children
/// were placed on the traffic light. The first page of a run's report, and the check an
/// evaluator makes before analysing: is everything there that should be?
public struct DataSummary: Sendable {
    /// One project in one period.
    public struct Cell: Sendable, Equatable {
        public let period: Period
        public let phase: Phase?
        /// Institutions with a registration (sheet row or child rows).
        public let institutions: Int
        /// Sum of `boern` over the institutions that registered it; nil when none did.
        public let children: Int?
        /// Institutions that registered `boern`.
        public let institutionsReportingChildren: Int
        /// Children placed on the wellbeing traffic light; nil when no institution registered it.
        public let assessedWellbeing: Int?
        /// Child-sheet rows the traffic lights were counted from.
        public let childRows: Int
    }

    /// One project across its periods.
    public struct ProjectSummary: Sendable {
        public let project: Project
        public let cells: [Cell]
        /// Distinct institutions across all periods.
        public let institutions: Int
        /// Indicators registered at least once (SPEC 2.1, 2.2).
        public let indicators: [Indicator]
        /// Scale questions rated at least once (SPEC 2.3).
        public let questions: [ScaleQuestion]

        /// SPEC 4: the mean over registered periods of the sum over institutions.
        public var childrenPerPeriod: Ratio? {
            let sums = cells.compactMap(\.children)
            guard !sums.isEmpty else { return nil }
            return Ratio(sums.reduce(0, +), sums.count)
        }
    }

    public let projects: [ProjectSummary]
    public let catalogue: Catalogue

    /// - Parameter projects: the projects a report is limited to (`--project`); all when nil.
    public init(_ dataset: Dataset, catalogue: Catalogue, projects: [ProjectID]? = nil) {
        self.catalogue = catalogue
        var summaries: [ProjectSummary] = []
        // Catalogue order first (SPEC 6 sorts deterministically; reports follow the catalogue).
        for project in catalogue.projects.values where projects?.contains(project.id) ?? true {
            let registrations = dataset.registrations(of: project.id)
            guard !registrations.isEmpty else { continue }
            // One pass over the project's registrations, summed per period.
            var tallies: [Period: PeriodTally] = [:]
            for registration in registrations {
                tallies[registration.key.period, default: PeriodTally()].add(registration)
            }
            let cells = tallies.keys.sorted().map { period in
                let tally = tallies[period]!
                return Cell(
                    period: period, phase: catalogue.phase(of: project.id, in: period),
                    institutions: tally.institutions,
                    children: tally.institutionsReportingChildren == 0 ? nil : tally.children,
                    institutionsReportingChildren: tally.institutionsReportingChildren,
                    assessedWellbeing: tally.institutionsAssessingWellbeing == 0 ? nil : tally.assessedWellbeing,
                    childRows: tally.childRows)
            }
            summaries.append(
                ProjectSummary(
                    project: project, cells: cells,
                    institutions: Set(registrations.map(\.key.institution)).count,
                    indicators: Indicator.allCases.filter { indicator in
                        registrations.contains { $0[indicator] != nil }
                    },
                    questions: ScaleQuestion.allCases.filter { question in
                        registrations.contains { $0[question] != nil }
                    }))
        }
        self.projects = summaries
    }

    /// One project's sums in one period, gathered registration by registration.
    private struct PeriodTally {
        var institutions = 0
        var children = 0
        var institutionsReportingChildren = 0
        var assessedWellbeing = 0
        var institutionsAssessingWellbeing = 0
        var childRows = 0

        mutating func add(_ registration: Registration) {
            institutions += 1
            if let attached = registration[.boern] {
                children += attached
                institutionsReportingChildren += 1
            }
            if let wellbeing = registration[TrafficLightSeries(.trivsel)] {
                assessedWellbeing += wellbeing.total
                institutionsAssessingWellbeing += 1
            }
            childRows += registration.childRows?.rows ?? 0
        }
    }

    /// `data_summary.csv`: one row per project and period.
    public static let csvHeader = [
        "project", "period", "phase", "institutions", "children", "institutions_reporting_children",
        "assessed_trivsel", "child_rows",
    ]

    public func csv(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.csvHeader, style: style)
        for summary in projects {
            for cell in summary.cells {
                writer.text(summary.project.id.rawValue)
                writer.text("\(cell.period)")
                writer.text(cell.phase?.name ?? "")
                writer.integer(cell.institutions)
                writer.integer(cell.children)
                writer.integer(cell.institutionsReportingChildren)
                writer.integer(cell.assessedWellbeing)
                writer.integer(cell.childRows)
                writer.endRow()
            }
        }
        return writer.text
    }

    /// A section per project, in catalogue order, aligned for a terminal.
    public func text(_ language: Language) -> String {
        projects.flatMap { summary in
            ["\(summary.project.municipality): \(summary.project.title) (\(summary.project.id))"]
                + lines(for: summary, language) + [""]
        }.joined(separator: "\n")
    }

    /// The project's periods, phases, institutions and children, and its children per period
    /// beside the published figure.
    func lines(for summary: ProjectSummary, _ language: Language) -> [String] {
        let number = NumberFormat(language)
        let blank = "-"
        let project = summary.project
        var table = TextTable()
        table.add([language.pick(da: "Periode", en: "Period")] + summary.cells.map { "\($0.period)" })
        table.add(
            [language.pick(da: "Fase", en: "Phase")]
                + summary.cells.map { $0.phase.map { String($0.name.prefix(4)) + "." } ?? blank })
        table.add(
            [language.pick(da: "Dagtilbud", en: "Institutions")] + summary.cells.map { number.integer($0.institutions) })
        table.add(
            [language.pick(da: "Børn tilknyttet", en: "Children attached")]
                + summary.cells.map { $0.children.map(number.integer) ?? blank })
        table.add(
            [language.pick(da: "Børn vurderet (trivsel)", en: "Children assessed (wellbeing)")]
                + summary.cells.map { $0.assessedWellbeing.map(number.integer) ?? blank })
        var out = table.lines(indent: 2)
        let perPeriod = summary.childrenPerPeriod.map { number.text(ReportNumber($0, .perPeriod)) } ?? blank
        let published = project.childrenPerPeriod.map(number.integer) ?? blank
        out += wrapLine(
            language.pick(
                da: "Børn pr. periode i gennemsnit: \(perPeriod) (publiceret: \(published), \(project.childrenNote))",
                en: "Children per period on average: \(perPeriod) (published: \(published), \(project.childrenNote))"),
            indent: 2)
        return out
    }
}

/// Wraps a line at 100 characters, continuation lines indented further.
func wrapLine(_ text: String, indent: Int) -> [String] {
    var lines: [String] = []
    var current = String(repeating: " ", count: indent)
    for word in text.split(separator: " ") {
        if current.count + word.count + 1 > 100 && !current.trimmingSpaces().isEmpty {
            lines.append(current)
            current = String(repeating: " ", count: indent + 4)
        }
        current += (current.isEmpty || current.last == " " ? "" : " ") + word
    }
    lines.append(current)
    return lines
}

/// Plain-text table for terminal reports: first column left-aligned, others right-aligned.
struct TextTable {
    private var rows: [[String]] = []

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    var rowCount: Int { rows.count }

    func lines(indent: Int = 0) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        let pad = String(repeating: " ", count: indent)
        return rows.map { row in
            var line = pad
            for (column, cell) in row.enumerated() {
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                line += column == 0 ? cell + fill : "  " + fill + cell
            }
            // An empty last column leaves no trailing spaces.
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
