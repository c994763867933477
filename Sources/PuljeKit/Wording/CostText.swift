/// The texts of costs as pulje shows them: `pulje cost`'s tables (`CostReport`), laid out like
/// the evaluation's, and the running cost of the registered activities in summary.txt and
/// report.html (`ReportContext`, `EvaluationSummary`, `HTMLReport`).
enum CostText: WordedText {
    // `pulje cost`: the rows of a project's table, and what follows it.

    /// Hours of one role, or of the partner professions whose hours are one figure (joined by
    /// `;`): `Timer, pædagog`, each role by its label.
    case hours([Role])
    case costPerHolding, childrenPerHolding, costPerChildComputed, costPerChildPublished, deviation, establishment
    /// An activity whose published cost the table's hours do not explain, with the
    /// catalogue's note on why (activities.csv `check=no`).
    case notHeldToPublished(activity: String, note: String)
    /// The heading of the notes on what the prices rest on.
    case notes

    // The running cost of the registered activities (summary.txt, report.html).

    /// Why costs could not be computed (`reason`: the cost error's message).
    case cannotCompute(reason: String)
    /// One indicator counts several of a project's activities: its count is split equally.
    case sharedIndicator(Indicator, activities: [String])
    /// summary.txt's table head, and report.html's heading.
    case runningCostTable, runningCostHeading
    case holdings, total, perChild
    /// report.html's caption: how the model prices an hour.
    case modelCaption
}
