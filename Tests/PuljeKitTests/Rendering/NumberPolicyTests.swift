import Testing
@testable import PuljeKit

/// One number policy (issue 16): a figure's kind says how it is rounded and written, so a
/// figure is the same number in every file that shows it.
@Suite struct NumberPolicyTests {
    static let files = Dictionary(
        uniqueKeysWithValues: DataReport(ReportFileTests.result, catalogue: .standard, name: "small").files().map {
            ($0.name, $0.contents)
        })

    @Test func tabel3sChildrenPerPeriodIsOneFigureInCSVTextAndHTML() throws {
        // Fixtures/small, all projects: periods 6-7 hold 10 + 20 + 5 and 12 + 18 children,
        // 65 over 2 periods = 32.5; all periods 8, 35 and 30, 73 over 3 = 24.333...
        let activity = try #require(Self.files["activity.csv"])
        #expect(activity.contains("\n*,*,6+7,,boern,32.50,3\n") && activity.contains("\n*,*,all,,boern,24.33,3\n"))
        let summary = try #require(Self.files["summary.txt"]).split(separator: "\n")
        let tabel3 = try #require(summary.firstIndex { $0.hasPrefix("Aktiviteter på tværs af projekter") })
        #expect(summary[tabel3...].contains { $0.hasPrefix("  Børn pr. periode") && $0.hasSuffix("32,50          24,33") })
        let html = try #require(Self.files["report.html"])
        #expect(html.contains("<tr><td>Børn pr. periode</td><td class=\"num\">32,50</td><td class=\"num\">24,33</td></tr>"))
        // Frederikshavn over its periods: 8, 30 and 30 children, 68 / 3 = 22.666...
        #expect(activity.contains("\nfrederikshavn,*,all,,boern,22.67,2\n"))
        #expect(summary.contains { $0.contains("Børn pr. periode i gennemsnit: 22,67 (publiceret: 441") })
        #expect(html.contains("Børn pr. periode i gennemsnit: 22,67 (publiceret: 441)."))
    }

    @Test func eachKindHasOneRenderingPerMedium() {
        let danish = NumberFormat(.danish)
        // A share of 5/32 = 0.15625: 0.1563 in CSV, 15.625 % = 15,6 % in text, 16 % as a label.
        let share = ReportNumber(Ratio(5, 32), .share)
        #expect(share.csv == "0.1563")
        #expect(danish.text(share) == "15,6" && danish.text(share, .label) == "16")
        // A relative change of 75/32: 2.3438 in CSV, 234 % in text.
        let change = ReportNumber(Ratio(75, 32), .relativeChange)
        #expect(change.csv == "2.3438" && danish.text(change) == "234")
        // A mean of 167/40 = 4.175 is 4.18 everywhere.
        #expect(ReportNumber(Ratio(167, 40), .mean).csv == "4.18" && danish.text(ReportNumber(Ratio(167, 40), .mean)) == "4,18")
        // Rating points: 4 decimals in CSV, 2 in text.
        let points = ReportNumber(Ratio(-7, 160), .points)
        #expect(points.csv == "-0.0438" && danish.text(points) == "-0,04")
        // p-values: 4 decimals in CSV, 3 in text, and below 0.001 as "<0,001".
        #expect(ReportNumber(measured: 0.00049, .probability).csv == "0.0005")
        #expect(danish.text(ReportNumber(measured: 0.00049, .probability)) == "<0,001")
        #expect(danish.text(ReportNumber(measured: 0.0125, .probability)) == "0,013")
        // Holdings 2.5: 2.50 in CSV, 3 in text; kroner whole; hours 2 decimals.
        #expect(
            ReportNumber(measured: 2.5, .holdings).csv == "2.50" && danish.text(ReportNumber(measured: 2.5, .holdings)) == "3")
        #expect(danish.kroner(1_098.5) == "1.099 kr." && ReportNumber(measured: 1_098.5, .kroner).csv == "1099")
        #expect(ReportNumber(measured: 1, .hours).csv == "1.00" && ReportNumber(measured: 2.25, .hours).csv == "2.25")
        // Children per holding and children per period: whole, else 2 decimals.
        #expect(ReportNumber(measured: 15, .groupSize).csv == "15" && ReportNumber(measured: 2.5, .groupSize).csv == "2.50")
        #expect(danish.text(ReportNumber(Ratio(8768, 2), .perPeriod)) == "4.384")
    }
}
