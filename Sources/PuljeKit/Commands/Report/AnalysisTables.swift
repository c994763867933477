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

    // The rows are written cell by cell, numbers straight into the file's bytes (CSVWriter).

    public func activity(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.activityHeader, style: style)
        for figure in aggregation.activity {
            writer.figure(figure.project?.rawValue ?? "*", figure.institution, figure.scope, figure.phase)
            writer.text(figure.indicator.id)
            writer.number(figure.value.map { ReportNumber($0, .perPeriod) })
            writer.integer(figure.institutionsReporting)
            writer.endRow()
        }
        return writer.text
    }

    public func scales(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.scalesHeader, style: style)
        for figure in aggregation.scales {
            let summary = figure.summary
            writer.figure(figure.project.rawValue, figure.institution, figure.scope, figure.phase)
            writer.text(figure.question.id)
            writer.integer(summary.n)
            writer.number(ReportNumber(summary.exactMean, .mean))
            writer.number(points(summary.standardDeviation))
            writer.number(points(summary.confidenceInterval?.lowerBound))
            writer.number(points(summary.confidenceInterval?.upperBound))
            writer.endRow()
        }
        return writer.text
    }

    /// Project-level figures only (institutions' single ratings add nothing).
    public func distribution(style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: Self.distributionHeader, style: style)
        for figure in aggregation.scales where figure.institution == nil {
            for (offset, count) in figure.distribution.enumerated() {
                writer.text(figure.project.rawValue)
                writer.text(figure.scope.description)
                writer.text(figure.question.id)
                writer.integer(ScaleQuestion.ratings.lowerBound + offset)
                writer.integer(count)
                writer.endRow()
            }
        }
        return writer.text
    }

    public func trafficLights(style: CSVWriter.Style = .standard) -> String {
        trafficLights(style: style, rows: aggregation.trafficLights.indices)
    }

    /// The rows `rows` of `traffic_light.csv`, headed when they start at the first: the largest
    /// table (a national run has a hundred thousand rows) is written in parts on all cores, and
    /// the parts joined in order are the whole table.
    public func trafficLights(style: CSVWriter.Style, rows: Range<Int>) -> String {
        var writer =
            rows.lowerBound == 0
            ? CSVWriter(header: Self.trafficLightHeader, style: style) : CSVWriter(continuing: style)
        for figure in aggregation.trafficLights[rows] {
            writer.figure(figure.project.rawValue, figure.institution, figure.scope, figure.phase)
            writer.text(figure.series.id)
            writer.integer(figure.n)
            // A suppressed cell shows n only: its counts would give the shares away.
            for light in TrafficLight.allCases {
                if figure.suppressed { writer.blank() } else { writer.integer(figure.counts[light]) }
            }
            for light in TrafficLight.allCases {
                writer.number(figure.share(light).map { ReportNumber($0, .share) })
            }
            let interval = figure.greenInterval
            writer.number(interval.map { ReportNumber(measured: $0.lowerBound, .share) })
            writer.number(interval.map { ReportNumber(measured: $0.upperBound, .share) })
            writer.flag(figure.suppressed)
            writer.endRow()
        }
        return writer.text
    }

    /// A standard deviation or interval bound in rating points, measured (a square root).
    private func points(_ value: Double?) -> ReportNumber? {
        value.map { ReportNumber(measured: $0, .points) }
    }
}

extension CSVWriter {
    /// The cells naming a figure: project, institution (`*` for all), period and phase.
    mutating func figure(_ project: String, _ institution: String?, _ scope: PeriodScope, _ phase: Phase?) {
        text(project)
        text(institution ?? "*")
        text(scope.description)
        text(phase?.name ?? "")
    }
}
