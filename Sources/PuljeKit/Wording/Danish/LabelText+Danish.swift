extension LabelText {
    var danish: String {
        switch self {
        case .indicator(let indicator):
            switch indicator {
            case .boern: "Børn tilknyttet"
            case .hjemmebesoeg: "Hjemmebesøg"
            case .kufferter: "Sprogkufferter"
            case .foraeldrearrangementer: "Forældrearrangementer"
            case .foraeldrearrangementerDeltagere: "Deltagere i forældrearrangementer"
            case .tvaerfagligeMoeder: "Tværfaglige møder"
            case .monofagligeIndsatser: "Børn med monofaglige indsatser"
            case .tvaerfagligeIndsatser: "Børn med tværfaglige indsatser"
            case .stoettebehov: "Indstillinger til støtte"
            case .skoleudsaettelse: "Udskudt skolestart"
            case .skolestartMedStoette: "Skolestart med støtte"
            }
        case .question(let question):
            switch question {
            case .f1DagligKontakt: "Daglig kontakt med forældre"
            case .f2Inddragelse: "Forældre inddraget"
            case .f3Foraeldremoeder: "Forældremøder bidrager"
            case .t1KommunikationPrimaer: "Kommunikation, primær partner"
            case .t2KommunikationOevrige: "Kommunikation, øvrige"
            case .t3IndsatserPrimaer: "Bedre indsatser, primær"
            case .t4IndsatserOevrige: "Bedre indsatser, øvrige"
            case .t5KompetencerPrimaer: "Nye kompetencer, primær"
            }
        case .light(let light):
            switch light {
            case .green: "grøn"
            case .yellow: "gul"
            case .red: "rød"
            }
        case .assessment(let assessment):
            switch assessment {
            case .trivsel: "trivsel"
            case .sprog: "sprog"
            }
        case .role(let role):
            // The professions of the evaluation's cost tables (wages-2022.csv), spelled as
            // Danish writes them; their ids are folded (æ -> ae, å -> aa, space -> _).
            switch role.id {
            case "paedagog": "pædagog"
            case "paedagogisk_leder": "pædagogisk leder"
            case "paedagogisk_konsulent": "pædagogisk konsulent"
            case "socialraadgiver": "socialrådgiver"
            case "logopaed": "logopæd"
            // sundhedsplejerske, vikar, psykolog ...: the id is the Danish word.
            default: role.id
            }
        }
    }
}
