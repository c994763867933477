extension ReadingText {
    var english: String {
        let number = NumberFormat(.english)
        switch self {
        case .progress(let read, let files, let rows, let rate):
            return "\(number.integer(read))/\(Language.english.counted(files, "file", "files")), "
                + "\(Language.english.counted(rows, "row", "rows")), \(number.integer(rate)) MB/s"
        }
    }
}
