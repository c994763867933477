/// The short, stable identifier of a pool project (`frederikshavn`, `hjoerring_vuggestue`):
/// the folder name in a data folder and the `projekt` column of a sheet.
public struct ProjectID: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static func < (lhs: ProjectID, rhs: ProjectID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    public var description: String { rawValue }
}
