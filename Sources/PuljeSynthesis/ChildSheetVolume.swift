import Foundation
import PuljeKit

/// Large child-level data sets for benchmarks: child sheets (SPEC 3.2) for every catalogue
/// project and collected period, institutions and children multiplied until the files reach a
/// target size. Rows look like the bundled fixtures' (pseudonym, traffic lights, status, age,
/// tool); values are drawn from a seeded generator, so a size and seed always give the same bytes.
public struct ChildSheetVolume: Sendable {
    public let catalogue: Catalogue
    public let targetBytes: Int
    public let seed: UInt64

    public init(catalogue: Catalogue = .standard, targetBytes: Int, seed: UInt64 = 7) {
        self.catalogue = catalogue
        self.targetBytes = targetBytes
        self.seed = seed
    }

    /// Writes the files below `directory` (created if missing); returns files and rows written.
    public func write(to directory: String) throws -> (files: Int, rows: Int, bytes: Int) {
        var random = SeededRandom(seed: seed)
        let projects = Array(catalogue.projects.keys)
        let periods = catalogue.collectedPeriods
        let perFile = max(1, targetBytes / (projects.count * periods.count))
        var files = 0
        var rows = 0
        var bytes = 0
        for project in projects {
            let folder = (directory as NSString).appendingPathComponent(project.rawValue)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for period in periods {
                var text = "projekt,dagtilbud,periode,barn,trivsel,sprog,status,alder,vaerktoej\n"
                text.reserveCapacity(perFile + 200)
                var child = 0
                while text.utf8.count < perFile {
                    let institution = child / 60
                    text +=
                        "\(project),Dagtilbud \(institution + 1),\(period),B\(child + 1),"
                        + Self.assessmentCells(&random)
                    child += 1
                }
                let path = (folder as NSString).appendingPathComponent("periode-\(period)-boern.csv")
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                files += 1
                rows += child
                bytes += text.utf8.count
            }
        }
        return (files, rows, bytes)
    }

    /// `trivsel,sprog,status,alder,vaerktoej` of one child and the line break: mostly green,
    /// language unassessed for 3 in 10, 1 in 20 left. Shared by the benchmark generators.
    static func assessmentCells(_ random: inout SeededRandom) -> String {
        let lights = ["groen", "gul", "roed"]
        let u = random.unit()
        let trivsel = lights[u < 0.8 ? 0 : (u < 0.93 ? 1 : 2)]
        let v = random.unit()
        let sprog = v < 0.3 ? "" : lights[v < 0.85 ? 0 : (v < 0.95 ? 1 : 2)]
        let status = random.chance(0.05) ? "udgaaet" : ""
        let age = Double(Int(random.unit() * 12)) / 2
        return "\(trivsel),\(sprog),\(status),\(age),TOPI\n"
    }
}
