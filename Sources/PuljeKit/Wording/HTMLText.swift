/// The texts of `report.html` (`HTMLReport`) and its charts (`ScaleChart`, `TrafficLightChart`,
/// `PeriodAxis`). Headings and column heads it shares with summary.txt are `ReportText`'s, the
/// cost table's `CostText`'s.
enum HTMLText: WordedText {
    // The page head.

    /// `Evaluering af <data folder>`: the page's title and first heading.
    case title(name: String)
    /// The table of contents: its label, and its links to the last two sections.
    case contents, acrossProjectsLink

    // How to read the figures, said once before the first.

    case howToRead
    case legendScale, legendLights
    case legendSuppressed(minimumCell: Int)
    case legendImpactPhase
    /// The hatching of periods not collected, with those periods (`periode 3 (...)`).
    case legendHatching(notCollected: [String])

    // A project's section.

    case dataPerPeriod
    /// Children per period on average beside the published figure.
    case childrenPerPeriodOnAverage(perPeriod: String, published: String)
    case collaborationHeading, trafficLightsHeading
    /// Added to a series' title for the children who left (`trivsel_udgaaet`).
    case childrenWhoLeftSuffix
    case activity
    case activitiesCaption
    case institutionsHeading

    // The cross-project section.

    case acrossProjects
    case municipality, project, greenWellbeingFirst, greenWellbeingLast
    case projectsSideBySideCaption

    // The data quality.

    case fileColumn, lineColumn, columnColumn, severityColumn, codeColumn, problemColumn
    case problemsCaption
    /// The problems beyond those the page lists.
    case moreProblems(Int)

    // The charts.

    /// `Periode 3`, a tooltip's head.
    case periodTitle(Period)
    /// `periode 3`, inside a sentence.
    case periodInSentence(Period)
    /// A traffic-light segment's tooltip: `Periode 2: grøn 12 af 40 (30,0 %)`.
    case lightTooltip(period: Period, light: TrafficLight, count: Int, of: Int, share: String)
    /// A traffic-light chart's text alternative, from its periods' parts.
    case lightsDescription([String])
    /// A scale chart's text alternative, from its periods' parts.
    case scaleDescription([String])
    /// The label of a period not collected, and of the impact phase, on a chart's axis.
    case notCollected, impactPhaseNote
}
