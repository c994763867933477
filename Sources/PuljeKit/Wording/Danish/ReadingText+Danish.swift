extension ReadingText {
    var danish: String {
        let number = NumberFormat(.danish)
        switch self {
        case .notFound(let path): return "Filen eller mappen findes ikke: \(path)"
        case .reportFolder(let path):
            return "\(path) er en rapport, som pulje har skrevet, ikke en datamappe. Angiv mappen med arkene."
        case .unreadableFolder(let path): return "Mappen kan ikke læses: \(path)"
        case .progress(let read, let files, let rows, let rate):
            return "\(number.integer(read))/\(Language.danish.counted(files, "fil", "filer")), "
                + "\(Language.danish.counted(rows, "række", "rækker")), \(number.integer(rate)) MB/s"
        }
    }
}
