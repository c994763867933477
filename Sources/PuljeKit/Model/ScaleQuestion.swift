/// One of the collaboration questions institutions rate jointly each period on a 1-7 scale
/// (SPEC 2.3): 1 = not at all, 7 = to a very high degree.
public enum ScaleQuestion: String, CaseIterable, Hashable, Sendable, Comparable {
    case f1DagligKontakt = "f1_daglig_kontakt"
    case f2Inddragelse = "f2_inddragelse"
    case f3Foraeldremoeder = "f3_foraeldremoeder"
    case t1KommunikationPrimaer = "t1_kommunikation_primaer"
    case t2KommunikationOevrige = "t2_kommunikation_oevrige"
    case t3IndsatserPrimaer = "t3_indsatser_primaer"
    case t4IndsatserOevrige = "t4_indsatser_oevrige"
    case t5KompetencerPrimaer = "t5_kompetencer_primaer"

    /// Who the question is about.
    public enum Group: String, Sendable {
        case parents
        case partners
    }

    /// The valid ratings (SPEC 2.3: whole numbers 1-7; anything else is an error).
    public static let ratings: ClosedRange<Int> = 1...7

    public var id: String { rawValue }

    /// Position in `allCases`: the question's slot in `RegisteredValues`.
    var slot: Int {
        switch self {
        case .f1DagligKontakt: 0
        case .f2Inddragelse: 1
        case .f3Foraeldremoeder: 2
        case .t1KommunikationPrimaer: 3
        case .t2KommunikationOevrige: 4
        case .t3IndsatserPrimaer: 5
        case .t4IndsatserOevrige: 6
        case .t5KompetencerPrimaer: 7
        }
    }

    public var group: Group {
        rawValue.hasPrefix("f") ? .parents : .partners
    }

    /// The question as printed on the registration sheet (SPEC 2.3).
    public var danishQuestion: String {
        switch self {
        case .f1DagligKontakt:
            "I hvilken grad er den daglige kontakt med forældre til børn i udsatte positioner målrettet og systematisk?"
        case .f2Inddragelse:
            "I hvilken grad er forældrene inddraget i dagtilbuddets indsats for det enkelte barn i en udsat position?"
        case .f3Foraeldremoeder:
            "I hvilken grad bidrager forældremøderne i dagtilbuddet til samarbejde med forældrene om læring og trivsel?"
        case .t1KommunikationPrimaer:
            "I hvilken grad er kommunikationen med den primære samarbejdspartner tilstrækkelig hyppig?"
        case .t2KommunikationOevrige:
            "I hvilken grad er kommunikationen med øvrige eksterne samarbejdspartnere tilstrækkelig hyppig?"
        case .t3IndsatserPrimaer:
            "I hvilken grad fører samarbejdet med den primære samarbejdspartner til bedre indsatser for det enkelte barn?"
        case .t4IndsatserOevrige:
            "I hvilken grad fører samarbejdet med øvrige eksterne samarbejdspartnere til bedre indsatser for det enkelte barn?"
        case .t5KompetencerPrimaer:
            "I hvilken grad fører samarbejdet med den primære samarbejdspartner til nye kompetencer hos det pædagogiske personale i dagtilbuddet?"
        }
    }

    /// A short name for report tables, in `language` (the wording layer's `LabelText`).
    public func shortLabel(_ language: Language) -> String {
        language.text(LabelText.question(self))
    }

    public static func < (lhs: ScaleQuestion, rhs: ScaleQuestion) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
