/// Why a file could not be read at all (as opposed to problems with its rows).
public enum CSVReaderError: Error, Equatable, Sendable {
    /// The file could not be opened or read; `errno` is the system's error number (worded by
    /// `FailureReason.system`).
    case unreadable(path: String, errno: Int32)
    /// The path names a named pipe, socket, device or folder: not read, never waited on.
    case notRegularFile(path: String, type: FileType)
    /// The file's size or modification time changed between opening it and reading its last
    /// byte, or fewer or more bytes were read than it held when opened: what was read is not
    /// one version of the file.
    case changedWhileRead(path: String)
    /// The file is UTF-32, which the reader does not take.
    case unsupportedEncoding(path: String, encoding: String)
    /// The file is UTF-16 but holds an unpaired surrogate or an odd last byte, on `line`.
    case invalidUTF16(path: String, line: Int)
    /// The file holds NUL bytes: it is not a text file.
    case binary(path: String)
    /// libcsv ran out of memory for a field (a field far larger than any sheet holds).
    case fieldTooLarge(path: String, line: Int)
    /// An .xlsx workbook that cannot be read as one, and why.
    case damagedWorkbook(path: String, damage: WorkbookDamage)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .notRegularFile(let path, _), .changedWhileRead(let path),
            .unsupportedEncoding(let path, _), .invalidUTF16(let path, _), .binary(let path), .fieldTooLarge(let path, _),
            .damagedWorkbook(let path, _):
            path
        }
    }
}

/// What a path names, when it is not a regular file (`stat`'s file type).
public enum FileType: String, Hashable, Sendable {
    case namedPipe
    case socket
    case characterDevice
    case blockDevice
    case folder
    case unknown
}
