/// The texts of finding and reading the data: why a path named on the command line cannot be
/// used (`DataDiscovery.Failure`) and the progress line while sheets are read (`ReadProgress`).
enum ReadingText: WordedText {
    // Paths that cannot be used.

    case notFound(path: String)
    /// A folder pulje wrote as a report, given as data.
    case reportFolder(path: String)
    case unreadableFolder(path: String)

    // The progress line on a terminal.

    /// `412/1.176 filer, 1.302.551 rækker, 231 MB/s`: the noun in the number of all files.
    case progress(filesRead: Int, files: Int, rows: Int, megabytesPerSecond: Int)
}
