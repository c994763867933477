import Foundation
import PuljeKit
import PuljeSynthesis

// The engine side of scripts/bench-read (run it in a release build):
//   pulje-bench generate DIR MEGABYTES   writes child sheets of about that size
//   pulje-bench read DIR [CATALOGUE]     reads every sheet below DIR on one core, as
//                                        `pulje validate` does per file, and prints rows and time
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
case "national":
    let values = arguments.dropFirst(2).map { Int($0) }
    guard (2...4).contains(arguments.count), !values.contains(nil) else {
        fail("usage: pulje-bench national DIR [SCALE] [FILES-PER-SHEET]")
    }
    let volume = NationalVolume(scale: values.first.flatMap { $0 } ?? 1, filesPerSheet: values.dropFirst().first.flatMap { $0 } ?? 1)
    do {
        let written = try volume.write(to: arguments[arguments.startIndex + 1])
        print("\(written.files) files, \(written.rows) child rows, \(written.bytes) bytes")
    } catch {
        fail("\(error)")
    }
default:
    fail("usage: pulje-bench generate DIR MEGABYTES | pulje-bench read DIR | pulje-bench national DIR [SCALE] [FILES]")
}
