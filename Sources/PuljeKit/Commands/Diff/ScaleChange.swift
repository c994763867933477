/// How the ratings of one collaboration question moved between the two sides of a comparison
/// (`pulje diff`): the means on both sides and, with at least two ratings on each side,
/// Welch's t test of the difference (the institutions rating in the two periods are not
/// the same set, so the test is unpaired).
public struct ScaleChange: Hashable, Sendable {
    public let project: ProjectID
    public let institution: String?
    public let question: ScaleQuestion
    /// nil when nobody rated the question on that side.
    public let from: MeanSummary?
    public let to: MeanSummary?
    /// nil when a side has fewer than 2 ratings or neither side has any spread.
    public let test: PeriodTests.Welch?

    /// to - from in mean rating, exact.
    public var difference: Ratio? {
        guard let from, let to else { return nil }
        return to.exactMean - from.exactMean
    }

    /// True when the 5% test rejects "no change"; nil without a test.
    public var isSignificant: Bool? { test.map { $0.p < 0.05 } }

    /// For a change that is not significant: the smallest difference the ratings could have
    /// shown at 5% with 80% power, so that nobody reads noise as a trend.
    public var minimumDetectableDifference: Double? {
        guard isSignificant == false, let from, let to, let sdFrom = from.standardDeviation,
            let sdTo = to.standardDeviation
        else { return nil }
        return PeriodTests.minimumDetectableMeanDifference(sd1: sdFrom, n1: from.n, sd2: sdTo, n2: to.n)
    }

    init(project: ProjectID, institution: String?, question: ScaleQuestion, from: [Int], to: [Int]) {
        self.project = project
        self.institution = institution
        self.question = question
        self.from = MeanSummary(from)
        self.to = MeanSummary(to)
        self.test = PeriodTests.welch(from, to)
    }
}
