/// The language a report or message is written in: Danish by default, English on request.
///
/// The choice between them is made here and nowhere else (`scripts/check-wording` holds
/// `make test` to it): a renderer asks for a text by name (`text(_:)`), and the Danish and the
/// English texts of every name live together per language, in Wording/Danish and
/// Wording/English.
public enum Language: String, Sendable, CaseIterable {
    case danish = "da"
    case english = "en"

    /// The text `name` stands for, in this language.
    public func text(_ name: some WordedText) -> String {
        switch self {
        case .danish: name.danish
        case .english: name.english
        }
    }
}

/// A named text pulje shows: each case of a conforming enum is one sentence or label, its
/// arguments the figures and names it holds. Its `danish` is written in Wording/Danish, its
/// `english` in Wording/English.
public protocol WordedText {
    var danish: String { get }
    var english: String { get }
}
