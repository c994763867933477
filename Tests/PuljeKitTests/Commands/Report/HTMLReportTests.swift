import Foundation
import Testing

@testable import PuljeKit

/// `report.html` (issue 7): every value a chart draws is read back from the SVG geometry and
/// compared with the CSV files of the same run; the page is self-contained, accessible and
/// keeps suppressed counts out.
@Suite struct HTMLReportTests {
    static let files = DataReport(EvaluationFixtureTests.result, catalogue: .standard, name: "evaluation").files()
    static let html = files.first { $0.name == "report.html" }!.contents

    /// A CSV output as rows of header -> cell.
    static func table(_ name: String) throws -> [[String: String]] {
        let table = try CSVTable(bytes: Array(files.first { $0.name == name }!.contents.utf8), name: name)
        return table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0.cells)) }
    }

    @Test func scaleChartPointsAndBandsSitAtTheCSVMeansAndIntervals() throws {
        let csv = try Self.table("scales.csv").filter { $0["institution"] == "*" && Int($0["period"]!) != nil }
        let figures = SVGFigure.all(in: Self.html).filter { $0.attributes["data-question"] != nil }
        var checked = 0
        for figure in figures {
            let project = figure.attributes["data-project"]!, question = figure.attributes["data-question"]!
            // The picture's own scale: where the gridlines for 1 and 7 are drawn.
            let y1 = try #require(figure.gridY["1"]), y7 = try #require(figure.gridY["7"])
            let rating = { (y: Double) in 1 + (y1 - y) / (y1 - y7) * 6 }
            let rows = csv.filter { $0["project"] == project && $0["question"] == question }
            let circles = figure.elements("circle", class: "mean")
            #expect(circles.count == rows.count, "\(project) \(question)")
            let vertices = figure.bandVertices
            for circle in circles {
                let row = try #require(rows.first { $0["period"] == circle["data-period"] }, "\(project) \(question)")
                // The CSV mean has 2 decimals (0.005) and the SVG a tenth of a pixel (0.0022 here).
                #expect(abs(rating(Double(circle["cy"]!)!) - Double(row["mean"]!)!) < 0.0075, "\(project) \(question)")
                #expect(circle["data-n"] == row["n"])
                #expect(figure.text(class: "n", period: circle["data-period"]!) == "n=\(row["n"]!)")
                if let low = Double(row["ci_low"]!), let high = Double(row["ci_high"]!) {
                    // The band reaches the interval (clamped to the scale) at the point's x.
                    let x = Double(circle["cx"]!)!
                    let atX = vertices.filter { abs($0.x - x) < 0.11 }.map { rating($0.y) }
                    #expect(atX.contains { abs($0 - min(high, 7)) < 0.006 }, "\(project) \(question) p\(circle["data-period"]!)")
                    #expect(atX.contains { abs($0 - max(low, 1)) < 0.006 }, "\(project) \(question) p\(circle["data-period"]!)")
                }
                checked += 1
            }
        }
        #expect(checked == csv.count && !csv.isEmpty)
    }

    @Test func trafficLightBarsHaveTheCSVSharesCountsAndN() throws {
        let csv = try Self.table("traffic_light.csv").filter { Int($0["period"]!) != nil }
        let figures = SVGFigure.all(in: Self.html).filter { $0.attributes["data-measure"] != nil }
        var bars = 0
        var suppressed = 0
        for figure in figures {
            let key = ["project", "institution", "measure"].map { figure.attributes["data-\($0)"]! }
            let y0 = try #require(figure.gridY["0"]), y100 = try #require(figure.gridY["100"])
            let rows = csv.filter { [$0["project"]!, $0["institution"]!, $0["measure"]!] == key }
            let small = figure.attributes["data-institution"] != "*"
            for row in rows {
                let period = row["period"]!
                let n = Int(row["n"]!)!
                let label = small ? NumberFormat(.danish).integer(n) : "n=\(NumberFormat(.danish).integer(n))"
                #expect(figure.text(class: "n", period: period) == label, "\(key) p\(period)")
                if row["suppressed"] == "true" {
                    let box = figure.elements("rect", class: "suppressed").filter { $0["data-period"] == period }
                    #expect(box.count == 1 && box[0]["data-n"] == row["n"], "\(key) p\(period)")
                    #expect(figure.elements("rect", class: "light").allSatisfy { $0["data-period"] != period })
                    suppressed += 1
                    continue
                }
                var total = 0.0
                for light in TrafficLight.allCases {
                    let column = ["groen": "green", "gul": "yellow", "roed": "red"][light.rawValue]!
                    let rect = try #require(
                        figure.elements("rect", class: "light").first {
                            $0["data-period"] == period && $0["data-light"] == light.rawValue
                        },
                        "\(key) p\(period) \(light)")
                    let share = Double(rect["height"]!)! / (y0 - y100)
                    let expected = Double(row["share_\(column)"]!)!
                    #expect(abs(share - expected) < 0.0015, "\(key) p\(period) \(light): \(share) vs \(expected)")
                    #expect(rect["data-count"] == row[column], "\(key) p\(period) \(light)")
                    total += share
                }
                #expect(abs(total - 1) < 0.002)
                bars += 1
            }
            #expect(figure.elements("rect", class: "light").count == 3 * rows.filter { $0["suppressed"] == "false" }.count)
        }
        // Every project-level series is drawn; institutions get trivsel and sprog.
        let drawn = csv.filter { $0["institution"] == "*" || !$0["measure"]!.hasSuffix("_udgaaet") }
        #expect(bars + suppressed == drawn.count)
        #expect(suppressed > 50)
    }

    @Test func suppressedCellsShowOnlyTheirN() throws {
        // No count or share of a suppressed cell may reach the page (SPEC 4, issue 7).
        for figure in SVGFigure.all(in: Self.html) {
            for box in figure.elements("rect", class: "suppressed") {
                #expect(box["data-count"] == nil && box["data-share"] == nil)
            }
        }
        let suppressedTitles = Self.html.matches(of: /<title>Periode \d: undertrykt \(n=\d+\)<\/title>/).count
        #expect(suppressedTitles > 50)
    }

    @Test func secondarySuppressionReachesTheInstitutionCharts() throws {
        // Fixtures/small, period 6 of Frederikshavn: Regnbuen has 4 children assessed (3 green,
        // 1 yellow), Solsikken 10 (8, 1, 1), the project 14. Regnbuen is suppressed; shown,
        // Solsikken's counts would give Regnbuen's away (14 - 10), so it is hidden too, and so
        // is the project's period (its one red child would tell Regnbuen has at most one).
        let html = try #require(
            DataReport(ReportFileTests.result, catalogue: .standard, name: "small").files(formats: [.html]).first?.contents)
        let figures = SVGFigure.all(in: html)
        for (institution, n) in [("Regnbuen", "4"), ("Solsikken", "10")] {
            let figure = try #require(
                figures.first { $0.attributes["data-institution"] == institution && $0.attributes["data-measure"] == "trivsel" })
            let boxes = figure.elements("rect", class: "suppressed")
            #expect(boxes.contains { $0["data-period"] == "6" && $0["data-n"] == n }, "\(institution)")
            #expect(!figure.elements("rect", class: "light").contains { $0["data-period"] == "6" }, "\(institution)")
        }
        let project = try #require(
            figures.first {
                $0.attributes["data-institution"] == "*" && $0.attributes["data-project"] == "frederikshavn"
                    && $0.attributes["data-measure"] == "trivsel"
            })
        #expect(!project.elements("rect", class: "light").contains { $0["data-period"] == "6" })
        #expect(project.elements("rect", class: "suppressed").contains { $0["data-period"] == "6" && $0["data-n"] == "14" })
    }

    @Test func pageIsSelfContainedAndAccessible() {
        let html = Self.html
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"da\">"))
        for forbidden in ["http://", "https://", "<script", "@import", "<link", "@font-face", "<img"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.matches(of: /url\(([^)]*)\)/).allSatisfy { $0.1 == "#not-collected" })
        // Every chart has a title and a description, and names its colours in text.
        let charts = html.matches(of: /<svg class="chart[^>]*aria-labelledby="([^" ]+) ([^"]+)"[^>]*>/)
        #expect(charts.count == SVGFigure.all(in: html).count)
        for chart in charts {
            #expect(html.contains("<title id=\"\(chart.1)\">") && html.contains("<desc id=\"\(chart.2)\">"))
        }
        #expect(html.contains(">grøn</text>") && html.contains(">gul</text>") && html.contains(">rød</text>"))
        // Period 3 is drawn as not collected; the impact phase is shaded.
        #expect(html.contains("class=\"not-collected\" data-period=\"3\""))
        #expect(html.contains("class=\"impact\""))
        #expect(html.contains("ikke indsamlet"))
    }

    @Test func englishPageSpeaksEnglish() {
        let html = try! #require(
            DataReport(EvaluationFixtureTests.result, catalogue: .standard, language: .english, name: "evaluation")
                .files(formats: [.html]).first?.contents)
        #expect(html.contains("<html lang=\"en\">"))
        for phrase in ["How to read the figures", "not collected", "impact phase", ">green</text>", "Across projects"] {
            #expect(html.contains(phrase), "\(phrase)")
        }
        #expect(!html.contains("ikke indsamlet"))
    }

    @Test func tabel3PageShowsTheCrossProjectActivities() throws {
        let csv = try Self.table("activity.csv").filter { $0["project"] == "*" && $0["indicator"] == "hjemmebesoeg" }
        let recent = try #require(csv.first { $0["period"] == "6+7" }?["value"])
        let all = try #require(csv.first { $0["period"] == "all" }?["value"])
        let number = NumberFormat(.danish)
        let row =
            "<td>Hjemmebesøg</td><td class=\"num\">\(number.integer(Int(recent)!))</td><td class=\"num\">\(number.integer(Int(all)!))</td>"
        #expect(Self.html.contains(row))
    }

    @Test func markupEscapesNamesFromTheData() {
        #expect(Markup.escape("Solsikken & <Co> \"A\" 'B'") == "Solsikken &amp; &lt;Co&gt; &quot;A&quot; &#39;B&#39;")
    }
}

/// One `<figure>` of report.html with its SVG, parsed just enough to read values back.
struct SVGFigure {
    let attributes: [String: String]
    let body: String

    static func all(in html: String) -> [SVGFigure] {
        html.matches(of: /<figure([^>]*)>(.*?)<\/figure>/.dotMatchesNewlines()).map { match in
            SVGFigure(attributes: parseAttributes(String(match.1)), body: String(match.2))
        }
    }

    static func parseAttributes(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for match in text.matches(of: /([a-z0-9-]+)="([^"]*)"/) { out[String(match.1)] = unescape(String(match.2)) }
        return out
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Elements of a tag with the given class, as attribute dictionaries.
    func elements(_ tag: String, class name: String) -> [[String: String]] {
        body.matches(of: try! Regex("<\(tag) class=\"\(name)\"([^>]*)>")).map {
            Self.parseAttributes(String($0.output[1].substring!))
        }
    }

    /// The y of each labelled gridline: `data-value` -> y.
    var gridY: [String: Double] {
        Dictionary(elements("line", class: "grid").map { ($0["data-value"]!, Double($0["y1"]!)!) }) { first, _ in first }
    }

    /// Every corner of the interval bands and both ends of each lone interval bar.
    var bandVertices: [(x: Double, y: Double)] {
        var out: [(Double, Double)] = []
        for polygon in elements("polygon", class: "band") {
            for pair in polygon["points"]!.split(separator: " ") {
                let xy = pair.split(separator: ",").map { Double($0)! }
                out.append((xy[0], xy[1]))
            }
        }
        for line in elements("line", class: "interval") {
            out.append((Double(line["x1"]!)!, Double(line["y1"]!)!))
            out.append((Double(line["x2"]!)!, Double(line["y2"]!)!))
        }
        return out
    }

    /// The text of the `<text class=...>` element of a period.
    func text(class name: String, period: String) -> String? {
        body.matches(of: try! Regex("<text class=\"\(name)\" data-period=\"\(period)\"[^>]*>([^<]*)</text>")).first.map {
            String($0.output[1].substring!)
        }
    }
}

/// The example report as a reader sees it: rendered by headless Chromium (issue 7).
@Suite struct HTMLRenderingTests {
    @Test func exampleReportRendersInHeadlessChromium() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try HTMLReportTests.html.write(to: page, atomically: true, encoding: .utf8)
        let png = folder.appendingPathComponent("report.png")
        try Chromium.screenshot(of: page, to: png, width: 1280, height: 2400)

        let image = try PNGImage(contentsOf: png)
        #expect(image.width == 1280 && image.height == 2400)
        // A blank page is white; the first screen holds the contents, the legend and charts.
        #expect(image.inkedShare > 0.08, "\(image.inkedShare)")
        // The bars were drawn in the traffic-light colours (filled areas keep the exact colour).
        for light in TrafficLight.allCases {
            let colour = UInt32(ChartPalette.fill(light).dropFirst(), radix: 16)!
            #expect(image.count(of: colour) > 2_000, "\(light): \(image.count(of: colour)) pixels")
        }
    }

    @Test func blankPageRendersBlank() throws {
        // The check above can fail: an empty page has no ink and none of the colours.
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(to: page, atomically: true, encoding: .utf8)
        let png = folder.appendingPathComponent("blank.png")
        try Chromium.screenshot(of: page, to: png, width: 640, height: 480)
        let image = try PNGImage(contentsOf: png)
        #expect(image.width == 640 && image.height == 480)
        #expect(image.inkedShare < 0.001)
        #expect(image.count(of: 0x009E73) == 0)
    }
}
