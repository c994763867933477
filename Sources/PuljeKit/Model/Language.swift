/// The language a report or message is written in: Danish by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case danish = "da"
    case english = "en"

    /// Picks the Danish or the English wording.
    @inlinable
    public func pick(da: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        switch self {
        case .danish: da()
        case .english: en()
        }
    }
}
