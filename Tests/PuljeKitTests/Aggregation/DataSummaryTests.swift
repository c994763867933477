import Testing
@testable import PuljeKit

/// The data summary is read off the aggregation (issue 16): it covers the projects the report
/// covers, and its children per period is the report's `boern` figure.
@Suite struct DataSummaryTests {
    @Test func dataSummaryUnderProjectHoldsOnlyThatProject() throws {
        let report = DataReport(EvaluationFixtureTests.result, catalogue: .standard, name: "evaluation", projects: ["haderslev"])
        let files = Dictionary(uniqueKeysWithValues: report.files(formats: [.csv, .text]).map { ($0.name, $0.contents) })
        let rows = try #require(files["data_summary.csv"]).split(separator: "\n").dropFirst()
        // Haderslev registered periods 1, 2 and 4-7 (period 3 was not collected).
        #expect(rows.map { $0.split(separator: ",")[1] } == ["1", "2", "4", "5", "6", "7"])
        #expect(rows.allSatisfy { $0.hasPrefix("haderslev,") })
        #expect(report.aggregation.dataSummary.projects.map(\.project.id) == ["haderslev"])
        let summary = try #require(files["summary.txt"])
        #expect(summary.contains("(haderslev)\n") && !summary.contains("(frederikshavn)\n"))
    }

    @Test func childrenPerPeriodIsTheAggregatedFigure() throws {
        // Fixtures/small: Frederikshavn attached 8, 10 + 20 and 10 + 20 children in periods 1, 6
        // and 7: 68 over 3 periods; Haderslev 5 in period 6.
        let aggregation = Aggregation(dataset: ReportFileTests.result.dataset, catalogue: .standard)
        let summaries = aggregation.dataSummary.projects
        #expect(summaries.map(\.project.id) == ["frederikshavn", "haderslev"])
        #expect(summaries[0].childrenPerPeriod == Ratio(68, 3) && summaries[1].childrenPerPeriod == 5)
        #expect(summaries[0].cells.map(\.children) == [8, 30, 30])
        #expect(summaries[0].indicators == [.boern, .hjemmebesoeg] && summaries[1].indicators == [.boern, .kufferter])
        for summary in summaries {
            let figure = aggregation.activity(of: summary.project.id).first {
                $0.institution == nil && $0.indicator == .boern && $0.scope == .all
            }
            #expect(summary.childrenPerPeriod == figure?.value)
        }
    }
}
