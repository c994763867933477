extension LabelText {
    var english: String {
        switch self {
        case .indicator(let indicator):
            switch indicator {
            case .boern: "Children attached"
            case .hjemmebesoeg: "Home visits"
            case .kufferter: "Language suitcases"
            case .foraeldrearrangementer: "Parent events"
            case .foraeldrearrangementerDeltagere: "Parent event participants"
            case .tvaerfagligeMoeder: "Cross-professional meetings"
            case .monofagligeIndsatser: "Children, single-profession support"
            case .tvaerfagligeIndsatser: "Children, cross-professional support"
            case .stoettebehov: "Referrals to specialised support"
            case .skoleudsaettelse: "School start postponed"
            case .skolestartMedStoette: "School start with support"
            }
        case .question(let question):
            switch question {
            case .f1DagligKontakt: "Daily contact with parents"
            case .f2Inddragelse: "Parents involved"
            case .f3Foraeldremoeder: "Parent meetings contribute"
            case .t1KommunikationPrimaer: "Communication, main partner"
            case .t2KommunikationOevrige: "Communication, other partners"
            case .t3IndsatserPrimaer: "Better support, main partner"
            case .t4IndsatserOevrige: "Better support, other partners"
            case .t5KompetencerPrimaer: "New skills, main partner"
            }
        case .light(let light):
            switch light {
            case .green: "green"
            case .yellow: "yellow"
            case .red: "red"
            }
        case .assessment(let assessment):
            switch assessment {
            case .trivsel: "wellbeing"
            case .sprog: "language"
            }
        case .role(let role):
            // English text names a profession by its id, as the wage and activity files do.
            role.id
        }
    }
}
