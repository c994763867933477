extension ReadingText {
    var english: String {
        let number = NumberFormat(.english)
        switch self {
        case .notFound(let path): return "No such file or folder: \(path)"
        case .reportFolder(let path): return "\(path) is a report pulje wrote, not a data folder. Name the folder with the sheets."
        case .unreadableFolder(let path): return "The folder cannot be read: \(path)"
        case .progress(let read, let files, let rows, let rate):
            return "\(number.integer(read))/\(Language.english.counted(files, "file", "files")), "
                + "\(Language.english.counted(rows, "row", "rows")), \(number.integer(rate)) MB/s"
        }
    }
}
