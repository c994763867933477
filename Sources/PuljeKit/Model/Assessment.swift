/// What a traffic-light placement is about (SPEC 2.4): wellbeing (`trivsel`) or language (`sprog`).
public enum Assessment: String, CaseIterable, Hashable, Sendable, Comparable {
    case trivsel
    case sprog

    public static func < (lhs: Assessment, rhs: Assessment) -> Bool {
        lhs.rawValue > rhs.rawValue  // trivsel before sprog, as on the sheet
    }

    public func label(_ language: Language) -> String {
        switch self {
        case .trivsel: language.pick(da: "trivsel", en: "wellbeing")
        case .sprog: language.pick(da: "sprog", en: "language")
        }
    }
}
