/// One of the significant elements ("betydningsfulde elementer") the evaluation identified
/// across projects (`elements.csv`), e.g. 8 = Overgangsmøder.
public struct Element: Hashable, Sendable {
    public let number: Int
    public let name: String
    /// `Samarbejde med forældre` or `Tværfagligt samarbejde`.
    public let group: String

    public init(number: Int, name: String, group: String) {
        self.number = number
        self.name = name
        self.group = group
    }
}
