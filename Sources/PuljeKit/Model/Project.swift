/// A pool project as the catalogue describes it (SPEC 1, `projects.csv`): who ran it, what it
/// was called and the published headline figures a data set can be checked against.
public struct Project: Hashable, Sendable {
    public let id: ProjectID
    public let municipality: String
    public let title: String
    /// The evaluation's verdict: `modnet`, `delvist modnet` or `ikke evalueret`.
    public let maturity: String
    /// Number of participating institutions, as published.
    public let institutions: Int?
    /// Children attached per data period, as published (a headline, see `childrenNote`).
    public let childrenPerPeriod: Int?
    /// The published figure's qualifier (`gennemsnit pr. periode`, `op til`), in Danish and
    /// English.
    public let childrenNote: CatalogueText
    /// Professional partners besides parents (`sundhedsplejerske`, `socialrådgiver`, ...).
    public let partners: [String]
    public let daycareTypes: [String]
    /// Numbers of the significant elements (`elements.csv`) the project contains.
    public let elements: [Int]

    public init(
        id: ProjectID, municipality: String, title: String, maturity: String = "",
        institutions: Int? = nil, childrenPerPeriod: Int? = nil, childrenNote: CatalogueText = CatalogueText(danish: ""),
        partners: [String] = [], daycareTypes: [String] = [], elements: [Int] = []
    ) {
        self.id = id
        self.municipality = municipality
        self.title = title
        self.maturity = maturity
        self.institutions = institutions
        self.childrenPerPeriod = childrenPerPeriod
        self.childrenNote = childrenNote
        self.partners = partners
        self.daycareTypes = daycareTypes
        self.elements = elements
    }
}
