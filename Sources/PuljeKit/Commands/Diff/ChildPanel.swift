/// The same children followed from one side of a comparison to the other, where child sheets
/// carry stable pseudonyms (SPEC 3.2): who stayed, who arrived and who left, so that change
/// within the same children is told apart from turnover.
///
/// - Stayers are children with an active row on both sides; their light on a side is the one
///   from the latest period of that side in which they were assessed. The 3 x 3 transition
///   table and the paired tests (Stuart-Maxwell for the table, McNemar for green against not
///   green) use them only: the same children twice are not independent samples.
/// - Newcomers have an active row on the `to` side only, counted by their `to` light.
/// - Leavers have an active row on the `from` side only, counted by their last assessment up
///   to the end of the `to` side: the `udgaaet` row of the period they left in when there is
///   one (SPEC 3.2), otherwise their latest active row. An `udgaaet` row beside an active row
///   at another institution in the same period is a move, not a leaving: the active row counts.
///
/// A pseudonym given to two active rows of one period cannot be followed; such children are
/// counted in `ambiguous` and left out.
public struct ChildPanel: Hashable, Sendable {
    public let project: ProjectID
    /// nil for the whole project; a child moving between institutions leaves one and joins
    /// the other.
    public let institution: String?
    public let assessment: Assessment
    /// `transitions[from][to]`, indexed by `TrafficLight.allCases` (green, yellow, red).
    public let transitions: [[Int]]
    public let newcomers: TrafficLightCounts
    public let leavers: TrafficLightCounts
    /// Children active on both sides but not assessed in this series on one of them.
    public let stayersNotAssessed: Int
    /// Pseudonyms appearing on two active rows of one period.
    public let ambiguous: Int
    /// Cells and shares from fewer children than this are withheld (SPEC 4).
    public let minimumCell: Int

    public var stayers: Int { transitions.joined().reduce(0, +) }

    /// The stayers' distribution on the `from` side (rows of the table) and the `to` side.
    public var stayersFrom: TrafficLightCounts { counts { transitions[$0].reduce(0, +) } }
    public var stayersTo: TrafficLightCounts { counts { column in transitions.reduce(0) { $0 + $1[column] } } }

    /// True when there are too few stayers to show their shares or tests.
    public var suppressed: Bool { stayers < minimumCell }

    /// Which of the panel's counts are shown, the same in every output (SPEC 4).
    public var suppression: PanelSuppression { PanelSuppression(self) }

    /// The stayers' green share on a side, exact, or nil when fewer than the threshold stayed
    /// or the side's green count is hidden.
    public func greenShare(_ side: TrafficLightChange.Side, shown suppression: PanelSuppression) -> Ratio? {
        let green = side == .from ? suppression.stayersFrom(.green, in: self) : suppression.stayersTo(.green, in: self)
        guard !suppressed, let green else { return nil }
        return Ratio(green, stayers)
    }

    /// Stuart-Maxwell test of marginal homogeneity of the stayers' 3 x 3 table.
    /// nil when a cell it is computed from is hidden (`PanelSuppression.showsChanges`).
    public func stuartMaxwell(shown suppression: PanelSuppression) -> (statistic: Double, degreesOfFreedom: Int, p: Double)? {
        suppressed || !suppression.showsChanges ? nil : PeriodTests.stuartMaxwell(transitions)
    }

    /// McNemar's test of the stayers' green share: green to not green against not green to green.
    /// nil when a cell it is computed from is hidden.
    public func mcNemar(shown suppression: PanelSuppression) -> (statistic: Double, p: Double)? {
        guard !suppressed, suppression.showsChanges else { return nil }
        let becameGreen = transitions[1][0] + transitions[2][0]
        let leftGreen = transitions[0][1] + transitions[0][2]
        return PeriodTests.mcNemar(becameGreen: becameGreen, leftGreen: leftGreen)
    }

    private func counts(_ count: (Int) -> Int) -> TrafficLightCounts {
        TrafficLightCounts(green: count(0), yellow: count(1), red: count(2))
    }
}

extension ChildPanel {
    /// A leaver's last assessment before leaving (SPEC 3.2): from the latest period with a row,
    /// the `udgaaet` row when there is one; but an `udgaaet` row at one institution beside an
    /// active row at another in the same period is a move, and the child's last assessment is
    /// the active row at the institution it moved to.
    static func lastAssessment(of rows: [ChildAssessment], in assessment: Assessment) -> TrafficLight? {
        let assessed = rows.filter { $0[assessment] != nil }
        guard let lastPeriod = assessed.map(\.key.period).max() else { return nil }
        let final = assessed.filter { $0.key.period == lastPeriod }
        let moves = Set(final.filter { $0.status == .aktiv }.map(\.key.institution))
        let leaving = final.filter { $0.status == .udgaaet && (moves.isEmpty || moves.contains($0.key.institution)) }
        let chosen = leaving.isEmpty ? final.filter { $0.status == .aktiv } : leaving
        return chosen.max { $0.key.institution < $1.key.institution }?[assessment]
    }

    /// Builds the panels of one group of children (one project, or one institution in it).
    /// - Parameters:
    ///   - children: the group's child rows in all periods.
    ///   - from, to: the periods of each side; every `from` period precedes every `to` period.
    static func panels(
        of children: [ChildAssessment], project: ProjectID, institution: String?, from: Set<Period>, to: Set<Period>,
        minimumCell: Int
    ) -> [ChildPanel] {
        guard let lastTo = to.max() else { return [] }
        var byChild: [String: [ChildAssessment]] = [:]
        for child in children where child.key.period <= lastTo {
            byChild[child.pseudonym, default: []].append(child)
        }
        return Assessment.allCases.compactMap { assessment in
            var transitions = Array(repeating: [0, 0, 0], count: 3)
            var newcomers = TrafficLightCounts()
            var leavers = TrafficLightCounts()
            var notAssessed = 0
            var ambiguous = 0
            var anyone = false
            for rows in byChild.values {
                let active = rows.filter { $0.status == .aktiv }
                let activePeriods = active.map(\.key.period)
                if Set(activePeriods).count != activePeriods.count {
                    ambiguous += 1
                    continue
                }
                // The light from the latest period of a side in which the child was assessed.
                func light(on side: Set<Period>) -> TrafficLight? {
                    active.filter { side.contains($0.key.period) && $0[assessment] != nil }
                        .max { $0.key.period < $1.key.period }?[assessment]
                }
                let onFrom = active.contains { from.contains($0.key.period) }
                let onTo = active.contains { to.contains($0.key.period) }
                switch (onFrom, onTo) {
                case (true, true):
                    if let first = light(on: from), let second = light(on: to) {
                        transitions[first.index][second.index] += 1
                        anyone = true
                    } else {
                        notAssessed += 1
                    }
                case (false, true):
                    if let second = light(on: to) {
                        newcomers[second] += 1
                        anyone = true
                    }
                case (true, false):
                    if let light = Self.lastAssessment(of: rows, in: assessment) {
                        leavers[light] += 1
                        anyone = true
                    }
                case (false, false):
                    break
                }
            }
            guard anyone else { return nil }
            return ChildPanel(
                project: project, institution: institution, assessment: assessment, transitions: transitions,
                newcomers: newcomers, leavers: leavers, stayersNotAssessed: notAssessed, ambiguous: ambiguous,
                minimumCell: minimumCell)
        }
    }
}
