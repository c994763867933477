/// What the data set holds (`DataSummary`) as a report shows it: `data_summary.csv`, one row
/// per project and period, and the data lines of each project's section in summary.txt.
public struct DataSummaryTable: Sendable {
    public let summary: DataSummary

    public init(_ summary: DataSummary) {
        self.summary = summary
    }

    /// `data_summary.csv`: one row per project and period.
    public static let csvHeader = [
        "project", "period", "phase", "institutions", "children", "institutions_reporting_children",
        "assessed_trivsel", "child_rows",
    ]

    public func csv(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.csvHeader, style: style)
        for project in summary.projects {
            for cell in project.cells {
                writer.text(project.project.id.rawValue)
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

    /// The project's periods, phases, institutions and children, and its children per period
    /// beside the published figure with the catalogue's note on it in `language`.
    static func lines(for summary: DataSummary.ProjectSummary, _ language: Language) -> [String] {
        let number = NumberFormat(language)
        let blank = "-"
        let project = summary.project
        var table = TextTable()
        table.add([language.text(ReportText.period)] + summary.cells.map { "\($0.period)" })
        table.add(
            [language.text(ReportText.phase)] + summary.cells.map { $0.phase.map { String($0.name.prefix(4)) + "." } ?? blank })
        table.add([language.text(ReportText.institutions)] + summary.cells.map { number.integer($0.institutions) })
        table.add([language.text(ReportText.childrenAttached)] + summary.cells.map { $0.children.map(number.integer) ?? blank })
        table.add(
            [language.text(ReportText.childrenAssessedWellbeing)]
                + summary.cells.map { $0.assessedWellbeing.map(number.integer) ?? blank })
        var out = table.lines(indent: 2)
        let perPeriod = summary.childrenPerPeriod.map { number.text(ReportNumber($0, .perPeriod)) } ?? blank
        let published = project.childrenPerPeriod.map(number.integer) ?? blank
        out += wrapLine(
            language.text(
                ReportText.childrenPerPeriodOnAverage(perPeriod: perPeriod, published: published, note: project.childrenNote)),
            indent: 2)
        return out
    }
}
