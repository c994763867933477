#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat(2)` says of a file, as far as reading it needs: whether it is a regular file,
/// its size and its modification time. Taken without opening anything, or from a descriptor.
struct FileStatus: Equatable, Sendable {
    /// nil for a regular file, else what the path names instead.
    let type: FileType?
    let size: Int
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int

    /// The file a path names, symbolic links followed; nil when it cannot be looked at (it
    /// does not exist, a link is broken, no permission). `stat` never opens the file: a named
    /// pipe or a device is only looked at.
    static func of(path: String) -> FileStatus? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStatus(status)
    }

    /// The file an open descriptor reads.
    static func of(descriptor: Int32) -> FileStatus? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return FileStatus(status)
    }

    /// True for a folder (the type `stat` gives, links followed).
    var isFolder: Bool { type == .folder }

    private init(_ status: stat) {
        // The S_IF* values are the same on Linux and the BSDs.
        type =
            switch UInt32(status.st_mode) & 0o170000 {
            case 0o100000: nil
            case 0o010000: .namedPipe
            case 0o140000: .socket
            case 0o020000: .characterDevice
            case 0o060000: .blockDevice
            case 0o040000: .folder
            default: .unknown
            }
        size = Int(status.st_size)
        #if canImport(Glibc)
            modifiedSeconds = Int(status.st_mtim.tv_sec)
            modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        #else
            modifiedSeconds = Int(status.st_mtimespec.tv_sec)
            modifiedNanoseconds = Int(status.st_mtimespec.tv_nsec)
        #endif
    }
}
