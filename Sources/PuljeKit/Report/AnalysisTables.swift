/// The tidy CSV files of an analysis (SPEC 6 column contracts): `activity.csv`, `scales.csv`,
/// `scale_distribution.csv` and `traffic_light.csv`. `*` stands for all projects or all
/// institutions; empty cells mean "not registered" or "suppressed", never 0.
public struct AnalysisTables: Sendable {
    public let aggregation: Aggregation

    public init(_ aggregation: Aggregation) {
        self.aggregation = aggregation
    }

    public static let activityHeader = [
        "project", "institution", "period", "phase", "indicator", "value", "institutions_reporting",
    ]
    public static let scalesHeader = [
        "project", "institution", "period", "phase", "question", "n", "mean", "sd", "ci_low", "ci_high",
    ]
    public static let distributionHeader = ["project", "period", "question", "rating", "count"]
    public static let trafficLightHeader = [
        "project", "institution", "period", "phase", "measure", "n", "green", "yellow", "red", "share_green",
        "share_yellow", "share_red", "green_ci_low", "green_ci_high", "suppressed",
    ]

    /// Files by name.
    public func files(style: CSVWriter.Style = .standard) -> [(name: String, contents: String)] {
        [
            ("activity.csv", activity(style: style)), ("scales.csv", scales(style: style)),
            ("scale_distribution.csv", distribution(style: style)),
            ("traffic_light.csv", trafficLights(style: style)),
        ]
    }

    public func activity(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.activityHeader, style: style)
        for figure in aggregation.activity {
            writer.append([
                figure.project?.rawValue ?? "*", figure.institution ?? "*", "\(figure.scope)",
                figure.phase?.name ?? "", figure.indicator.id, figure.value.map(Self.count) ?? "",
                "\(figure.institutionsReporting)",
            ])
        }
        return writer.text
    }

    public func scales(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.scalesHeader, style: style)
        for figure in aggregation.scales {
            let summary = figure.summary
            writer.append([
                figure.project.rawValue, figure.institution ?? "*", "\(figure.scope)", figure.phase?.name ?? "",
                figure.question.id, "\(summary.n)", CSVNumber.fixed(summary.mean, places: 2),
                summary.standardDeviation.map { CSVNumber.fixed($0, places: 4) } ?? "",
                summary.confidenceInterval.map { CSVNumber.fixed($0.lowerBound, places: 4) } ?? "",
                summary.confidenceInterval.map { CSVNumber.fixed($0.upperBound, places: 4) } ?? "",
            ])
        }
        return writer.text
    }

    /// Project-level figures only (institutions' single ratings add nothing).
    public func distribution(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.distributionHeader, style: style)
        for figure in aggregation.scales where figure.institution == nil {
            for (offset, count) in figure.distribution.enumerated() {
                writer.append([
                    figure.project.rawValue, "\(figure.scope)", figure.question.id,
                    "\(ScaleQuestion.ratings.lowerBound + offset)", "\(count)",
                ])
            }
        }
        return writer.text
    }

    public func trafficLights(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.trafficLightHeader, style: style)
        for figure in aggregation.trafficLights {
            let share = { (light: TrafficLight) in figure.share(light).map { CSVNumber.fixed($0, places: 4) } ?? "" }
            // A suppressed cell shows n only: its counts would give the shares away.
            let count = { (light: TrafficLight) in figure.suppressed ? "" : "\(figure.counts[light])" }
            writer.append([
                figure.project.rawValue, figure.institution ?? "*", "\(figure.scope)", figure.phase?.name ?? "",
                figure.series.id, "\(figure.n)", count(.green), count(.yellow), count(.red),
                share(.green), share(.yellow), share(.red),
                figure.greenInterval.map { CSVNumber.fixed($0.lowerBound, places: 4) } ?? "",
                figure.greenInterval.map { CSVNumber.fixed($0.upperBound, places: 4) } ?? "",
                figure.suppressed ? "true" : "false",
            ])
        }
        return writer.text
    }

    /// Sums print as whole numbers, children per period (a mean) with 2 decimals (SPEC 6).
    static func count(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : CSVNumber.fixed(value, places: 2)
    }
}
