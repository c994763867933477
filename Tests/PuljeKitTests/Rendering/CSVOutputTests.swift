import Foundation
import Testing
@testable import PuljeKit

/// What the CSV outputs do with the names in them (SPEC 6): a name that a spreadsheet would
/// run as a formula is neutralised in every CSV file, and the Danish-Excel style rewrites
/// numbers only, never a name.
@Suite struct CSVOutputTests {
    /// OWASP's list of cell starters that make a formula.
    static let starters = ["=", "+", "-", "@", "\r", "\t"]

    static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A data folder named `<starter>data` (inside a temporary one) holding Frederikshavn's
    /// periods 6 and 7: an institution named `<starter>cmd` beside Solsikken, with counts, a
    /// rating, an unknown column named `<starter>col`, and child sheets with pseudonyms for
    /// the panel of `pulje diff`.
    static func dataSet(_ starter: String) -> (parent: URL, data: URL) {
        let name = quoted(starter + "cmd")
        let column = quoted(starter + "col")
        var files: [String: String] = [:]
        for period in [6, 7] {
            files["\(starter)data/frederikshavn/periode-\(period).csv"] =
                "dagtilbud,boern,hjemmebesoeg,f1_daglig_kontakt,\(column)\n\(name),8,2,5,x\nSolsikken,6,1,4,y\n"
            let lights = period == 6 ? ["groen", "gul", "roed"] : ["groen", "groen", "gul"]
            var children = "dagtilbud,barn,trivsel,sprog\n"
            for (index, light) in lights.enumerated() {
                children += "\(name),A\(index),\(light),groen\nSolsikken,B\(index),\(light),gul\n"
            }
            files["\(starter)data/frederikshavn/periode-\(period)-boern.csv"] = children
        }
        let parent = TestSupport.folder(text: files)
        return (parent, parent.appendingPathComponent("\(starter)data"))
    }

    /// Every CSV file the engine writes where a name can appear: `report` (with problems.csv),
    /// `diff` (with its problems.csv) and `cost` with an activities file naming an activity
    /// `<starter>cmd`.
    static func csvFiles(_ starter: String, style: CSVWriter.Style) throws -> [(name: String, contents: String)] {
        let (parent, data) = dataSet(starter)
        defer { try? FileManager.default.removeItem(at: parent) }
        let result = try Validation(keepsChildren: true).run(paths: [data.path])
        var files = DataReport(result, catalogue: .standard, name: "data", minimumCell: 1)
            .files(formats: [.csv], csvStyle: style)
        files += DiffReport(
            result, from: .period(Period(6)), to: .period(Period(7)), catalogue: .standard, name: "data", minimumCell: 1
        ).files(formats: [.csv], csvStyle: style).map { ("diff/" + $0.name, $0.contents) }
        let activities = """
            project,municipality,table,group,activity,hours_paedagog,hours_paedagogisk_leder,hours_vikar,hours_partner,partner_roles,children_per_holding,cadence,establishment_kr,published_cost_per_child_kr,check,note,indicator
            frederikshavn,Frederikshavn,Tabel 4,,\(quoted(starter + "cmd")),2.25,0,1,0.25,sundhedsplejerske,1,Ét møde per barn,5543,1099,yes,,hjemmebesoeg

            """
        let priced = try PricedActivity.load(bytes: Array(activities.utf8), name: "activities.csv")
        let costs = CostReport(costs: try priced.map { try CostModel().price($0) }, catalogue: .standard)
        files += [("costs.csv", costs.costsCSV(style: style)), ("cost_hours.csv", costs.hoursCSV(style: style))]
        return files
    }

    static func cells(_ contents: String) -> [[String]] {
        RecordCollector.read(contents).records.map { $0.cells.map { $0 ?? "" } }
    }

    @Test(arguments: starters)
    func aNameStartingAFormulaIsNeutralisedInEveryCSVFile(_ starter: String) throws {
        // A tab around a cell is trimmed on reading (SPEC 3.4): the institution, column and
        // activity are then named `cmd` and `col`; the folder the user named keeps it.
        let institution = starter == "\t" ? "cmd" : "'" + starter + "cmd"
        let column = starter == "\t" ? "col" : "'" + starter + "col"
        let file = "'" + starter + "data/frederikshavn/periode-6.csv"
        let namesInstitutions = [
            "activity.csv", "scales.csv", "traffic_light.csv", "intervention_costs.csv", "diff/diff.csv", "diff/transitions.csv",
        ]
        for style in [CSVWriter.Style.standard, .danishExcel] {
            let files = try Self.csvFiles(starter, style: style)
            #expect(files.count == 12)
            for (name, contents) in files {
                let rows = Self.cells(contents)
                // No cell starts a formula unless it is a number (`-0,1852` in the Danish style).
                for row in rows {
                    for cell in row where Self.starters.contains(where: { cell.hasPrefix($0) }) {
                        let number = style == .danishExcel ? cell.replacingOccurrences(of: ",", with: ".") : cell
                        #expect(CSVWriter.isNumber(number), "\(name): \(cell.debugDescription)")
                    }
                }
                if namesInstitutions.contains(name) {
                    #expect(rows.contains { $0.count > 1 && $0[1] == institution }, "\(name)")
                }
                if name.hasSuffix("problems.csv") {
                    #expect(rows.contains { $0[1] == file && $0[3] == column && $0[4] == "unknown-column" }, "\(name)")
                }
                if name == "costs.csv" || name == "cost_hours.csv" {
                    #expect(rows.dropFirst().map { $0[1] } == [String](repeating: institution, count: rows.count - 1), "\(name)")
                }
            }
        }
    }

    @Test(arguments: starters)
    func theWriterNeutralisesEachStarter(_ starter: String) {
        var writer = CSVWriter(header: ["name"])
        writer.textRow([starter + "cmd"])
        writer.text(starter + "1")
        writer.integer(-1)
        writer.text("-2.5")
        writer.endRow()
        // A carriage return makes the cell quoted; the mark goes inside the quotes.
        let cell = starter == "\r" ? "\"'\rcmd\"" : "'" + starter + "cmd"
        let number = starter == "\r" ? "\"'\r1\"" : starter == "-" ? "-1" : "'" + starter + "1"
        #expect(writer.text == "name\n\(cell)\n\(number),-1,-2.5\n")
    }

    /// An institution named 3.14 is a name: Danish Excel style changes its numbers' decimal
    /// point to a comma, never a name's.
    @Test func danishExcelRewritesNumbersNotNames() throws {
        let folder = TestSupport.folder(text: [
            "frederikshavn/periode-6.csv": "dagtilbud,boern,f1_daglig_kontakt,3.14\n3.14,8,5,x\nSolsikken,6,4,y\n",
            "frederikshavn/periode-7.csv": "dagtilbud,boern,f1_daglig_kontakt\n3.14,9,6\nSolsikken,6,4\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = TestSupport.validate(folder)
        let files = Dictionary(
            uniqueKeysWithValues: DataReport(result, catalogue: .standard, name: "data", minimumCell: 1)
                .files(formats: [.csv], csvStyle: .danishExcel).map { ($0.name, Self.cells($0.contents)) })
        let scales = try #require(files["scales.csv"])
        // project, institution, period, phase, question, n, mean, sd, ci_low, ci_high
        let institutionRow = try #require(scales.first { $0[1] == "3.14" && $0[2] == "6" })
        #expect(institutionRow[5] == "1" && institutionRow[6] == "5,00")
        // The project in period 6: (5 + 4) / 2 = 4.50; sd of 5 and 4 = 0.7071.
        let projectRow = try #require(scales.first { $0[1] == "*" && $0[2] == "6" })
        #expect(projectRow[6] == "4,50" && projectRow[7] == "0,7071")
        let activity = try #require(files["activity.csv"])
        #expect(activity.contains { $0[1] == "3.14" && $0[2] == "7" && $0[4] == "boern" && $0[5] == "9" })
        // The whole period's children per period: (14 + 15) / 2 = 14.50.
        #expect(activity.contains { $0[1] == "*" && $0[2] == "all" && $0[4] == "boern" && $0[5] == "14,50" })
        let problems = try #require(files["problems.csv"])
        #expect(problems.contains { $0[3] == "3.14" && $0[4] == "unknown-column" })
        for (name, rows) in files {
            #expect(!rows.joined().contains("3,14"), "\(name)")
        }
    }
}
