/// What every rendering of one report run reads (`summary.txt`, `report.html`): the validated
/// data with its aggregation (its figures found by project) and costs, the catalogue, the
/// language and the projects asked for.
public struct ReportContext: Sendable {
    public let result: ValidationResult
    public let aggregation: Aggregation
    public let catalogue: Catalogue
    public let language: Language
    /// The data folder's name, for the title.
    public let name: String
    /// The projects reported (all when nil).
    public let projects: [ProjectID]?
    /// The running cost of the registered activities, or why it could not be computed.
    public let costs: Result<InterventionCosts, CostError>?
    /// The traffic-light suppression threshold (SPEC 4).
    public let minimumCell: Int

    public init(
        result: ValidationResult, aggregation: Aggregation, catalogue: Catalogue, language: Language = .danish,
        name: String, projects: [ProjectID]? = nil, costs: Result<InterventionCosts, CostError>? = nil,
        minimumCell: Int = 5
    ) {
        self.result = result
        self.aggregation = aggregation
        self.catalogue = catalogue
        self.language = language
        self.name = name
        self.projects = projects
        self.costs = costs
        self.minimumCell = minimumCell
    }

    /// A project's running costs over all periods, one row per activity, with the assumptions
    /// they rest on; or why they could not be computed, as a sentence. nil: costs not asked for.
    func costs(of project: ProjectID) -> Result<(totals: [InterventionCosts.Row], assumptions: [String]), CostFailure>? {
        switch costs {
        case nil: return nil
        case .failure(let error):
            return .failure(
                CostFailure(sentence: language.text(CostText.cannotCompute(reason: FailureMessage(error).sentence(language)))))
        case .success(let costs):
            return .success((costs.rows.filter { $0.project == project && $0.institution == nil }, assumptions(costs, project)))
        }
    }

    struct CostFailure: Error {
        let sentence: String
    }

    /// The assumption made where one indicator counts several of a project's activities.
    private func assumptions(_ costs: InterventionCosts, _ project: ProjectID) -> [String] {
        costs.sharedIndicators.filter { $0.project == project }.map { shared in
            language.text(CostText.sharedIndicator(shared.indicator, activities: shared.activities))
        }
    }
}

/// A rendering of one report run (`summary.txt`, `report.html`): what it reads comes from its
/// context, in the context's language.
protocol ReportRendering {
    var context: ReportContext { get }
}

extension ReportRendering {
    var language: Language { context.language }
    var catalogue: Catalogue { context.catalogue }
    var number: NumberFormat { NumberFormat(context.language) }
}
