/// The texts of a report run's renderings: `summary.txt` (`EvaluationSummary`), the data lines
/// of each project (`DataSummaryTable`), problem listings (`ProblemListing`), and the labels
/// and headings report.html shares with them (`HTMLReport` asks for these by the same names,
/// so that the two say the same thing alike).
enum ReportText: WordedText {
    // The counts of a run, as `pulje validate`, summary.txt and report.html open with them.

    /// `103 filer, 1.315 rækker (0 afvist), 15 projekter, 104 dagtilbud, 6 perioder: 0 fejl,
    /// 0 advarsler`, each noun in the number of its count.
    case runCounts(RunCounts)
    /// Rows skipped with `--skip-invalid`.
    case rowsSkipped(Int)

    // Problem listings, grouped by file.

    /// `ark Registrering`: the worksheet of a workbook.
    case sheet(String)
    /// `celle D7`: a workbook cell.
    case cell(String)
    /// `linje 12`.
    case line(Int)
    /// `kolonne 3`, for a cell whose column has no name.
    case column(Int)
    /// `fejl` or `advarsel`.
    case severity(Severity)
    /// The problems of a code beyond those a file keeps: counted, all in problems.csv.
    case moreOfCodeInFile(count: Int, code: String)

    // summary.txt: the title and each project's section.

    /// `pulje: evaluering af <data folder>`.
    case summaryTitle(name: String)
    /// The project never reached the impact phase in the data periods.
    case noImpactPhase
    /// The data problems met in a project's files.
    case dataProblems(errors: Int, warnings: Int)
    /// A mean's period in a scale line: `p.2`.
    case periodShort(PeriodScope)
    /// The direction of a question's mean from the first to the last period.
    case up, down, unchanged
    /// A share hidden for the children's sake.
    case suppressed
    /// The data-quality section when no problem was met.
    case noProblems

    // Column heads and headings summary.txt and report.html share.

    case period, phase, institutions, childrenAttached, childrenAssessedWellbeing
    /// Children per period on average beside the published figure and the catalogue's
    /// qualifier of it (`gennemsnit pr. periode`), in the run's language; without the
    /// qualifier where the catalogue gives none.
    case childrenPerPeriodOnAverage(perPeriod: String, published: String, note: CatalogueText)
    case impactPhase, wholePeriod, activities
    case collaborationScale, first, last, direction, shareGreen
    /// The cross-project table, as the evaluation's Tabel 3: its heading, its first column
    /// head, and the label of its `boern` row.
    case acrossProjectsTable, lastTwelveMonths, childrenPerPeriod
    case dataQuality

    /// What `runCounts` counts.
    struct RunCounts: Hashable {
        let files: Int
        let rows: Int
        let rejectedRows: Int
        let projects: Int
        let institutions: Int
        let periods: Int
        let errors: Int
        let warnings: Int
    }
}
