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

    static func mutate(_ bytes: [UInt8], random: inout SeededRandom) -> [UInt8] {
        var bytes = bytes
        let alphabet: [UInt8] = Array("\"\r\n,;\t 0123456789-.aæø\u{00}".utf8) + [0xF8, 0xC3, 0xFF]
        for _ in 0..<(1 + Int(random.next() % 6)) {
            guard !bytes.isEmpty else { break }
            let position = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 4 {
            case 0: bytes[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
            case 1: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
            case 2: bytes.remove(at: position)
            default: bytes.removeSubrange(position..<min(bytes.count, position + Int(random.next() % 40)))
            }
        }
        return bytes
    }

    @Test(arguments: sources)
    func damagedSheetsReadWithoutCrashingAndNothingVanishes(_ source: String) throws {
        let original = [UInt8](FileManager.default.contents(atPath: TestSupport.fixture(source))!)
        var random = SeededRandom(seed: 0x5EED)
        let name = source.split(separator: "/").dropFirst().joined(separator: "/")
        for round in 0..<60 {
            let damaged = Self.mutate(original, random: &random)
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
}
