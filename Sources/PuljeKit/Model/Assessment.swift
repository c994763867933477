/// What a traffic-light placement is about (SPEC 2.4): wellbeing (`trivsel`) or language (`sprog`).
public enum Assessment: String, CaseIterable, Hashable, Sendable, Comparable {
    case trivsel
    case sprog

    public static func < (lhs: Assessment, rhs: Assessment) -> Bool {
        lhs.rawValue > rhs.rawValue  // trivsel before sprog, as on the sheet
    }

    /// What it is about, lower case, in `language` (the wording layer's `LabelText`).
    public func label(_ language: Language) -> String {
        language.text(LabelText.assessment(self))
    }
}
