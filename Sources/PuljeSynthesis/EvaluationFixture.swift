import PuljeKit

/// The synthetic evaluation data set bundled as `Fixtures/evaluation`: all 15 projects in
/// their collected periods, laid out as SPEC 3.3 describes, calibrated to the published
/// figures in the catalogue (institutions and children per period, activity volumes near the
/// evaluation's counts and Tabel 3), with 1-7 ratings rising over the periods and traffic
/// lights mostly green and slowly greener. Three projects keep child sheets with stable
/// pseudonyms; a few sheets are saved the Danish-Excel way. Deterministic: a seed gives bytes.
public struct EvaluationFixture: Sendable {
    public static let defaultSeed: UInt64 = 2019_05_01

    public let catalogue: Catalogue
    public let seed: UInt64

    public init(catalogue: Catalogue = .standard, seed: UInt64 = defaultSeed) {
        self.catalogue = catalogue
        self.seed = seed
    }

    /// Every file of the data set, path relative to the data folder, sorted by path.
    public func files() -> [(name: String, bytes: [UInt8])] {
        let root = SeededRandom(seed: seed)
        var files: [(name: String, bytes: [UInt8])] = []
        for project in catalogue.projects.values {
            var generator = ProjectFixture(
                project: project, profile: .profile(for: project.id), catalogue: catalogue,
                random: root.derived(project.id.rawValue))
            files += generator.files()
        }
        files.append(("README.md", Array(readme.utf8)))
        return files.sorted { $0.name < $1.name }
    }

    private var readme: String {
        """
        # Fixtures/evaluation

        A synthetic data set in the layout of SPEC 3.3, written by `pulje generate` (seed \(seed)).
        Do not edit by hand: change the generator (Sources/PuljeSynthesis) and run `make fixtures`.

        - One folder per project, one institution sheet per collected period (`periode-<N>.csv`).
        - Child sheets with stable pseudonyms (`periode-<N>-boern.csv`) for helsingoer and morsoe
          (instead of traffic-light counts) and vesthimmerlands (beside agreeing counts).
        - Danish-Excel exports: toender periods 4-7 (`;`, BOM, CRLF; period 6 with the Danish
          labels as headers; period 5 in Windows-1252 without BOM), morsoe's child sheets
          (`;`, BOM, CRLF, ages with decimal comma), glostrup period 7 tab-separated.
        - haderslev's sheets leave out `projekt` and `periode` (the path says them);
          aabenraa period 1 uses English column names.
        - No value is a real person's: institutions are invented names, children pseudonyms.

        """
    }
}

/// One project's part of the data set.
private struct ProjectFixture {
    let project: Project
    let profile: ProjectProfile
    let catalogue: Catalogue
    var random: SeededRandom

    init(project: Project, profile: ProjectProfile, catalogue: Catalogue, random: SeededRandom) {
        self.project = project
        self.profile = profile
        self.catalogue = catalogue
        self.random = random
    }

    private var id: String { project.id.rawValue }

    private var periods: [Period] {
        if let periods = profile.periods { return periods.map(Period.init) }
        return catalogue.collectedPeriods.filter { catalogue.phase(of: project.id, in: $0) != .afsluttet }
    }

    mutating func files() -> [(name: String, bytes: [UInt8])] {
        let names = InstitutionNames.pick(project.institutions ?? 3, for: id, random: &random)
        let children = childrenPlan(institutions: names.count)
        var population = profile.childSheets.map { _ in ChildPopulation(project: id, institutions: names.count) }
        var childRows: [Period: [[String]]] = [:]
        var lights: [Period: [[TrafficLightSeries: TrafficLightCounts]]] = [:]

        for (step, period) in periods.enumerated() {
            if population != nil {
                let rows = population!.advance(
                    to: children[period]!, step: step, greenStart: profile.greenStart,
                    language: profile.language, random: &random)
                childRows[period] = rows.rows
                lights[period] = rows.counts
            } else {
                lights[period] = (0..<names.count).map { index in
                    trafficLights(children: children[period]![index], step: step)
                }
            }
        }
        let activity = activityPlan(children: children, institutions: names.count)
        var files: [(name: String, bytes: [UInt8])] = []
        for (step, period) in periods.enumerated() {
            let format = Self.format(project: id, period: period.number)
            let rows = institutionSheet(
                period: period, step: step, names: names, children: children[period]!,
                activity: activity[period]!, lights: lights[period]!, format: format)
            files.append(("\(id)/periode-\(period).csv", format.encode(rows)))
            if let rows = childRows[period] {
                let childFormat = id == "morsoe" ? SheetFormat.danishExcel : SheetFormat()
                let header = [
                    ColumnRole.project, .institution, .period, .child, .assessment(.trivsel),
                    .assessment(.sprog), .status, .age, .tool,
                ].map(childFormat.columnName)
                let cells = rows.map { row in
                    [id, names[Int(row[0])!], "\(period)"] + row[1...4] + [childFormat.decimal(Double(row[5])!), row[6]]
                }
                files.append(("\(id)/periode-\(period)-boern.csv", childFormat.encode([header] + cells.map(spellLights))))
            }
        }
        return files
    }

    /// Each child-sheet project spells the traffic light its own way (SPEC 3.4 accepts all).
    private func spellLights(_ row: [String]) -> [String] {
        let spelling: [String: String] =
            switch id {
            case "morsoe": ["groen": "grøn", "gul": "gul", "roed": "rød"]
            case "vesthimmerlands": ["groen": "green", "gul": "yellow", "roed": "red"]
            default: [:]
            }
        return row.enumerated().map { index, cell in (4...5).contains(index) ? spelling[cell] ?? cell : cell }
    }

    // MARK: Children

    /// Children attached per institution and period: the published mean per period, ramping up
    /// in the first periods, split over institutions of different sizes.
    private mutating func childrenPlan(institutions: Int) -> [Period: [Int]] {
        let ramp: [Int: Double] = [1: 0.86, 2: 0.93, 4: 1.0, 5: 1.05, 6: 1.08, 7: 1.06]
        let factors = periods.map { ramp[$0.number] ?? 1 }
        let mean = factors.reduce(0, +) / Double(factors.count)
        let sizes = (0..<institutions).map { _ in random.uniform(0.6...1.4) }
        var plan: [Period: [Int]] = [:]
        for (period, factor) in zip(periods, factors) {
            let total = Int((Double(project.childrenPerPeriod ?? 20) * factor / mean).rounded())
            plan[period] = Apportion.split(total, weights: sizes.map { $0 * random.uniform(0.9...1.1) })
        }
        return plan
    }

    // MARK: Activities

    /// Indicator values per period and institution; nil = not registered (blank cell).
    private mutating func activityPlan(children: [Period: [Int]], institutions: Int) -> [Period: [[Indicator: Int?]]] {
        var plan: [Period: [[Indicator: Int?]]] = [:]
        for period in periods { plan[period] = Array(repeating: [:], count: institutions) }
        for indicator in Indicator.allCases where indicator != .foraeldrearrangementerDeltagere {
            guard let target = profile.targets[indicator] else { continue }
            let earlier = periods.filter { $0.number < 6 }
            let recent = periods.filter { $0.number >= 6 }
            let weights: (Period) -> Double = { period in
                self.catalogue.phase(of: self.project.id, in: period) == .udbredelse ? 1.6 : 1.0
            }
            var perPeriod: [Period: Int] = [:]
            for (group, total) in [(earlier, target.earlier), (recent, target.recent)] where !group.isEmpty {
                for (period, value) in zip(group, Apportion.split(total, weights: group.map(weights))) {
                    perPeriod[period] = value
                }
            }
            for period in periods {
                // A few institutions leave a cell blank: not registered, which is not 0.
                let registered = (0..<institutions).map { _ in !random.chance(0.03) }
                let weights = (0..<institutions).map { index in
                    registered[index] ? Double(children[period]![index]) * random.uniform(0.5...1.5) : 0
                }
                let split = Apportion.split(perPeriod[period] ?? 0, weights: weights)
                for index in 0..<institutions {
                    plan[period]![index][indicator] = registered[index] ? split[index] : .some(nil)
                }
            }
        }
        if profile.targets[.foraeldrearrangementerDeltagere] != nil {
            for period in periods {
                for index in 0..<institutions {
                    let participants = plan[period]![index][.foraeldrearrangementer].flatMap { events in
                        events.map { events in
                            events == 0
                                ? 0
                                : max(
                                    events,
                                    Int(
                                        (Double(events) * profile.participantsPerEvent
                                            * random.uniform(0.8...1.2)).rounded()))
                        }
                    }
                    plan[period]![index][.foraeldrearrangementerDeltagere] = .some(participants)
                }
            }
        }
        if profile.citizenCounts {
            for period in periods {
                for index in 0..<institutions {
                    let attached = children[period]![index]
                    plan[period]![index][.stoettebehov] = binomial(attached, 0.02)
                    plan[period]![index][.skoleudsaettelse] = binomial(attached, 0.008)
                    plan[period]![index][.skolestartMedStoette] = binomial(attached, 0.01)
                }
            }
        }
        return plan
    }

    private mutating func binomial(_ trials: Int, _ p: Double) -> Int {
        (0..<trials).reduce(0) { count, _ in count + (random.chance(p) ? 1 : 0) }
    }

    // MARK: Traffic lights

    /// Counts for an institution that registers counts, not child rows: most children green,
    /// the green share rising slowly with the periods.
    private mutating func trafficLights(children: Int, step: Int) -> [TrafficLightSeries: TrafficLightCounts] {
        var counts: [TrafficLightSeries: TrafficLightCounts] = [:]
        let assessed = Int((Double(children) * random.uniform(0.85...0.98)).rounded())
        let green = min(0.97, profile.greenStart + 0.012 * Double(step) + random.normal(sd: 0.03))
        counts[TrafficLightSeries(.trivsel)] = draw(assessed, green: green)
        if profile.language {
            counts[TrafficLightSeries(.sprog)] = draw(assessed, green: green - 0.05)
        }
        if profile.leavers {
            counts[TrafficLightSeries(.trivsel, .udgaaet)] = draw(children / 10, green: green - 0.1)
        }
        return counts
    }

    private mutating func draw(_ children: Int, green: Double) -> TrafficLightCounts {
        var counts = TrafficLightCounts()
        for _ in 0..<children {
            let u = random.unit()
            counts[u < green ? .green : (u < green + (1 - green) * 0.6 ? .yellow : .red)] += 1
        }
        return counts
    }

    // MARK: Institution sheet

    private mutating func institutionSheet(
        period: Period, step: Int, names: [String], children: [Int],
        activity: [[Indicator: Int?]], lights: [[TrafficLightSeries: TrafficLightCounts]],
        format: SheetFormat
    ) -> [[String]] {
        var columns: [ColumnRole] = format.keyColumns ? [.project, .institution, .period] : [.institution]
        columns.append(.indicator(.boern))
        columns += Indicator.allCases.filter { $0 != .boern && activity.first?[$0] != nil }.map(ColumnRole.indicator)
        let questions = ScaleQuestion.allCases.filter {
            $0.group == .parents ? profile.ratesParentQuestions : profile.ratesPartnerQuestions
        }
        columns += questions.map(ColumnRole.scale)
        let series = TrafficLightSeries.all.filter { series in lights.contains { $0[series] != nil } }
        if profile.childSheets != .instead {
            for series in series {
                columns += TrafficLight.allCases.map { ColumnRole.trafficLightCount(series, $0) }
            }
        }
        var rows = [columns.map(format.columnName)]
        let effects = names.map { _ in random.normal(sd: 0.45) }
        for (index, name) in names.enumerated() {
            let row = columns.map { role -> String in
                switch role {
                case .project: return id
                case .institution: return name
                case .period: return "\(period)"
                case .indicator(.boern): return "\(children[index])"
                case .indicator(let indicator): return activity[index][indicator]??.description ?? ""
                case .scale(let question): return rating(question, step: step, effect: effects[index])
                case .trafficLightCount(let series, let light):
                    return lights[index][series].map { "\($0[light])" } ?? ""
                default: return ""
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// A joint 1-7 rating, rising over the periods (the evaluation's Figures 3-24).
    private mutating func rating(_ question: ScaleQuestion, step: Int, effect: Double) -> String {
        if singlePartnerBlank(question) || random.chance(0.03) { return "" }
        let base = question.group == .parents ? 4.1 : 3.7
        let value = base + 0.28 * Double(step) + effect + random.normal(sd: 0.6)
        return "\(min(7, max(1, Int(value.rounded()))))"
    }

    /// Projects with one partner profession leave the "other partners" questions blank.
    private func singlePartnerBlank(_ question: ScaleQuestion) -> Bool {
        profile.singlePartner && (question == .t2KommunikationOevrige || question == .t4IndsatserOevrige)
    }

    /// Which sheets are saved another way than plain UTF-8 commas.
    static func format(project: String, period: Int) -> SheetFormat {
        switch (project, period) {
        case ("toender", 5):
            var format = SheetFormat.danishExcel
            format.byteOrderMark = false
            format.windows1252 = true
            return format
        case ("toender", 6):
            var format = SheetFormat.danishExcel
            format.header = .danishLabels
            return format
        case ("toender", 4...7): return .danishExcel
        case ("glostrup", 7): return SheetFormat(delimiter: "\t", crlf: true)
        case ("haderslev", _): return SheetFormat(keyColumns: false)
        case ("aabenraa", 1): return SheetFormat(header: .english)
        default: return SheetFormat()
        }
    }
}
