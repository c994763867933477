import ArgumentParser
import Foundation
import PuljeKit
import PuljeSynthesis

/// `pulje generate`: the deterministic synthetic data set behind Fixtures/evaluation.
struct Generate: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        abstract: "Write the synthetic evaluation data set (the bundled fixtures) to a folder."
    )

    @Option(help: "Output folder: new, empty, or one pulje generate wrote (then replaced as a whole).")
    var out = "Fixtures/evaluation"

    @Option(help: "Random seed; the same seed always gives the same bytes.")
    var seed: UInt64 = EvaluationFixture.defaultSeed

    /// generate has no `--lang`: its messages are English, as the fixtures' tooling is.
    var language: Language { .english }

    func run() throws {
        let folder = try ReportFolder(out, kind: .data)
        let files = EvaluationFixture(catalogue: .standard, seed: seed).files()
        try writeFolder(
            folder, files.map { ReportFile.bytes($0.name, $0.bytes) }, terminal: Terminal(language: language, command: nil))
        print("\(files.count) files written to \(out)/")
    }
}
