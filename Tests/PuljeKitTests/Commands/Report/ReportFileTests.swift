import Foundation
import Testing
@testable import PuljeKit

/// The report files for Fixtures/small, row by row. Every expected row is worked out by hand
/// from the five sheets (see AggregationTests for the arithmetic); intervals are scipy 1.17.1
/// values rounded to 4 decimals: `stats.t.interval(0.95, n-1, loc=mean, scale=sd/sqrt(n))`
/// and `stats.binomtest(k, n).proportion_ci(0.95, method='wilson')`.
@Suite struct ReportFileTests {
    static let result = try! Validation().run(paths: [TestSupport.fixture("small")])

    static func files(minimumCell: Int = 5, projects: [ProjectID]? = nil) -> [String: [String]] {
        let files = DataReport(result, catalogue: .standard, name: "small", projects: projects, minimumCell: minimumCell).files()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents.split(separator: "\n").map(String.init)) })
    }

    static let standard = files()

    @Test func readsTheSmallFixtureWithoutProblems() {
        #expect(Self.result.problems.isEmpty)
        #expect(Self.result.rows == 11)
    }

    @Test func activityRowsAtEveryLevel() {
        let rows = Self.standard["activity.csv"]!
        #expect(rows[0] == "project,institution,period,phase,indicator,value,institutions_reporting")
        for expected in [
            // institution x period; a blank stays empty with 0 institutions, a 0 stays 0
            "frederikshavn,Solsikken,7,virkning,hjemmebesoeg,,0",
            "frederikshavn,Regnbuen,6,virkning,hjemmebesoeg,0,1",
            // project x period: 10 + 20 children; 2 + 0 home visits from 2 institutions
            "frederikshavn,*,6,virkning,boern,30,2", "frederikshavn,*,6,virkning,hjemmebesoeg,2,2",
            "frederikshavn,*,7,virkning,hjemmebesoeg,4,1",
            // project x phase: 2 + 0 + 4; nobody registered home visits in konkretisering
            "frederikshavn,*,virkning,virkning,hjemmebesoeg,6,2",
            "frederikshavn,*,konkretisering,konkretisering,hjemmebesoeg,,0",
            // project x all: children per period = (8 + 30 + 30) / 3
            "frederikshavn,*,all,,boern,22.67,2",
            // the child-sheet project's own counts
            "haderslev,*,6,virkning,kufferter,3,1",
            // all projects (Tabel 3): (10 + 20 + 5 + 12 + 18) / 2 periods; (8 + 35 + 30) / 3
            "*,*,6+7,,boern,32.50,3", "*,*,6+7,,hjemmebesoeg,6,2", "*,*,all,,boern,24.33,3",
        ] {
            #expect(rows.contains(expected), "\(expected)")
        }
        // frederikshavn never registered kufferter: no rows, rather than empty ones.
        #expect(!rows.contains { $0.hasPrefix("frederikshavn") && $0.contains(",kufferter,") })
    }

    @Test func scaleRowsWithTIntervals() {
        let rows = Self.standard["scales.csv"]!
        #expect(rows[0] == "project,institution,period,phase,question,n,mean,sd,ci_low,ci_high")
        for expected in [
            "frederikshavn,*,6,virkning,f1_daglig_kontakt,2,4.00,1.4142,-8.7062,16.7062",  // 5, 3
            "frederikshavn,*,virkning,virkning,f1_daglig_kontakt,3,4.67,1.5275,0.8721,8.4612",  // 5, 3, 6
            "frederikshavn,*,all,,f1_daglig_kontakt,4,4.50,1.2910,2.4457,6.5543",  // 4, 5, 3, 6
            "frederikshavn,*,7,virkning,f1_daglig_kontakt,1,6.00,,,",  // one rating: no spread
            "frederikshavn,Regnbuen,6,virkning,f1_daglig_kontakt,1,3.00,,,",
        ] {
            #expect(rows.contains(expected), "\(expected)")
        }
        #expect(!rows.contains { $0.hasPrefix("frederikshavn,Regnbuen,7,") })  // not rated
    }

    @Test func scaleDistributionCountsEveryRating() {
        let rows = Self.standard["scale_distribution.csv"]!
        #expect(rows[0] == "project,period,question,rating,count")
        let all = rows.filter { $0.hasPrefix("frederikshavn,all,f1_daglig_kontakt,") }
        #expect(all == (1...7).map { "frederikshavn,all,f1_daglig_kontakt,\($0),\([0, 0, 1, 1, 1, 1, 0][$0 - 1])" })
    }

    @Test func trafficLightRowsWithWilsonIntervalsAndSuppression() {
        // Threshold 4: nothing is small, every count and share is shown.
        let open = Self.files(minimumCell: 4)["traffic_light.csv"]!
        #expect(
            open[0]
                == "project,institution,period,phase,measure,n,green,yellow,red,share_green,share_yellow,share_red,green_ci_low,green_ci_high,suppressed"
        )
        for expected in [
            "frederikshavn,*,6,virkning,trivsel,14,11,2,1,0.7857,0.1429,0.0714,0.5241,0.9243,false",
            "frederikshavn,*,virkning,virkning,trivsel,24,20,3,1,0.8333,0.1250,0.0417,0.6415,0.9332,false",
            "frederikshavn,*,all,,trivsel,32,28,3,1,0.8750,0.0938,0.0313,0.7193,0.9503,false",
            "frederikshavn,Solsikken,7,virkning,trivsel,10,9,1,0,0.9000,0.1000,0.0000,0.5958,0.9821,false",
            // counted from the child sheet: 4 green, 1 yellow
            "haderslev,*,6,virkning,trivsel,5,4,1,0,0.8000,0.2000,0.0000,0.3755,0.9638,false",
        ] {
            #expect(open.contains(expected), "\(expected)")
        }
        #expect(!open.contains { $0.hasPrefix("*") })  // never pooled across projects
        // Threshold 5: Regnbuen's 4 children are hidden, n shown. Every other Frederikshavn row
        // that holds them (the project's period 6, virkning, all) or would give them back by
        // subtraction (Solsikken 6 from the project's 14) is hidden too: the project has one red
        // child, so any of them shown would pin Regnbuen's red count to 0 or 1 (width 1 < 2).
        let rows = Self.standard["traffic_light.csv"]!
        #expect(rows.contains("frederikshavn,Regnbuen,6,virkning,trivsel,4,,,,,,,,,true"))
        #expect(rows.contains("frederikshavn,Solsikken,6,virkning,trivsel,10,,,,,,,,,true"))
        #expect(rows.contains("frederikshavn,*,all,,trivsel,32,,,,,,,,,true"))
        #expect(rows.contains("haderslev,*,6,virkning,trivsel,5,4,1,0,0.8000,0.2000,0.0000,0.3755,0.9638,false"))
    }

    @Test func dataSummaryRows() {
        let rows = Self.standard["data_summary.csv"]!
        #expect(
            rows == [
                "project,period,phase,institutions,children,institutions_reporting_children,assessed_trivsel,child_rows",
                "frederikshavn,1,konkretisering,1,8,1,8,0",
                "frederikshavn,6,virkning,2,30,2,14,0",
                "frederikshavn,7,virkning,2,30,2,10,0",  // Regnbuen registered no traffic light in 7
                "haderslev,6,virkning,1,5,1,5,5",  // five child rows
            ])
    }

    @Test func minimumCellIsAnOption() {
        let rows = Self.files(minimumCell: 15)["traffic_light.csv"]!
        #expect(rows.contains("haderslev,*,6,virkning,trivsel,5,,,,,,,,,true"))
        let four = Self.files(minimumCell: 4)["traffic_light.csv"]!
        #expect(four.contains { $0.hasPrefix("frederikshavn,Regnbuen,6,virkning,trivsel,4,") && $0.hasSuffix(",false") })
    }

    @Test func projectsCanBeChosen() {
        let files = Self.files(projects: ["haderslev"])
        #expect(files["activity.csv"]!.dropFirst().allSatisfy { $0.hasPrefix("haderslev,") || $0.hasPrefix("*,") })
        #expect(!files["summary.txt"]!.contains { $0.contains("(frederikshavn)") })
        // data_summary.csv follows the choice too: the header and haderslev's one period.
        #expect(
            files["data_summary.csv"]! == [
                "project,period,phase,institutions,children,institutions_reporting_children,assessed_trivsel,child_rows",
                "haderslev,6,virkning,1,5,1,5,5",
            ])
    }

    @Test func summaryTextHasEveryProjectSectionAndTabel3() {
        let text = Self.standard["summary.txt"]!
        #expect(text.contains("Frederikshavn: Styrket deltagende forældresamarbejde (frederikshavn)"))
        #expect(text.contains { $0.hasPrefix("  Hjemmebesøg") && $0.hasSuffix("6") })
        #expect(
            text.contains {
                $0.contains("Daglig kontakt med forældre") && $0.contains("p.1 4,00 (n=1)")
                    && $0.contains("p.7 6,00 (n=1)") && $0.hasSuffix("op")
            })
        let open = Self.files(minimumCell: 4)["summary.txt"]!
        #expect(
            open.contains {
                $0.contains("Trivsel") && $0.contains("p.1 100,0 % [67,6-100,0] n=8")
                    && $0.contains("p.7 90,0 % [59,6-98,2] n=10")
            })
        #expect(text.contains("Aktiviteter på tværs af projekter (som evalueringens Tabel 3)"))
        #expect(text.allSatisfy { $0.count <= 100 })
        let english = DataReport(Self.result, catalogue: .standard, language: .english, name: "small").files()
            .first { $0.name == "summary.txt" }!.contents
        #expect(english.contains("Daily contact with parents"))
        #expect(english.contains("Activities across projects"))
    }

    @Test func skippedRowsAreListedInTheReport() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: TestSupport.fixture("small"), toPath: folder.appendingPathComponent("small").path)
        let extra = folder.appendingPathComponent("small/frederikshavn/periode-5.csv")
        try "dagtilbud,boern,f1_daglig_kontakt\nSolsikken,9,9\nRegnbuen,19,4\n".write(
            to: extra, atomically: true, encoding: .utf8)
        let result = try Validation().run(paths: [folder.appendingPathComponent("small").path])
        #expect(result.rejectedRows == 1)
        let files = Dictionary(
            uniqueKeysWithValues: DataReport(result, catalogue: .standard, name: "small").files().map { ($0.name, $0.contents) })
        #expect(
            files["problems.csv"]!.contains("error,small/frederikshavn/periode-5.csv,2,f1_daglig_kontakt,scale-out-of-range,"))
        #expect(files["summary.txt"]!.contains("1 række er sprunget over"))
        #expect(files["summary.txt"]!.contains("linje 2, f1_daglig_kontakt: fejl [scale-out-of-range]"))
        // The valid row of the same file is in the figures: Regnbuen, period 5.
        #expect(files["activity.csv"]!.contains("frederikshavn,Regnbuen,5,udbredelse,boern,19,1"))
        #expect(!files["activity.csv"]!.contains("frederikshavn,Solsikken,5,"))
    }
}
