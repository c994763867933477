/// A profession whose hours an activity costs (SPEC 5): `paedagog`, `paedagogisk_leder`,
/// `vikar`, and the partners (`sundhedsplejerske`, `socialraadgiver`, ...).
public struct Role: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let id: String

    public init(_ id: String) {
        self.id = ColumnName.fold(id)
    }

    public static let paedagog = Role("paedagog")
    public static let paedagogiskLeder = Role("paedagogisk_leder")
    public static let vikar = Role("vikar")

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.id < rhs.id }
    public var description: String { id }

    /// The profession's name in `language` (the wording layer's `LabelText`): `pædagog` in
    /// Danish; the id where no label is known.
    public func label(_ language: Language) -> String {
        language.text(LabelText.role(self))
    }
}
