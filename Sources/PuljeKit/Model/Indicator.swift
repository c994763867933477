/// A count an institution registers per period (SPEC 2.1 activity indicators and 2.2
/// citizen-level counts): whole numbers >= 0, where a blank cell means "not registered".
public enum Indicator: String, CaseIterable, Hashable, Sendable, Comparable {
    // SPEC 2.1
    case boern
    case hjemmebesoeg
    case kufferter
    case foraeldrearrangementer
    case foraeldrearrangementerDeltagere = "foraeldrearrangementer_deltagere"
    case tvaerfagligeMoeder = "tvaerfaglige_moeder"
    case monofagligeIndsatser = "monofaglige_indsatser"
    case tvaerfagligeIndsatser = "tvaerfaglige_indsatser"
    // SPEC 2.2
    case stoettebehov
    case skoleudsaettelse
    case skolestartMedStoette = "skolestart_med_stoette"

    /// The column id used in sheets and CSV outputs.
    public var id: String { rawValue }

    /// Position in `allCases`: the indicator's slot in `RegisteredValues`.
    var slot: Int {
        switch self {
        case .boern: 0
        case .hjemmebesoeg: 1
        case .kufferter: 2
        case .foraeldrearrangementer: 3
        case .foraeldrearrangementerDeltagere: 4
        case .tvaerfagligeMoeder: 5
        case .monofagligeIndsatser: 6
        case .tvaerfagligeIndsatser: 7
        case .stoettebehov: 8
        case .skoleudsaettelse: 9
        case .skolestartMedStoette: 10
        }
    }

    /// True for the activity indicators of SPEC 2.1, false for the citizen-level counts of 2.2.
    public var isActivity: Bool {
        switch self {
        case .stoettebehov, .skoleudsaettelse, .skolestartMedStoette: false
        default: true
        }
    }

    /// True for indicators that count children rather than events (SPEC 2.1: children given
    /// support, children attached, and the citizen-level counts).
    public var countsChildren: Bool {
        switch self {
        case .hjemmebesoeg, .kufferter, .foraeldrearrangementer, .tvaerfagligeMoeder: false
        default: true
        }
    }

    /// The label printed on the evaluation's registration sheet (SPEC 2.1, 2.2).
    public var danishLabel: String {
        switch self {
        case .boern: "Antal børn tilknyttet projektet"
        case .hjemmebesoeg: "Antal gennemførte projektspecifikke hjemmebesøg"
        case .kufferter: "Antal udleverede sprogkufferter eller lignende"
        case .foraeldrearrangementer: "Antal gennemførte projektspecifikke forældrearrangementer"
        case .foraeldrearrangementerDeltagere:
            "Antal deltagere i de projektspecifikke forældrearrangementer"
        case .tvaerfagligeMoeder: "Antal afholdte projektspecifikke tværfaglige møder"
        case .monofagligeIndsatser:
            "Antal børn med projektspecifikke støttende indsatser uden andre faggrupper"
        case .tvaerfagligeIndsatser:
            "Antal børn med projektspecifikke støttende indsatser med andre faggrupper"
        case .stoettebehov:
            "Indstillinger til PPR, underretninger eller anden specialiseret (visiteret) støtte"
        case .skoleudsaettelse: "Antal børn, hvor skolestart er udskudt"
        case .skolestartMedStoette: "Antal børn, der begynder skole med særlig støtte"
        }
    }

    /// Plain English column names accepted as aliases (SPEC 3.4).
    public var englishNames: [String] {
        switch self {
        case .boern: ["children", "children_attached"]
        case .hjemmebesoeg: ["home_visits"]
        case .kufferter: ["language_suitcases", "suitcases", "language_kits"]
        case .foraeldrearrangementer: ["parent_events"]
        case .foraeldrearrangementerDeltagere: ["parent_event_participants", "participants"]
        case .tvaerfagligeMoeder: ["cross_professional_meetings", "interdisciplinary_meetings"]
        case .monofagligeIndsatser: ["single_professional_support", "monoprofessional_support"]
        case .tvaerfagligeIndsatser: ["cross_professional_support", "interdisciplinary_support"]
        case .stoettebehov: ["specialised_support_referrals", "referrals"]
        case .skoleudsaettelse: ["school_start_postponed"]
        case .skolestartMedStoette: ["school_start_with_support"]
        }
    }

    /// A short name for report tables, in `language` (the wording layer's `LabelText`).
    public func shortLabel(_ language: Language) -> String {
        language.text(LabelText.indicator(self))
    }

    public static func < (lhs: Indicator, rhs: Indicator) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Self.allCases.firstIndex(of: self)! }
}
