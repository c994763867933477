/// One accepted child-sheet row kept whole (SPEC 3.2), for following the same children from
/// period to period (`pulje diff`'s panel). Only read when asked for (`SheetReader.keepsChildren`):
/// the report needs the counts, not the children.
///
/// The pseudonym identifies a child within its project and is never written to any output.
public struct ChildAssessment: Hashable, Sendable {
    public let key: RegistrationKey
    public let pseudonym: String
    public let trivsel: TrafficLight?
    public let sprog: TrafficLight?
    public let status: ChildStatus

    public init(key: RegistrationKey, pseudonym: String, trivsel: TrafficLight?, sprog: TrafficLight?, status: ChildStatus) {
        self.key = key
        self.pseudonym = pseudonym
        self.trivsel = trivsel
        self.sprog = sprog
        self.status = status
    }

    /// The child's light in one assessment, or nil when it was not assessed.
    public subscript(assessment: Assessment) -> TrafficLight? {
        assessment == .trivsel ? trivsel : sprog
    }
}
