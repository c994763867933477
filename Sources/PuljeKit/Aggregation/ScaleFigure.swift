/// One collaboration question summarised over a set of registrations (SPEC 4, `scales.csv`):
/// the institutions' ratings with n, mean, sd and the t-based 95% interval, and how the
/// ratings are distributed over 1-7 (`scale_distribution.csv`). Nobody rated it: no figure.
public struct ScaleFigure: Hashable, Sendable {
    public let project: ProjectID
    public let institution: String?
    public let scope: PeriodScope
    public let phase: Phase?
    public let question: ScaleQuestion
    public let summary: MeanSummary
    /// Ratings given per value 1...7 (index 0 is rating 1).
    public let distribution: [Int]

    static func aggregate(
        _ question: ScaleQuestion, over registrations: some Collection<Registration>, project: ProjectID,
        institution: String?, scope: PeriodScope, phase: Phase?
    ) -> ScaleFigure? {
        // By index, reading in place (see ActivityFigure.aggregate).
        let ratings = registrations.indices.compactMap { registrations[$0][question] }
        guard let summary = MeanSummary(ratings) else { return nil }
        var distribution = Array(repeating: 0, count: ScaleQuestion.ratings.count)
        for rating in ratings { distribution[rating - ScaleQuestion.ratings.lowerBound] += 1 }
        return ScaleFigure(
            project: project, institution: institution, scope: scope, phase: phase,
            question: question, summary: summary, distribution: distribution)
    }
}
