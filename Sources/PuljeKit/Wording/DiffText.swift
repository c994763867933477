/// The texts of `diff.txt` (`DiffSummary`): the comparison of two periods or phases per
/// project, its tests and its child panel. Column heads it shares with summary.txt
/// (`Samarbejde (1-7)`, `Andel grøn`) are `ReportText`'s.
enum DiffText: WordedText {
    // The head of the file.

    /// `pulje: periode 2 sammenlignet med periode 7 (<data folder>)`.
    case title(from: PeriodScope, to: PeriodScope, name: String)
    /// How to read the tables: stars, the smallest detectable difference, suppression.
    case legend(minimumCell: Int)
    case noRegistrations

    // The tables of a project.

    /// A side with nothing registered.
    case notRegistered
    case change
    /// The head of a difference with its 95% interval.
    case differenceWithInterval
    /// Why a difference of means has no Welch test although both sides have ratings.
    case noSpread
    /// The smallest difference the data could have detected (80% power): `påv. ±0,52`.
    case detectable(String)
    /// The sides cover different numbers of periods: their sums do not compare.
    case unevenSides

    // The child panel.

    /// `Samme børn (trivsel): 40 blev, 3 kom til, 2 gik`.
    case sameChildren(Assessment, stayed: Int, joined: Int, left: Int)
    /// The panel table's corner, its last column and its last row.
    case fromTo, left, joined
    /// What the leavers' column holds and what `x` means.
    case panelLegend(minimumCell: Int)
    /// The green share among the stayers on both sides (percentages as shown).
    case shareGreenAmongStayers(first: String, second: String)
    /// The panel's shares and tests are hidden, for they could give hidden counts away.
    case panelSharesHidden
    /// Too few stayed for shares or tests.
    case fewStayed(minimumCell: Int)
    /// Pseudonyms found on two active rows of one period, left out of the panel.
    case ambiguousPseudonyms(Int)

    // The institutions.

    /// How many institution series could be tested and how many changed significantly.
    case institutionSeries(tested: Int, of: Int, significant: Int)
}
