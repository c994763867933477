import Foundation
import PropertyBased
import Testing

@testable import PuljeKit

/// Properties over generated sheets (issue 7): whatever accepted dialect a sheet is saved in,
/// it reads back to the values written (SPEC 3.4); and the report's figures do not depend on
/// the order of rows, of files, or of the paths given.
@Suite struct PropertyTests {
    @Test func anySheetInAnyAcceptedDialectReadsBackTheSameValues() async {
        await propertyCheck(count: 500, input: GeneratedSheet.generator) { sheet in
            let folder = TestSupport.folder([sheet.path: sheet.bytes])
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = TestSupport.validate(folder)
            let errors = result.problems.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(sheet): \(errors.map { $0.message(.english) })")
            #expect(result.dataset.registrations.count == sheet.rows.count, "\(sheet)")
            // Read in the encoding it was saved in (an 8-bit sheet of ASCII alone is UTF-8 too).
            let saved = sheet.encoding.isEightBit && sheet.text.unicodeScalars.allSatisfy(\.isASCII) ? .utf8 : sheet.encoding
            #expect(result.files.first?.dialect?.encoding == saved, "\(sheet)")
            for row in sheet.rows {
                // A tab inside a name is read as a space (issue 15).
                let name = row.institution.replacingOccurrences(of: "\t", with: " ")
                let key = RegistrationKey(project: "frederikshavn", institution: name, period: Period(6))
                guard let registration = result.dataset[key] else {
                    Issue.record("\(sheet): \(row.institution) not read")
                    continue
                }
                for (indicator, value) in zip(sheet.indicators, row.counts) {
                    #expect(registration[indicator] == value, "\(sheet): \(row.institution) \(indicator)")
                }
                for (question, value) in zip(sheet.questions, row.ratings) {
                    #expect(registration[question] == value, "\(sheet): \(row.institution) \(question)")
                }
                #expect(registration[TrafficLightSeries(.trivsel)] == row.trivsel, "\(sheet): \(row.institution) trivsel")
            }
        }
    }

    @Test func figuresDoNotDependOnRowFileOrPathOrder() async {
        await propertyCheck(count: 100, input: GeneratedDataset.generator) { dataset in
            let ordered = TestSupport.folder(dataset.files(shuffled: nil))
            let shuffled = TestSupport.folder(dataset.files(shuffled: dataset.seed))
            defer {
                try? FileManager.default.removeItem(at: ordered)
                try? FileManager.default.removeItem(at: shuffled)
            }
            let first = try! Validation().run(paths: [ordered.path])
            // The shuffled set's files are given one by one, in a shuffled order.
            var generator = SplitMix(seed: dataset.seed)
            let paths = dataset.files(shuffled: dataset.seed).keys.sorted().shuffled(using: &generator).map {
                shuffled.appendingPathComponent($0).path
            }
            let second = try! Validation().run(paths: paths)
            #expect(first.problems.filter { $0.severity == .error }.isEmpty, "\(first.problems.map { $0.message(.english) })")
            #expect(second.problems.filter { $0.severity == .error }.isEmpty, "\(second.problems.map { $0.message(.english) })")
            let compared = [
                "activity.csv", "scales.csv", "scale_distribution.csv", "traffic_light.csv", "intervention_costs.csv",
                "data_summary.csv",
            ]
            let one = DataReport(first, catalogue: .standard, name: "x").files(formats: [.csv])
            let other = DataReport(second, catalogue: .standard, name: "x").files(formats: [.csv])
            for name in compared {
                let a = one.first { $0.name == name }!.contents
                let b = other.first { $0.name == name }!.contents
                #expect(a == b, "\(name) differs for seed \(dataset.seed)")
            }
            #expect(first.dataset.registrations.count == dataset.registrationCount)
        }
    }
}

/// A small deterministic generator for shuffles derived from a property's input.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One institution sheet of Frederikshavn, period 6, saved in a random accepted dialect
/// (SPEC 3.4): delimiter, line ending, byte-order mark, encoding (UTF-8, UTF-16 LE or BE,
/// Windows-1252, code page 850, Mac Roman), Danish thousands, header spelling (issue 15:
/// wrapped by a line break, decomposed Unicode as macOS saves it), quoting of awkward names,
/// trailing empty columns.
struct GeneratedSheet: Sendable, CustomStringConvertible {
    struct Row: Sendable {
        let institution: String
        let counts: [Int?]
        let ratings: [Int?]
        let trivsel: TrafficLightCounts?
    }

    let indicators: [Indicator]
    let questions: [ScaleQuestion]
    let hasTrivsel: Bool
    let rows: [Row]
    let delimiter: String
    let newline: String
    let byteOrderMark: Bool
    /// UTF-8, or `utf16LittleEndian`, `utf16BigEndian`, `windows1252`, `cp850`, `macRoman`.
    let encoding: TextEncoding
    let danishThousands: Bool
    let headerStyle: Int
    let trailingDelimiter: Bool
    let carriesProjectAndPeriod: Bool

    /// Names that need quoting in some dialect, or encoding care; all in Latin-1, and every
    /// letter beyond ASCII also in code page 850 and Mac Roman (`OfficeBytes`).
    static let names = [
        "Solsikken", "Løvspring", "Ærøvej Børnehus", "Åbakken", "Solsikken, Nord", "Mælkebøtten; Syd",
        "\"Bien\" vuggestue", "Skovtrolden\nAfdeling 2", "Tab\tHuset", "Café Ø", "Regnbuen", "Krudtuglen",
    ]

    var path: String { carriesProjectAndPeriod ? "ark.csv" : "frederikshavn/periode-6.csv" }

    var description: String {
        "sheet(\(rows.count) rows, delimiter \(delimiter.debugDescription), newline \(newline.debugDescription), "
            + "BOM \(byteOrderMark), \(encoding.rawValue), thousands \(danishThousands), header \(headerStyle), "
            + "trailing \(trailingDelimiter), columns \(carriesProjectAndPeriod))"
    }

    static let generator = Generator<GeneratedSheet, Shrink.None<GeneratedSheet>>(run: { rng in
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &rng)] }
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        // At least one count: a sheet of key columns alone says nothing it holds, and off the
        // layout it is rightly not read as a sheet (unrecognised-sheet).
        let drawn = Indicator.allCases.filter { $0.isActivity || $0 == .boern }.filter { _ in chance(0.5) }
        let indicators = drawn.isEmpty ? [Indicator.boern] : drawn
        let questions = ScaleQuestion.allCases.filter { _ in chance(0.4) }
        let hasTrivsel = chance(0.6)
        let names = Array(Self.names.shuffled(using: &rng).prefix(Int.random(in: 1...6, using: &rng)))
        var rows = names.map { name in
            Row(
                institution: name,
                counts: indicators.map { _ in chance(0.15) ? nil : Int.random(in: 0...(chance(0.3) ? 25_000 : 40), using: &rng) },
                ratings: questions.map { _ in chance(0.15) ? nil : Int.random(in: 1...7, using: &rng) },
                trivsel: hasTrivsel && !chance(0.15)
                    ? TrafficLightCounts(
                        green: Int.random(in: 0...2_000, using: &rng), yellow: Int.random(in: 0...50, using: &rng),
                        red: Int.random(in: 0...50, using: &rng)) : nil)
        }
        rows = Self.withoutSumsOfTheOthers(rows)
        let delimiter = pick([",", ";", "\t"])
        return GeneratedSheet(
            indicators: indicators, questions: questions, hasTrivsel: hasTrivsel, rows: rows, delimiter: delimiter,
            newline: pick(["\n", "\r\n"]), byteOrderMark: chance(0.3),
            encoding: chance(0.4) ? .utf8 : pick([.utf16LittleEndian, .utf16BigEndian, .windows1252, .cp850, .macRoman]),
            danishThousands: delimiter != "," && chance(0.5), headerStyle: Int.random(in: 0...4, using: &rng),
            trailingDelimiter: chance(0.2), carriesProjectAndPeriod: chance(0.5))
    })

    /// The rows, with any that holds in every filled-in count the sum of the others (with two
    /// others or more, two of its counts not 0) changed by one child: that is a totals row,
    /// refused by rule (README, Data layout), and the sheet is to read back whole.
    static func withoutSumsOfTheOthers(_ rows: [Row]) -> [Row] {
        guard rows.count >= 3 else { return rows }
        func values(_ row: Row) -> [Int?] {
            row.counts + [row.trivsel?.green, row.trivsel?.yellow, row.trivsel?.red]
        }
        var rows = rows
        var changed = true
        while changed {
            changed = false
            for (index, row) in rows.enumerated() {
                let own = values(row)
                let others = rows.indices.filter { $0 != index }.map { values(rows[$0]) }
                let sums = own.indices.map { column in others.reduce(0) { $0 + ($1[column] ?? 0) } }
                let filled = own.indices.filter { own[$0] != nil }
                guard filled.allSatisfy({ own[$0] == sums[$0] }), filled.filter({ own[$0] != 0 }).count >= 2 else { continue }
                // Its first filled-in count one higher: no longer the sum (and not 0).
                var counts = row.counts
                var trivsel = row.trivsel
                if let column = counts.firstIndex(where: { $0 != nil }) {
                    counts[column]! += 1
                } else if let lights = trivsel {
                    trivsel = TrafficLightCounts(green: lights.green + 1, yellow: lights.yellow, red: lights.red)
                }
                rows[index] = Row(institution: row.institution, counts: counts, ratings: row.ratings, trivsel: trivsel)
                changed = true
            }
        }
        return rows
    }

    /// The column name in the chosen spelling: the id, shouted with spaces, or an alias; the
    /// Danish label wrapped by a line break (the sheet's own LF or CRLF) where its first space
    /// or `_` is, as a cell wrapped by hand saves it; or the Danish label decomposed (NFD), in
    /// a UTF-8 sheet (Windows-1252 has no combining marks).
    private func header(_ id: String, danish: String? = nil, english: String? = nil) -> String {
        switch headerStyle {
        case 1: return id.uppercased().replacingOccurrences(of: "_", with: " ")
        case 2: return danish ?? english ?? " \(id) "
        case 3:
            let label = danish ?? id
            guard let at = label.firstIndex(where: { $0 == " " || $0 == "_" }) else { return label }
            return label.replacingCharacters(in: at...at, with: newline)
        case 4 where !encoding.isEightBit: return (danish ?? id).decomposedStringWithCanonicalMapping
        case 4: return danish ?? id
        default: return id
        }
    }

    /// An institution's name as the sheet spells it: decomposed with the NFD headers.
    private func spelt(_ name: String) -> String {
        headerStyle == 4 && !encoding.isEightBit ? name.decomposedStringWithCanonicalMapping : name
    }

    private func number(_ value: Int) -> String {
        guard danishThousands else { return String(value) }
        return NumberFormat(.danish).integer(value)
    }

    private func quote(_ cell: String) -> String {
        let needs = cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
        return needs ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }

    var text: String {
        var head: [String] = carriesProjectAndPeriod ? ["projekt", "dagtilbud", "periode"] : ["dagtilbud"]
        head += indicators.map { header($0.id, danish: $0.danishLabel, english: $0.englishNames.first) }
        head += questions.map { header($0.id, danish: headerStyle >= 3 ? $0.danishQuestion : nil) }
        if hasTrivsel { head += TrafficLight.allCases.map { header("trivsel_\($0.rawValue)") } }
        var lines = [head.map(quote)]
        for row in rows {
            var cells = carriesProjectAndPeriod ? ["frederikshavn", spelt(row.institution), "6"] : [spelt(row.institution)]
            cells += row.counts.map { $0.map(number) ?? "" }
            cells += row.ratings.map { $0.map(String.init) ?? "" }
            if hasTrivsel {
                cells += row.trivsel.map { [number($0.green), number($0.yellow), number($0.red)] } ?? ["", "", ""]
            }
            lines.append(cells.map(quote))
        }
        return lines.map { $0.joined(separator: delimiter) + (trailingDelimiter ? delimiter : "") + newline }.joined()
    }

    var bytes: [UInt8] {
        switch encoding {
        case .windows1252: text.unicodeScalars.map { UInt8($0.value) }  // Latin-1 letters have the same bytes in Windows-1252
        case .cp850: OfficeBytes.cp850(text)
        case .macRoman: OfficeBytes.macRoman(text)
        case .utf16LittleEndian, .utf16BigEndian:
            OfficeBytes.utf16(text, bigEndian: encoding == .utf16BigEndian, byteOrderMark: byteOrderMark)
        case .utf8: (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        }
    }
}

/// A data set of two projects over several periods, with institution sheets and child sheets,
/// that can be written in catalogue order or shuffled: rows shuffled, institution rows spread
/// over extra files at the data folder's root (SPEC 3.3: any CSV whose columns say what it is).
struct GeneratedDataset: Sendable {
    struct Sheet: Sendable {
        let project: String
        let period: Int
        let rows: [[String]]
    }

    let seed: UInt64
    let institutionSheets: [Sheet]
    let childSheets: [Sheet]

    static let institutionHeader = [
        "projekt", "dagtilbud", "periode", "boern", "hjemmebesoeg", "tvaerfaglige_moeder", "f1_daglig_kontakt",
        "t1_kommunikation_primaer", "trivsel_groen", "trivsel_gul", "trivsel_roed",
    ]
    static let childHeader = ["projekt", "dagtilbud", "periode", "barn", "trivsel", "sprog", "status"]

    var registrationCount: Int {
        Set(institutionSheets.flatMap { sheet in sheet.rows.map { "\(sheet.project)|\(sheet.period)|\($0[1])" } })
            .union(childSheets.flatMap { sheet in sheet.rows.map { "\(sheet.project)|\(sheet.period)|\($0[1])" } }).count
    }

    static let generator = Generator<GeneratedDataset, Shrink.None<GeneratedDataset>>(run: { rng in
        func cell(_ range: ClosedRange<Int>) -> String {
            Int.random(in: 0..<10, using: &rng) == 0 ? "" : String(Int.random(in: range, using: &rng))
        }
        let seed = UInt64.random(in: 0...UInt64.max, using: &rng)
        var institutionSheets: [Sheet] = []
        var childSheets: [Sheet] = []
        for project in ["frederikshavn", "haderslev"] {
            let institutions = ["Ahorn", "Birk", "Eg", "Hyld", "Lind", "Pil"].prefix(Int.random(in: 2...6, using: &rng))
            for period in [1, 2, 4, 5, 6, 7] where Int.random(in: 0..<4, using: &rng) > 0 {
                var rows: [[String]] = []
                var children: [[String]] = []
                for institution in institutions where Int.random(in: 0..<5, using: &rng) > 0 {
                    // Haderslev places its children on child sheets, Frederikshavn counts them.
                    if project == "haderslev" {
                        // Children always 31-60: no row is the sum of the others (a totals row,
                        // refused), as two others hold at least 62. (Frederikshavn's rows cannot
                        // be: boern is trivsel_groen + 20 on each.)
                        rows.append([
                            project, institution, "\(period)", "\(Int.random(in: 31...60, using: &rng))", cell(0...9),
                            cell(0...9), cell(1...7), cell(1...7), "", "", "",
                        ])
                        for child in 0..<Int.random(in: 1...12, using: &rng) {
                            let lights = ["groen", "gul", "roed", ""]
                            let trivsel = lights[Int.random(in: 0..<4, using: &rng)]
                            let sprog = lights[Int.random(in: 0..<4, using: &rng)]
                            let status = Int.random(in: 0..<8, using: &rng) == 0 ? "udgaaet" : "aktiv"
                            children.append([
                                project, institution, "\(period)", "\(institution.prefix(1))\(child)", trivsel, sprog, status,
                            ])
                        }
                    } else {
                        let green = Int.random(in: 0...40, using: &rng)
                        rows.append([
                            project, institution, "\(period)", "\(green + 20)", cell(0...9), cell(0...9), cell(1...7),
                            cell(1...7),
                            "\(green)", "\(Int.random(in: 0...9, using: &rng))", "\(Int.random(in: 0...5, using: &rng))",
                        ])
                    }
                }
                if !rows.isEmpty { institutionSheets.append(Sheet(project: project, period: period, rows: rows)) }
                if !children.isEmpty { childSheets.append(Sheet(project: project, period: period, rows: children)) }
            }
        }
        return GeneratedDataset(seed: seed, institutionSheets: institutionSheets, childSheets: childSheets)
    })

    /// The files (path -> bytes): in order, or shuffled with the given seed.
    func files(shuffled seed: UInt64?) -> [String: [UInt8]] {
        func csv(_ header: [String], _ rows: [[String]]) -> [UInt8] {
            Array(([header] + rows).map { $0.joined(separator: ",") + "\n" }.joined().utf8)
        }
        var files: [String: [UInt8]] = [:]
        guard let seed else {
            for sheet in institutionSheets {
                files["\(sheet.project)/periode-\(sheet.period).csv"] = csv(Self.institutionHeader, sheet.rows)
            }
            for sheet in childSheets {
                files["\(sheet.project)/periode-\(sheet.period)-boern.csv"] = csv(Self.childHeader, sheet.rows)
            }
            return files
        }
        var generator = SplitMix(seed: seed)
        // Institution rows of all sheets, shuffled and dealt over three files at the root.
        let rows = institutionSheets.flatMap(\.rows).shuffled(using: &generator)
        for part in 0..<3 {
            let dealt = rows.enumerated().filter { $0.offset % 3 == part }.map(\.element)
            if !dealt.isEmpty { files["del-\(part).csv"] = csv(Self.institutionHeader, dealt) }
        }
        for sheet in childSheets {
            files["\(sheet.project)/periode-\(sheet.period)-boern.csv"] = csv(
                Self.childHeader, sheet.rows.shuffled(using: &generator))
        }
        return files
    }
}
