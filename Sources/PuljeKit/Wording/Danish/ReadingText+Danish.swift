extension ReadingText {
    var danish: String {
        let number = NumberFormat(.danish)
        switch self {
        case .progress(let read, let files, let rows, let rate):
            return "\(number.integer(read))/\(Language.danish.counted(files, "fil", "filer")), "
                + "\(Language.danish.counted(rows, "række", "rækker")), \(number.integer(rate)) MB/s"
        }
    }
}
