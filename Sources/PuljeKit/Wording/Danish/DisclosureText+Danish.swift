extension DisclosureText {
    var danish: String {
        let number = NumberFormat(.danish)
        switch self {
        case .heading: return "Diskretionering (SPEC 4)"
        case .hiddenInFile(let file, let primary, let secondary):
            return
                "  \(file): \(number.integer(primary)) skjult for få børn, \(number.integer(secondary)) mere skjult for at beskytte dem"
        case .audit(let hidden, let narrowest):
            return
                "  Revision: \(Language.danish.counted(hidden, "skjult tal", "skjulte tal")); det smalleste mulige interval er \(narrowest) bredt;"
        case .belowRequirement(let failures, let width):
            return "  \(number.integer(failures)) under kravet (\(width), eller hvad de altid viste tal tillader)."
        }
    }
}
