/// What a sheet column holds, once its header has been matched (SPEC 3.1, 3.2, 3.4).
public enum ColumnRole: Hashable, Sendable {
    case project
    case institution
    case period
    case indicator(Indicator)
    case scale(ScaleQuestion)
    case trafficLightCount(TrafficLightSeries, TrafficLight)
    // Child sheet columns (SPEC 3.2)
    case child
    case assessment(Assessment)
    case status
    case age
    case tool

    /// Resolves a header cell, or nil for a column the engine does not know.
    public init?(header: String) {
        guard let role = Self.aliases[ColumnName.fold(header)] else { return nil }
        self = role
    }

    /// True for the columns only a child sheet has.
    public var isChildColumn: Bool {
        switch self {
        case .child, .assessment, .status, .age, .tool: true
        default: false
        }
    }

    /// Folded header name -> role: the ids of SPEC 2, the Danish labels and questions, and
    /// plain English names.
    static let aliases: [String: ColumnRole] = {
        var table: [String: ColumnRole] = [:]
        func add(_ role: ColumnRole, _ names: [String]) {
            for name in names { table[ColumnName.fold(name)] = role }
        }
        add(.project, ["projekt", "project", "projekt_id", "project_id"])
        add(.institution, ["dagtilbud", "institution", "institution_name", "daycare", "enhed"])
        add(.period, ["periode", "period", "dataperiode", "data_period"])
        for indicator in Indicator.allCases {
            add(.indicator(indicator), [indicator.id, indicator.danishLabel] + indicator.englishNames)
        }
        for question in ScaleQuestion.allCases {
            // `f1` alone is accepted too: sheets often abbreviate the question.
            let short = String(question.id.prefix(2))
            add(.scale(question), [question.id, question.danishQuestion, short])
        }
        for series in TrafficLightSeries.all {
            let english = series.assessment.label(.english) + (series.status == .udgaaet ? "_left" : "")
            for light in TrafficLight.allCases {
                add(
                    .trafficLightCount(series, light),
                    [
                        series.column(light), "\(series.id)_\(light.label(.danish))",
                        "\(english)_\(light.label(.english))",
                    ])
            }
        }
        add(.child, ["barn", "child", "pseudonym", "barn_id", "child_id", "boern_id"])
        add(.assessment(.trivsel), ["trivsel", "wellbeing"])
        add(.assessment(.sprog), ["sprog", "language"])
        add(.status, ["status"])
        add(.age, ["alder", "age"])
        add(.tool, ["vaerktoej", "vaerktoj", "tool", "redskab"])
        return table
    }()
}
