/// Invented day-care names in the Danish style, a different draw per project.
enum InstitutionNames {
    static let pool = [
        "Solsikken", "Mælkebøtten", "Regnbuen", "Troldehøjen", "Bikuben", "Spiren", "Skovbrynet",
        "Egebakken", "Humlebien", "Kastanjen", "Myretuen", "Lærkereden", "Søstjernen", "Valmuen",
        "Fyrtårnet", "Nøddehulen", "Mariehønen", "Bøgely", "Græshoppen", "Æblehaven", "Stjerneskuddet",
        "Enghaven", "Åkanden", "Pilehuset", "Tumlehuset", "Kløverbakken", "Havblik", "Rønnebærhuset",
        "Uglereden", "Lindely", "Skovtrolden", "Sommerfuglen",
    ]

    /// Names for a project's institutions. Tønder and Silkeborg count day-care play groups
    /// (`dagpleje`) among their units, and one Vejle name carries a comma, as real ones do.
    static func pick(_ count: Int, for project: String, random: inout SeededRandom) -> [String] {
        var names = pool
        for index in stride(from: names.count - 1, to: 0, by: -1) {
            names.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        var picked = Array(names.prefix(count))
        switch project {
        case "toender", "silkeborg", "mariagerfjord":
            let groups = project == "mariagerfjord" ? 4 : (project == "toender" ? 4 : 6)
            for index in 0..<min(groups, picked.count) {
                picked[picked.count - 1 - index] = "Dagplejen legestue \(["Nord", "Syd", "Øst", "Vest", "Midt", "By"][index])"
            }
        case "vejle":
            picked[0] = "Børnehuset Ved Åen, afd. Nord"
        default:
            break
        }
        return picked
    }
}
