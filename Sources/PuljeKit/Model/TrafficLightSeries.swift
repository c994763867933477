/// One set of green/yellow/red counts on an institution sheet (SPEC 2.4): the assessment
/// (wellbeing or language) of the children present (`trivsel_groen`, ...) or of the children
/// who left since the previous period (`trivsel_udgaaet_groen`, ...).
public struct TrafficLightSeries: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let assessment: Assessment
    public let status: ChildStatus

    public init(_ assessment: Assessment, _ status: ChildStatus = .aktiv) {
        self.assessment = assessment
        self.status = status
    }

    public static let all: [TrafficLightSeries] = [
        .init(.trivsel), .init(.sprog), .init(.trivsel, .udgaaet), .init(.sprog, .udgaaet),
    ]

    /// Position in `all`: the series' slot in `RegisteredValues`.
    var slot: Int {
        (status == .aktiv ? 0 : 2) + (assessment == .trivsel ? 0 : 1)
    }

    /// The column-name stem: `trivsel`, `sprog_udgaaet`.
    public var id: String {
        status == .aktiv ? assessment.rawValue : "\(assessment.rawValue)_udgaaet"
    }

    /// The sheet column holding this series' count of one colour (`trivsel_udgaaet_roed`).
    public func column(_ light: TrafficLight) -> String { "\(id)_\(light.rawValue)" }

    public static func < (lhs: TrafficLightSeries, rhs: TrafficLightSeries) -> Bool {
        (lhs.status, lhs.assessment) < (rhs.status, rhs.assessment)
    }

    public var description: String { id }
}
