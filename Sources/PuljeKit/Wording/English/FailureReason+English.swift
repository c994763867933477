extension FailureReason {
    public var english: String {
        switch self {
        case .system(let code): Self.systemSentence(code)
        case .notFoundOrUnreadable: "no such file or not readable"
        case .permissionDeniedOrNotAFile: "permission denied or not a file"
        case .empty: "empty file"
        case .notARegularFile(let type): "not a regular file but \(type.englishLabel)"
        case .changedWhileRead: "the file changed while it was read"
        case .unsupportedEncoding(let encoding): "saved as \(encoding); save it as CSV UTF-8"
        case .invalidUTF16(let line): "an invalid UTF-16 character on line \(line)"
        case .notText: "not a text file: it contains NUL bytes"
        case .fieldTooLarge(let line): "a field on line \(line) is longer than 1 MB"
        case .invalidFileNames(let names): "invalid file names: \(names.joined(separator: ", "))"
        case .temporaryFolderChanged(let folder): "the temporary folder \(folder) was changed by someone else"
        case .emptyPath: "empty path"
        case .folderNotListable: "the folder cannot be listed"
        case .damagedWorkbook(let damage): damage.english
        }
    }
}
