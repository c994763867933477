import CPuljeSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls behind `ReportFolder`, each answering in Swift values: resolving a path
/// through the file system, asking what an entry is without following a link, listing,
/// removing, renaming (with the exchange of two folders in one step) and syncing folders.
/// Everything that touches C strings and `errno` for the output side is here.
enum FileSystem {
    /// What a directory entry is, seen without following a symbolic link.
    enum EntryKind: Equatable {
        case file
        case directory
        case symbolicLink
        /// A FIFO, socket or device.
        case special
    }

    /// The operating system's sentence for an errno.
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The entry at `path`, not following a final symbolic link; nil when there is none.
    static func entryKind(_ path: String) -> EntryKind? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return kind(of: status.st_mode)
    }

    /// The entry at `path`, following symbolic links; nil when there is none (or the link
    /// leads nowhere).
    static func resolvedKind(_ path: String) -> EntryKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return kind(of: status.st_mode)
    }

    private static func kind(of mode: mode_t) -> EntryKind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        default: .special
        }
    }

    /// The absolute path with every symbolic link, `.` and `..` resolved by the file system;
    /// nil when a part of it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The names in a folder (without `.` and `..`), or nil when it cannot be listed.
    static func contents(of directory: String) -> [String]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates a folder; the errno when it cannot (EEXIST included).
    static func makeDirectory(_ path: String) -> Int32? {
        mkdir(path, 0o755) == 0 ? nil : errno
    }

    /// Creates a folder and the missing folders above it.
    static func makeDirectories(_ path: String) -> Int32? {
        if resolvedKind(path) == .directory { return nil }
        let parent = parentPath(path)
        if parent != path, let failure = makeDirectories(parent) { return failure }
        guard let failure = makeDirectory(path) else { return nil }
        return failure == EEXIST && resolvedKind(path) == .directory ? nil : failure
    }

    /// Removes a file or a symbolic link (never what it points to); true when it is gone.
    @discardableResult
    static func removeFile(_ path: String) -> Bool { unlink(path) == 0 || errno == ENOENT }

    /// Removes an empty folder; true when it is gone.
    @discardableResult
    static func removeEmptyDirectory(_ path: String) -> Bool { rmdir(path) == 0 || errno == ENOENT }

    /// Swaps two existing paths in one step. nil when done; else the errno, ENOSYS or EINVAL
    /// where the kernel or the file system cannot exchange.
    static func exchange(_ first: String, _ second: String) -> Int32? {
        let result = pulje_rename_exchange(first, second)
        return result == 0 ? nil : result
    }

    /// Renames `from` to a path that must not exist yet.
    static func renameNoReplace(_ from: String, _ to: String) -> Int32? {
        let result = pulje_rename_noreplace(from, to)
        if result == ENOSYS || result == EINVAL {
            // Without renameat2: rename(2) replaces only an empty folder, which holds nothing.
            return rename(from, to) == 0 ? nil : errno
        }
        return result == 0 ? nil : result
    }

    /// rename(2).
    static func plainRename(_ from: String, _ to: String) -> Int32? {
        rename(from, to) == 0 ? nil : errno
    }

    /// Flushes a folder's entries (a file created or renamed in it) to the disk.
    static func syncDirectory(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        // Some file systems cannot sync a folder (EINVAL); their renames are as durable as they get.
        return fsync(descriptor) == 0 || errno == EINVAL ? nil : errno
    }

    /// True unless no process has this id.
    static func processExists(_ id: Int32) -> Bool {
        kill(id, 0) == 0 || errno != ESRCH
    }

    static var processID: Int32 { getpid() }

    /// The folder above `path`, by its text (`/a/b` -> `/a`, `/a` -> `/`).
    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part of `path`.
    static func lastComponent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `folder/name`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The current folder.
    static var currentDirectory: String {
        realPath(".") ?? "."
    }
}
