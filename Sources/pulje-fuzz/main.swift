import Foundation
import PuljeKit
import PuljeSynthesis

// Seeded fuzzing of the reader and validator (issue 7):
//   pulje-fuzz [--seconds N | --runs N] [--seed N] [--corpus DIR]
// takes every .csv below the corpus (default Fixtures/), damages it with SheetMutator, writes
// it into .build/fuzz/ under its project folder and validates it with a random chunk size.
// Each input must read or give located problems: no crash, no hang, rows rejected only with
// an error, problems located in the file. The input being read stays in .build/fuzz/ so that
// a crash leaves it behind. Prints executions, rows and problems; exit 1 on a broken rule.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("pulje-fuzz: \(message)\n".utf8))
    exit(2)
}

var seconds: Double?
var runs: Int?
var seed: UInt64 = 0xF022
var corpus = "Fixtures"
var arguments = CommandLine.arguments.dropFirst()
while let option = arguments.popFirst() {
    guard let value = arguments.popFirst() else { fail("\(option) needs a value") }
    switch option {
    case "--seconds": seconds = Double(value)
    case "--runs": runs = Int(value)
    case "--seed": seed = UInt64(value) ?? seed
    case "--corpus": corpus = value
    default: fail("usage: pulje-fuzz [--seconds N | --runs N] [--seed N] [--corpus DIR]")
    }
}
if seconds == nil && runs == nil { runs = 200 }

let enumerator = FileManager.default.enumerator(atPath: corpus)
var sources: [(name: String, bytes: [UInt8])] = []
while let path = enumerator?.nextObject() as? String {
    guard path.hasSuffix(".csv"), !path.hasPrefix("catalogue/") else { continue }
    let parts = path.split(separator: "/")
    guard parts.count >= 2, let data = FileManager.default.contents(atPath: corpus + "/" + path) else { continue }
    sources.append(("\(parts[parts.count - 2])/\(parts[parts.count - 1])", [UInt8](data)))
}
guard !sources.isEmpty else { fail("no .csv files below \(corpus)") }
sources.sort { $0.name < $1.name }

let work = ".build/fuzz-\(getpid())"
var random = SeededRandom(seed: seed)
let start = Date()
var executions = 0
var rows = 0
var problems = 0
var broken = 0
while true {
    if let runs, executions >= runs { break }
    if let seconds, Date().timeIntervalSince(start) >= seconds { break }
    let source = sources[Int(random.next() % UInt64(sources.count))]
    let damaged = SheetMutator.mutate(source.bytes, random: &random)
    try? FileManager.default.removeItem(atPath: work)
    let file = work + "/" + source.name
    try! FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try! Data(damaged).write(to: URL(fileURLWithPath: file))
    let chunk = [16, 4096, 1 << 16][Int(random.next() % 3)]
    let result: ValidationResult
    do {
        result = try Validation(chunkSize: chunk).run(paths: [work])
    } catch {
        fail("\(error)")
    }
    executions += 1
    rows += result.rows
    problems += result.problems.count
    var rule: String?
    if result.rejectedRows > result.rows { rule = "more rows rejected than read" }
    if result.rejectedRows > 0 && !result.hasErrors { rule = "rows rejected without an error" }
    if result.problems.contains(where: { !$0.location.file.hasSuffix(source.name) }) { rule = "a problem outside the file" }
    if let rule {
        broken += 1
        let keep = ".build/fuzz-broken-\(executions).csv"
        try? Data(damaged).write(to: URL(fileURLWithPath: keep))
        print("BROKEN (\(rule)): \(source.name) mutated, kept as \(keep)")
    }
}
let elapsed = Date().timeIntervalSince(start)
print(
    "\(executions) executions in \(String(format: "%.0f", elapsed)) s on \(sources.count) corpus files: \(rows) rows, \(problems) problems, \(broken) broken"
)
exit(broken == 0 ? 0 : 1)
