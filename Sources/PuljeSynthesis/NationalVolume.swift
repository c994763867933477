import Foundation
import PuljeKit

/// A national data set for the scale benchmark (`scripts/bench`): 98 municipalities as
/// projects, about 4,000 institutions, periods 1-7 (3 not collected), an institution sheet per
/// municipality and period (activity counts, two 1-7 questions) and child sheets with about
/// 4 million rows (about 200 MB) at scale 1. The catalogue that names the 98 projects is
/// written beside the data (`catalogue/`), as a national evaluator would supply it with
/// `--catalogue`.
///
/// `scale` multiplies the children per institution (the institutions stay the same, so the
/// aggregates a run must hold do not grow); `filesPerSheet` splits each child sheet into that
/// many files by institution (the many-small-files variant). Seeded: the same arguments always
/// give the same bytes.
public struct NationalVolume: Sendable {
    public let municipalities: Int
    public let scale: Int
    public let filesPerSheet: Int
    public let seed: UInt64

    public init(municipalities: Int = 98, scale: Int = 1, filesPerSheet: Int = 1, seed: UInt64 = 98) {
        self.municipalities = municipalities
        self.scale = scale
        self.filesPerSheet = filesPerSheet
        self.seed = seed
    }

    /// Collected periods and the phase of each (SPEC 1): the same for every municipality.
    static let phases: [(Int, String)] = [
        (1, "konkretisering"), (2, "konkretisering"), (4, "udbredelse"), (5, "udbredelse"), (6, "virkning"),
        (7, "virkning"),
    ]

    /// Writes `data/` and `catalogue/` below `directory`; returns files, child rows and bytes
    /// of the data.
    public func write(to directory: String) throws -> (files: Int, rows: Int, bytes: Int) {
        let root = URL(fileURLWithPath: directory)
        let data = root.appendingPathComponent("data")
        try writeCatalogue(to: root.appendingPathComponent("catalogue"))
        var random = SeededRandom(seed: seed)
        var files = 0
        var rows = 0
        var bytes = 0
        for municipality in 1...municipalities {
            let project = Self.projectID(municipality)
            let folder = data.appendingPathComponent(project)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // 10 to 72 institutions, about 41 on average: about 4,000 in all.
            let institutions = 10 + Int(random.unit() * 63)
            let sizes = (0..<institutions).map { _ in 60 + Int(random.unit() * 200) }
            for (period, _) in Self.phases {
                var sheet = "dagtilbud,boern,hjemmebesoeg,tvaerfaglige_moeder,f1_daglig_kontakt,t1_kommunikation_primaer\n"
                var parts = Array(repeating: "", count: filesPerSheet)
                for part in parts.indices {
                    parts[part] = "projekt,dagtilbud,periode,barn,trivsel,sprog,status,alder,vaerktoej\n"
                }
                for institution in 0..<institutions {
                    let name = "Dagtilbud \(institution + 1)"
                    let children = sizes[institution] * scale
                    let f1 = 1 + Int(random.unit() * 7)
                    let visits = random.chance(0.1) ? "" : "\(Int(random.unit() * 30))"
                    sheet += "\(name),\(children),\(visits),\(Int(random.unit() * 20)),\(f1),\(1 + Int(random.unit() * 7))\n"
                    let part = institution * filesPerSheet / institutions
                    var text = ""
                    text.reserveCapacity(children * 56)
                    for child in 0..<children {
                        text +=
                            "\(project),\(name),\(period),K\(municipality)-\(institution + 1)-\(child + 1),"
                            + ChildSheetVolume.assessmentCells(&random)
                    }
                    parts[part] += text
                    rows += children
                }
                let sheetURL = folder.appendingPathComponent("periode-\(period).csv")
                try Data(sheet.utf8).write(to: sheetURL)
                files += 1
                bytes += sheet.utf8.count
                for (index, part) in parts.enumerated() {
                    let name = filesPerSheet == 1 ? "periode-\(period)-boern.csv" : "boern-p\(period)-\(index + 1).csv"
                    try Data(part.utf8).write(to: folder.appendingPathComponent(name))
                    files += 1
                    bytes += part.utf8.count
                }
            }
        }
        return (files, rows, bytes)
    }

    /// `kommune_001`.
    static func projectID(_ municipality: Int) -> String {
        "kommune_" + String(repeating: "0", count: max(0, 3 - String(municipality).count)) + String(municipality)
    }

    private func writeCatalogue(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var periods = "period,from,to,collected,note\n"
        for info in Catalogue.standard.periods {
            periods += "\(info.period),\(info.from),\(info.to),\(info.collected ? "yes" : "no"),\n"
        }
        var projects =
            "project,municipality,title,section,maturity,institutions,children_per_period,children_note,children_note_en,partners,daycare_types,elements\n"
        var phases = "project,period,phase\n"
        for municipality in 1...municipalities {
            let id = Self.projectID(municipality)
            projects += "\(id),Kommune \(municipality),National skalering \(municipality),,,,,,,,,\n"
            for (period, phase) in Self.phases { phases += "\(id),\(period),\(phase)\n" }
        }
        let elements = "element,name,group\n1,Hjemmet som samarbejdsramme,Samarbejde med forældre\n"
        for (name, text) in [
            ("periods.csv", periods), ("projects.csv", projects), ("phases.csv", phases), ("elements.csv", elements),
        ] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }
}
