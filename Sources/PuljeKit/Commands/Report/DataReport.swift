import OrderedCollections

/// The files `pulje report` writes for a validated data set (SPEC 6): `summary.txt`, the tidy
/// CSV files of the analysis (`activity.csv`, `scales.csv`, `scale_distribution.csv`,
/// `traffic_light.csv`), the running cost of the registered activities
/// (`intervention_costs.csv`), `data_summary.csv` and `problems.csv`; on request the charts in
/// `report.html`.
public struct DataReport: Sendable {
    /// Which kinds of file to write.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case csv
        /// `report.html`, the charts (issue 7).
        case html
    }

    public let result: ValidationResult
    public let catalogue: Catalogue
    public let language: Language
    /// The data folder's name, for the title.
    public let name: String
    public let projects: [ProjectID]?
    public let minimumCell: Int
    /// The figures of every level (SPEC 4).
    public let aggregation: Aggregation
    /// The audit of the traffic-light suppression the report publishes; the CLI writes nothing
    /// when it does not hold.
    public let disclosure: DisclosureProof
    /// `traffic_light.csv` is written in parts of this many rows on all cores (a national run
    /// has a hundred thousand); the parts joined in order are the same file.
    var trafficLightRowsPerPart = 25_000

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
        aggregation = Aggregation(dataset: result.dataset, catalogue: catalogue, projects: projects, minimumCell: minimumCell)
        let hidden = aggregation.trafficLights.filter(\.suppressed)
        disclosure = DisclosureProof(
            trafficLights: aggregation.suppressions.sorted { $0.key < $1.key }.map(\.value),
            suppressions: [
                (
                    "traffic_light.csv",
                    .init(primary: hidden.count { $0.n < minimumCell }, secondary: hidden.count { $0.n >= minimumCell })
                )
            ])
    }

    /// The files to write into the report folder: as `files`, with `problems.csv` written as
    /// it is produced (a file of millions of rejected rows is listed in bounded memory).
    public func reportFiles(formats: Set<Format> = Set(Format.allCases), csvStyle: CSVWriter.Style = .standard)
        -> [ReportFile]
    {
        var files = self.files(formats: formats, csvStyle: csvStyle, listingProblems: false).reportFiles
        if formats.contains(.csv) { files.append(ProblemListing(result, language: language).file(style: csvStyle)) }
        return files
    }

    /// The files' texts; `problems.csv` among them unless `listingProblems` is false.
    public func files(
        formats: Set<Format> = Set(Format.allCases), csvStyle: CSVWriter.Style = .standard, listingProblems: Bool = true
    ) -> [(name: String, contents: String)] {
        let costs: Result<InterventionCosts, CostError> = Result {
            () throws(CostError) in
            try InterventionCosts(
                dataset: result.dataset, activities: PricedActivity.standard, model: CostModel(),
                projects: catalogue.projects.keys.filter { projects?.contains($0) ?? true })
        }
        let context = ReportContext(
            result: result, aggregation: aggregation, catalogue: catalogue, language: language, name: name,
            projects: projects, costs: costs, minimumCell: minimumCell)
        typealias Producer = (name: String, make: @Sendable () -> String)
        var producers: [Producer] = []
        if formats.contains(.text) {
            let disclosure = disclosure.lines(language, number: NumberFormat(language))
            producers.append(
                ("summary.txt", { EvaluationSummary(context).text + "\n" + disclosure.joined(separator: "\n") + "\n" }))
        }
        if formats.contains(.html) {
            producers.append(("report.html", { HTMLReport(context).html }))
        }
        if formats.contains(.csv) {
            let tables = AnalysisTables(aggregation)
            let analysis: [Producer] = [
                ("activity.csv", { tables.activity(style: csvStyle) }),
                ("scales.csv", { tables.scales(style: csvStyle) }),
                ("scale_distribution.csv", { tables.distribution(style: csvStyle) }),
            ]
            producers += analysis
            // The largest table by far, in parts, joined below.
            let lights = aggregation.trafficLights.count
            for start in stride(from: 0, through: max(lights - 1, 0), by: trafficLightRowsPerPart) {
                let rows = start..<min(start + trafficLightRowsPerPart, lights)
                producers.append(("traffic_light.csv", { tables.trafficLights(style: csvStyle, rows: rows) }))
            }
            if case .success(let costs) = costs {
                producers.append(("intervention_costs.csv", { costs.csv(style: csvStyle) }))
            }
            let summary = DataSummaryTable(aggregation.dataSummary)
            producers.append(("data_summary.csv", { summary.csv(style: csvStyle) }))
            if listingProblems {
                producers.append(("problems.csv", { [self] in ProblemListing(result, language: language).csv(style: csvStyle) }))
            }
        }
        // The files, and the parts of a file, are independent: written on all cores. Parts of
        // one file follow each other in `producers` and are joined in that order.
        let contents = producers.map(\.make).concurrentMap { $0() }
        var files: OrderedDictionary<String, String> = [:]
        for (producer, text) in zip(producers, contents) { files[producer.name, default: ""] += text }
        return files.map { (name: $0.key, contents: $0.value) }
    }
}
