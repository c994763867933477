/// What a figure is, which decides how every output rounds and writes it: the one number
/// policy of CSV files, text and HTML (SPEC 6). CSV files carry a figure to the precision the
/// SPEC gives it (shares 4 decimals, means 2, kroner whole); text and HTML show it to reading
/// precision (a share as a percentage with one decimal). Both round half away from zero on
/// the figure's exact decimal value (`RoundedNumber`), so a figure is the same number in
/// every file that shows it at the same precision.
public enum FigureKind: Sendable, Hashable, CaseIterable {
    /// Children, events, institutions, ratings: whole numbers.
    case count
    /// An activity figure (SPEC 4): a sum of counts, or, for `boern` over several periods,
    /// children per period (the mean of the period sums), or a difference of these: whole
    /// when it is whole, else 2 decimals, in every output.
    case perPeriod
    /// A mean rating on the 1-7 scale: 2 decimals.
    case mean
    /// Rating points other than the mean (a standard deviation, an interval bound, a
    /// difference between means, the smallest detectable difference): 4 decimals in CSV, 2 in
    /// text.
    case points
    /// A share in [0, 1], a difference of shares or an interval bound of either: 4 decimals in
    /// CSV; in text a percentage (percentage points for a difference) with 1 decimal, a whole
    /// percentage as a chart's label.
    case share
    /// A relative change, (to - from) / from: 4 decimals in CSV, a whole percentage in text.
    case relativeChange
    /// A test statistic (t, chi-square): 4 decimals.
    case statistic
    /// A p-value: 4 decimals in CSV, 3 in text.
    case probability
    /// Kroner: whole kroner.
    case kroner
    /// Kroner per hour: 2 decimals (øre).
    case hourlyRate
    /// Hours of work: 2 decimals.
    case hours
    /// Holdings of an activity, or the children they reach, from counts split over activities
    /// and group sizes: 2 decimals in CSV, whole in text.
    case holdings
    /// Children per holding of an activity: whole when it is whole, else 2 decimals.
    case groupSize
    /// A percentage (a cost's deviation from the published cost, a tolerance): 2 decimals in
    /// CSV, 1 in text.
    case percent
    /// A price-index factor: 4 decimals.
    case factor

    /// Where a figure is written.
    public enum Medium: Sendable {
        /// CSV files and the `data-*` attributes of report.html, which hold the CSV figures.
        case csv
        /// summary.txt, diff.txt, the cost tables and report.html's tables and tooltips.
        case text
        /// A chart's label inside a bar, where there is room for few digits.
        case label
    }

    /// How a kind is written in one medium.
    public struct Rendering: Sendable, Hashable {
        /// Decimals after the mark.
        public let places: Int
        /// A whole value is written without decimals (`4384`, `4083.50`).
        public let wholeWithoutDecimals: Bool
        /// The value is shown times 100, as a percentage.
        public let asPercentage: Bool

        init(places: Int, wholeWithoutDecimals: Bool = false, asPercentage: Bool = false) {
            self.places = places
            self.wholeWithoutDecimals = wholeWithoutDecimals
            self.asPercentage = asPercentage
        }
    }

    /// The kind's rendering in `medium`.
    public func rendering(_ medium: Medium) -> Rendering {
        switch (self, medium) {
        case (.count, _), (.kroner, _): Rendering(places: 0)
        case (.perPeriod, _), (.groupSize, _): Rendering(places: 2, wholeWithoutDecimals: true)
        case (.mean, _), (.hourlyRate, _), (.hours, _): Rendering(places: 2)
        case (.points, .csv), (.share, .csv), (.relativeChange, .csv), (.statistic, .csv), (.probability, .csv),
            (.factor, _):
            Rendering(places: 4)
        case (.points, _), (.statistic, _): Rendering(places: 2)
        case (.share, .label), (.relativeChange, _): Rendering(places: 0, asPercentage: true)
        case (.share, _): Rendering(places: 1, asPercentage: true)
        case (.probability, _): Rendering(places: 3)
        case (.holdings, .csv), (.percent, .csv): Rendering(places: 2)
        case (.holdings, _): Rendering(places: 0)
        case (.percent, _): Rendering(places: 1)
        }
    }
}
