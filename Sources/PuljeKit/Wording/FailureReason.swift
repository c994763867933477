#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read or a folder not written: the part of a failure's sentence
/// after "cannot be read" or "cannot write". A value, never a Swift description, so that a
/// sentence in either language can say it.
public enum FailureReason: Hashable, Sendable, WordedText {
    /// The operating system refused with this errno. The English wording is the system's own
    /// (`strerror`); the Danish is pulje's for the errors a user meets, else the system's.
    case system(Int32)
    /// A reference file (wages, activities, index) that does not exist or cannot be read.
    case notFoundOrUnreadable
    /// A catalogue file that is there but cannot be opened as a file.
    case permissionDeniedOrNotAFile
    /// A file without even a header line.
    case empty
    /// A named pipe, socket, device or folder where a file belongs.
    case notARegularFile(FileType)
    /// The file changed while it was read.
    case changedWhileRead
    /// An encoding the reader does not take (UTF-32).
    case unsupportedEncoding(String)
    /// UTF-16 with an unpaired surrogate or an odd last byte, on `line`.
    case invalidUTF16(line: Int)
    /// NUL bytes: not a text file.
    case notText
    /// A field longer than the reader's limit, on `line`.
    case fieldTooLarge(line: Int)
    /// A report file name that would leave its folder (a bug in the caller).
    case invalidFileNames([String])
    /// The temporary folder was changed by another process before the swap.
    case temporaryFolderChanged(String)
    /// `--out ""`.
    case emptyPath
    /// A folder whose entries cannot be listed.
    case folderNotListable
    /// An .xlsx workbook that cannot be read as one.
    case damagedWorkbook(WorkbookDamage)

    /// Why the reader refused a file, as a failure of a reference file (catalogue, wages) says it.
    public init(_ error: CSVReaderError) {
        switch error {
        case .unreadable(_, let code): self = .system(code)
        case .notRegularFile(_, let type): self = .notARegularFile(type)
        case .changedWhileRead: self = .changedWhileRead
        case .unsupportedEncoding(_, let encoding): self = .unsupportedEncoding(encoding)
        case .invalidUTF16(_, let line): self = .invalidUTF16(line: line)
        case .binary: self = .notText
        case .fieldTooLarge(_, let line): self = .fieldTooLarge(line: line)
        case .damagedWorkbook(_, let damage): self = .damagedWorkbook(damage)
        }
    }

    /// The operating system's own sentence for an errno (English: pulje sets no locale).
    static func systemSentence(_ code: Int32) -> String { String(cString: strerror(code)) }
}
