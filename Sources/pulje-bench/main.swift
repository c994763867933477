import Foundation
import PuljeKit
import PuljeSynthesis

// The engine side of scripts/bench-read (run it in a release build):
//   pulje-bench generate DIR MEGABYTES   writes child sheets of about that size
//   pulje-bench read DIR [CATALOGUE]     reads every sheet below DIR on one core, as
//                                        `pulje validate` does per file, and prints rows and time
//   pulje-bench phases DIR [CATALOGUE]   times each stage of `pulje report` (reading on all cores,
//                                        building the data set, aggregating, each report file)
//   pulje-bench national DIR [SCALE] [FILES]
//                                        the national set of scripts/bench (NationalVolume):
//                                        SCALE x children, each child sheet split into FILES

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("pulje-bench: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "generate":
    guard arguments.count == 3, let megabytes = Int(arguments[arguments.startIndex + 2]) else {
        fail("usage: pulje-bench generate DIR MEGABYTES")
    }
    let directory = arguments[arguments.startIndex + 1]
    do {
        let written = try ChildSheetVolume(targetBytes: megabytes << 20).write(to: directory)
        print("\(written.files) files, \(written.rows) rows, \(written.bytes) bytes")
    } catch {
        fail("\(error)")
    }
case "read":
    guard (2...3).contains(arguments.count) else { fail("usage: pulje-bench read DIR [CATALOGUE]") }
    let files: [SheetFile]
    let catalogue: Catalogue
    do {
        catalogue = arguments.count == 3 ? try Catalogue.load(directory: arguments[arguments.startIndex + 2]) : .standard
        files = try DataDiscovery.sheets(in: [arguments[arguments.startIndex + 1]], catalogue: catalogue)
    } catch {
        fail("\(error)")
    }
    let reader = SheetReader(catalogue: catalogue)
    let start = DispatchTime.now()
    var rows = 0
    var problems = 0
    for file in files {
        let result = reader.read(file)
        rows += result.rows
        problems += result.problems.count
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    print("\(files.count) files, \(rows) rows, \(problems) problems, \(String(format: "%.3f", seconds)) s")
case "phases":
    guard (2...3).contains(arguments.count) else { fail("usage: pulje-bench phases DIR [CATALOGUE]") }
    let catalogue: Catalogue
    do {
        catalogue = arguments.count == 3 ? try Catalogue.load(directory: arguments[arguments.startIndex + 2]) : .standard
    } catch {
        fail("\(error)")
    }
    var clock = DispatchTime.now()
    func lap(_ stage: String) {
        let now = DispatchTime.now()
        print(
            String(
                format: "%@ %7.3f s", stage.padding(toLength: 28, withPad: " ", startingAt: 0),
                Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1e9))
        clock = now
    }
    let files: [SheetFile]
    do {
        files = try DataDiscovery.sheets(in: [arguments[arguments.startIndex + 1]], catalogue: catalogue)
    } catch {
        fail("\(error)")
    }
    lap("find files")
    let reader = SheetReader(catalogue: catalogue)
    DispatchQueue.concurrentPerform(iterations: files.count) { _ = reader.read(files[$0]) }
    lap("read files (all cores)")
    let result = Validation(catalogue: catalogue).run(files: files)
    lap("read files, build data set")
    let aggregation = Aggregation(dataset: result.dataset, catalogue: catalogue)
    lap("aggregate")
    let tables = AnalysisTables(aggregation)
    for (name, make) in [
        ("activity.csv", { tables.activity() }), ("scales.csv", { tables.scales() }),
        ("scale_distribution.csv", { tables.distribution() }), ("traffic_light.csv", { tables.trafficLights() }),
    ] as [(String, () -> String)] {
        _ = make()
        lap(name)
    }
    _ = DataSummaryTable(aggregation.dataSummary).csv()
    lap("data_summary.csv")
    let costs = try? InterventionCosts(
        dataset: result.dataset, activities: PricedActivity.standard, model: CostModel(),
        projects: Array(catalogue.projects.keys))
    lap("intervention costs")
    _ = costs?.csv()
    lap("intervention_costs.csv")
    let context = ReportContext(result: result, aggregation: aggregation, catalogue: catalogue, name: "x")
    _ = EvaluationSummary(context).text
    lap("summary.txt")
case "national":
    let values = arguments.dropFirst(2).map { Int($0) }
    guard (2...4).contains(arguments.count), !values.contains(nil) else {
        fail("usage: pulje-bench national DIR [SCALE] [FILES-PER-SHEET]")
    }
    let volume = NationalVolume(
        scale: values.first.flatMap { $0 } ?? 1, filesPerSheet: values.dropFirst().first.flatMap { $0 } ?? 1)
    do {
        let written = try volume.write(to: arguments[arguments.startIndex + 1])
        print("\(written.files) files, \(written.rows) child rows, \(written.bytes) bytes")
    } catch {
        fail("\(error)")
    }
default:
    fail("usage: pulje-bench generate DIR MEGABYTES | pulje-bench read DIR | pulje-bench national DIR [SCALE] [FILES]")
}
