extension DisclosureText {
    var english: String {
        let number = NumberFormat(.english)
        switch self {
        case .heading: return "Disclosure control (SPEC 4)"
        case .hiddenInFile(let file, let primary, let secondary):
            return
                "  \(file): \(number.integer(primary)) hidden for too few children, \(number.integer(secondary)) more hidden to protect them"
        case .audit(let hidden, let narrowest):
            return
                "  Audit: \(Language.english.counted(hidden, "hidden count", "hidden counts")); the narrowest feasible interval is \(narrowest) wide;"
        case .belowRequirement(let failures, let width):
            return "  \(number.integer(failures)) below the requirement (\(width), or what the always-shown figures allow)."
        }
    }
}
