/// A text the catalogue itself gives in both languages (`projects.csv`: `children_note` in
/// Danish, `children_note_en` in English). It is data, not a sentence of pulje's, so it is
/// carried with both wordings and shown in the language of the run.
public struct CatalogueText: WordedText, Hashable, Sendable {
    public let danish: String
    public let english: String

    /// A text given in one language only (an older catalogue without `children_note_en`) is
    /// shown in both: a note in the other language beats none.
    public init(danish: String, english: String = "") {
        self.danish = danish.isEmpty ? english : danish
        self.english = english.isEmpty ? danish : english
    }

    /// Whether the catalogue gives no text in either language.
    public var isEmpty: Bool { danish.isEmpty }
}
