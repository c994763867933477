/// The texts of reading the data: the progress line while sheets are read (`ReadProgress`).
/// (Why a path cannot be used is a failure: `FailureText`.)
enum ReadingText: WordedText {
    /// `412/1.176 filer, 1.302.551 rækker, 231 MB/s`: the noun in the number of all files.
    case progress(filesRead: Int, files: Int, rows: Int, megabytesPerSecond: Int)
}
