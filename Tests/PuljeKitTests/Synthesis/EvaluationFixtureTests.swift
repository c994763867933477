import Foundation
import Testing
@testable import PuljeKit
@testable import PuljeSynthesis

/// The bundled data set: reproducible from its generator, valid, and calibrated to the
/// published figures in the catalogue.
@Suite struct EvaluationFixtureTests {
    static let result = try! Validation().run(paths: [TestSupport.fixture("evaluation")])

    @Test func generatorReproducesTheCommittedFiles() throws {
        let generated = EvaluationFixture().files()
        let folder = TestSupport.fixture("evaluation")
        let committed = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(folder)/\($0)", isDirectory: &isDirectory)
            return !isDirectory.boolValue && $0 != FolderManifest.fileName
        }
        // `pulje generate` wrote it, so `make fixtures` may replace it.
        #expect(FolderManifest.read(in: folder)?.kind == .data)
        #expect(Set(committed) == Set(generated.map(\.name)), "run make fixtures")
        for file in generated {
            let bytes = FileManager.default.contents(atPath: "\(folder)/\(file.name)").map { [UInt8]($0) }
            #expect(bytes == file.bytes ? true : false, "\(file.name) is stale: run make fixtures")
        }
    }

    @Test func validatesWithoutErrors() {
        #expect(Self.result.errors.isEmpty, "\(Self.result.errors.prefix(3).map { $0.message(.english) })")
        #expect(Self.result.rejectedRows == 0)
    }

    @Test func coversEveryProjectInItsCollectedPeriods() {
        let dataset = Self.result.dataset
        #expect(Set(dataset.projects) == Set(Catalogue.standard.projects.keys))
        for project in Catalogue.standard.projects.keys where project != "svendborg" {
            let periods = Set(dataset.registrations(of: project).map(\.key.period.number))
            #expect(periods == [1, 2, 4, 5, 6, 7], "\(project)")
        }
        let svendborg = dataset.registrations(of: "svendborg")
        #expect(Set(svendborg.map(\.key.period.number)) == [2])
        #expect(Set(svendborg.map(\.key.institution)).count == 3)
    }

    @Test func institutionsAndChildrenPerPeriodMatchTheCatalogue() {
        let summary = Aggregation(dataset: Self.result.dataset, catalogue: .standard).dataSummary
        for project in summary.projects {
            #expect(project.institutions == project.project.institutions, "\(project.project.id)")
            let published = Double(project.project.childrenPerPeriod!)
            // Rounding per institution moves the mean by well under one child per institution.
            #expect(abs(project.childrenPerPeriod!.double - published) <= max(2, published * 0.01), "\(project.project.id)")
        }
    }

    /// Tabel 3 (cross-project-table3.csv): sums over projects near the published totals.
    @Test(arguments: [
        (Indicator.tvaerfagligeMoeder, 1576, 3884), (.foraeldrearrangementer, 406, 844),
        (.foraeldrearrangementerDeltagere, 4411, 9268), (.hjemmebesoeg, 506, 1259),
        (.monofagligeIndsatser, 1541, 4268), (.tvaerfagligeIndsatser, 645, 1888), (.kufferter, 58, 189),
    ])
    func activityTotalsAreNearTabel3(_ indicator: Indicator, _ recent: Int, _ all: Int) {
        let registrations = Self.result.dataset.registrations.values
        let total = registrations.compactMap { $0[indicator] }.reduce(0, +)
        let last12Months = registrations.filter { $0.key.period.number >= 6 }.compactMap { $0[indicator] }.reduce(0, +)
        #expect(abs(Double(total - all)) <= Double(all) * 0.15, "all periods: \(total) against \(all)")
        #expect(abs(Double(last12Months - recent)) <= Double(recent) * 0.15, "periods 6-7: \(last12Months) against \(recent)")
    }

    @Test func publishedProjectFiguresAreNear() {
        let dataset = Self.result.dataset
        func sum(_ project: ProjectID, _ indicator: Indicator, periods: ClosedRange<Int> = 1...7) -> Int {
            dataset.registrations(of: project).filter { periods.contains($0.key.period.number) }
                .compactMap { $0[indicator] }.reduce(0, +)
        }
        // published-activity-counts.csv: Haderslev kufferter 95 (28 in the impact phase),
        // Vejle hjemmebesøg 59 (23), Helsingør hjemmebesøg 321.
        #expect(abs(sum("haderslev", .kufferter) - 95) <= 10)
        #expect(abs(sum("haderslev", .kufferter, periods: 6...7) - 28) <= 4)
        #expect(abs(sum("vejle", .hjemmebesoeg) - 59) <= 6)
        #expect(abs(sum("vejle", .hjemmebesoeg, periods: 6...7) - 23) <= 3)
        #expect(abs(sum("helsingoer", .hjemmebesoeg) - 321) <= 32)
    }

    @Test func ratingsRiseAndGreenIsTheCommonestLight() {
        let registrations = Self.result.dataset.registrations.values
        func mean(_ period: Int) -> Double {
            let ratings = registrations.filter { $0.key.period.number == period }.flatMap { $0.ratings.values }
            return Double(ratings.reduce(0, +)) / Double(ratings.count)
        }
        #expect(mean(7) > mean(1) + 0.8)
        func greenShare(_ period: Int) -> Double {
            let counts = registrations.filter { $0.key.period.number == period }
                .compactMap { $0[TrafficLightSeries(.trivsel)] }.reduce(TrafficLightCounts(), +)
            return Double(counts.green) / Double(counts.total)
        }
        #expect(greenShare(1) > 0.6)
        #expect(greenShare(7) > greenShare(1))
    }

    @Test func childSheetsKeepStablePseudonymsWithArrivalsAndLeavers() throws {
        for project in ["helsingoer", "morsoe", "vesthimmerlands"] {
            var byPeriod: [Int: Set<String>] = [:]
            var leavers = 0
            for period in [1, 2, 4, 5, 6, 7] {
                let path = TestSupport.fixture("evaluation/\(project)/periode-\(period)-boern.csv")
                let table = try CSVTable(bytes: [UInt8](FileManager.default.contents(atPath: path)!), name: path)
                let child = table.column("barn")!
                let status = table.column("status")!
                byPeriod[period] = Set(table.rows.filter { $0.cells[status].isEmpty }.map { $0.cells[child] })
                leavers += table.rows.filter { $0.cells[status] == "udgaaet" }.count
            }
            let stayed = byPeriod[1]!.intersection(byPeriod[2]!)
            #expect(!stayed.isEmpty, "\(project): children followed from period 1 to 2")
            #expect(!byPeriod[2]!.subtracting(byPeriod[1]!).isEmpty, "\(project): newcomers")
            #expect(leavers > 0, "\(project): leavers")
        }
    }

    @Test func someSheetsAreDanishExcelExports() {
        let dialects = Dictionary(uniqueKeysWithValues: Self.result.files.map { ($0.file.displayName, $0.dialect!) })
        #expect(
            dialects["evaluation/toender/periode-4.csv"]
                == CSVDialect(delimiter: CSVDialect.semicolon, encoding: .utf8, hasByteOrderMark: true))
        #expect(dialects["evaluation/toender/periode-5.csv"]?.encoding == .windows1252)
        #expect(dialects["evaluation/glostrup/periode-7.csv"]?.delimiter == CSVDialect.tab)
        #expect(dialects["evaluation/morsoe/periode-4-boern.csv"]?.delimiter == CSVDialect.semicolon)
        let toender = Self.result.dataset.registrations(of: "toender").filter { $0.key.period.number == 5 }
        #expect(
            toender.contains {
                $0.key.institution.contains("ø") || $0.key.institution.contains("Ø") || $0.key.institution.contains("æ")
                    || $0.key.institution.contains("å")
            })
    }
}
