import PuljeKit

/// The children of one project's institutions followed period by period, for child sheets
/// with stable pseudonyms (SPEC 3.2): children stay, improve or worsen by a Markov step,
/// leave (and are assessed on the way out, status `udgaaet`) and are replaced by newcomers.
struct ChildPopulation {
    private struct Child {
        let pseudonym: String
        var trivsel: TrafficLight
        var sprog: TrafficLight
        var age: Double
    }

    private let project: String
    private var institutions: [[Child]]
    private var issued = 0

    init(project: String, institutions: Int) {
        self.project = project
        self.institutions = Array(repeating: [], count: institutions)
    }

    /// Rows of one period: `[institution index, pseudonym, trivsel, sprog, status, age, tool]`,
    /// and the counts they make per institution (the same counts an institution sheet beside
    /// them registers).
    mutating func advance(
        to attached: [Int], step: Int, greenStart: Double, language: Bool, random: inout SeededRandom
    ) -> (rows: [[String]], counts: [[TrafficLightSeries: TrafficLightCounts]]) {
        var rows: [[String]] = []
        var counts: [[TrafficLightSeries: TrafficLightCounts]] = []
        for index in institutions.indices {
            var tally: [TrafficLightSeries: TrafficLightCounts] = [:]
            var stayers: [Child] = []
            for var child in institutions[index] {
                child.trivsel = Self.transition(child.trivsel, random: &random)
                child.sprog = Self.transition(child.sprog, random: &random)
                child.age += 0.5
                if step > 0 && (child.age >= 6 || random.chance(0.1)) {
                    rows.append(row(index, child, status: .udgaaet, language: language, &tally))
                } else {
                    stayers.append(child)
                }
            }
            while stayers.count > attached[index] { stayers.removeLast() }
            while stayers.count < attached[index] {
                issued += 1
                stayers.append(
                    Child(
                        pseudonym: "\(project.prefix(3).uppercased())-\(String(issued + 10000).dropFirst())",
                        trivsel: Self.initial(greenStart + 0.01 * Double(step), random: &random),
                        sprog: Self.initial(greenStart - 0.05, random: &random),
                        age: Double(Int(random.uniform(0...5.9) * 2)) / 2))
            }
            institutions[index] = stayers
            for child in stayers {
                rows.append(row(index, child, status: .aktiv, language: language, &tally))
            }
            counts.append(tally)
        }
        return (rows, counts)
    }

    private func row(
        _ index: Int, _ child: Child, status: ChildStatus, language: Bool,
        _ tally: inout [TrafficLightSeries: TrafficLightCounts]
    ) -> [String] {
        tally[TrafficLightSeries(.trivsel, status), default: TrafficLightCounts()][child.trivsel] += 1
        if language {
            tally[TrafficLightSeries(.sprog, status), default: TrafficLightCounts()][child.sprog] += 1
        }
        return [
            "\(index)", child.pseudonym, child.trivsel.rawValue, language ? child.sprog.rawValue : "",
            status == .udgaaet ? "udgaaet" : "", "\(child.age)", "TOPI",
        ]
    }

    private static func initial(_ green: Double, random: inout SeededRandom) -> TrafficLight {
        let u = random.unit()
        return u < green ? .green : (u < green + (1 - green) * 0.6 ? .yellow : .red)
    }

    /// One period's step: green mostly stays, yellow and red mostly improve or stay.
    private static func transition(_ light: TrafficLight, random: inout SeededRandom) -> TrafficLight {
        let u = random.unit()
        switch light {
        case .green: return u < 0.92 ? .green : (u < 0.98 ? .yellow : .red)
        case .yellow: return u < 0.35 ? .green : (u < 0.9 ? .yellow : .red)
        case .red: return u < 0.1 ? .green : (u < 0.45 ? .yellow : .red)
        }
    }
}
