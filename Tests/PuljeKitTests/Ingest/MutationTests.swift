import Foundation
import Testing
@testable import PuljeKit
@testable import PuljeSynthesis

/// Seeded random damage to real sheets: whatever the bytes, reading never crashes, and every
/// row is either accepted or rejected with a located problem.
@Suite struct MutationTests {
    static let sources = [
        "evaluation/frederikshavn/periode-6.csv", "evaluation/morsoe/periode-4-boern.csv",
        "evaluation/toender/periode-5.csv", "evaluation/helsingoer/periode-7-boern.csv",
    ]

    @Test(arguments: sources)
    func damagedSheetsReadWithoutCrashingAndNothingVanishes(_ source: String) throws {
        let original = [UInt8](FileManager.default.contents(atPath: TestSupport.fixture(source))!)
        var random = SeededRandom(seed: 0x5EED)
        let name = source.split(separator: "/").dropFirst().joined(separator: "/")
        for round in 0..<60 {
            let damaged = SheetMutator.mutate(original, random: &random)
            let folder = TestSupport.folder([name: damaged])
            defer { try? FileManager.default.removeItem(at: folder) }
            for chunkSize in [16, 1 << 16] {
                let result = try Validation(chunkSize: chunkSize).run(paths: [folder.path])
                #expect(result.rejectedRows <= result.rows, "round \(round)")
                if result.rejectedRows > 0 {
                    #expect(result.hasErrors, "round \(round): rows rejected without an error")
                }
                for problem in result.problems {
                    #expect(problem.location.file.hasSuffix(name), "round \(round)")
                }
            }
        }
    }

    @Test func pastFuzzCrashesReadWithLocatedProblems() throws {
        for chunkSize in [16, 1 << 16] {
            let result = try Validation(chunkSize: chunkSize).run(paths: [TestSupport.fixture("fuzz-crashes")])
            #expect(result.rows == 2 && result.rejectedRows == 1)
            #expect(result.errors.map(\.code) == ["malformed-quoting"])
            #expect(result.errors.first?.location.line == 2)
        }
    }
}
