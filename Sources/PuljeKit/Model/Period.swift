/// One of the evaluation's data periods (SPEC 1): a half-year in which every institution
/// filled in one registration sheet. Periods are numbered from 1; which numbers exist and
/// which were collected is the catalogue's business, not this type's.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let number: Int

    public init(_ number: Int) {
        self.number = number
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        lhs.number < rhs.number
    }

    public var description: String { String(number) }
}
