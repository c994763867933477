/// The files `pulje report` writes for a validated data set (SPEC 6): `summary.txt`, the tidy
/// CSV files of the analysis (`activity.csv`, `scales.csv`, `scale_distribution.csv`,
/// `traffic_light.csv`), the running cost of the registered activities
/// (`intervention_costs.csv`), `data_summary.csv` and `problems.csv`.
public struct DataReport: Sendable {
    /// Which kinds of file to write.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case csv
    }

    public let result: ValidationResult
    public let catalogue: Catalogue
    public let language: Language
    /// The data folder's name, for the title.
    public let name: String
    public let projects: [ProjectID]?
    public let minimumCell: Int

    public init(
        _ result: ValidationResult, catalogue: Catalogue, language: Language = .danish, name: String,
        projects: [ProjectID]? = nil, minimumCell: Int = 5
    ) {
        self.result = result
        self.catalogue = catalogue
        self.language = language
        self.name = name
        self.projects = projects
        self.minimumCell = minimumCell
    }

    public func files(
        formats: Set<Format> = Set(Format.allCases), csvStyle: CSVWriter.Style = .standard
    ) -> [(name: String, contents: String)] {
        let aggregation = Aggregation(
            dataset: result.dataset, catalogue: catalogue, projects: projects, minimumCell: minimumCell)
        let costs: Result<InterventionCosts, CostError> = Result {
            () throws(CostError) in
            try InterventionCosts(
                dataset: result.dataset, activities: PricedActivity.standard, model: CostModel(),
                projects: catalogue.projects.keys.filter { projects?.contains($0) ?? true })
        }
        var files: [(name: String, contents: String)] = []
        if formats.contains(.text) {
            let summary = EvaluationSummary(
                result: result, aggregation: aggregation, catalogue: catalogue, language: language, name: name,
                projects: projects, costs: costs)
            files.append(("summary.txt", summary.text))
        }
        if formats.contains(.csv) {
            files += AnalysisTables(aggregation).files(style: csvStyle)
            if case .success(let costs) = costs { files.append(("intervention_costs.csv", costs.csv(style: csvStyle))) }
            files.append(("data_summary.csv", DataSummary(result.dataset, catalogue: catalogue).csv(style: csvStyle)))
            files.append(("problems.csv", ProblemListing(result, language: language).csv(style: csvStyle)))
        }
        return files
    }
}
