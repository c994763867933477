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

    /// Why the operating system refused, by its errno (worded in either language).
    static func reason(_ code: Int32) -> FailureReason { .system(code) }

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

    /// The names in a folder (without `.` and `..`), or nil when it cannot be listed. A name
    /// that is not UTF-8 comes back with replacement characters: use `rawContents` to compare.
    static func contents(of directory: String) -> [String]? {
        rawContents(of: directory)?.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names in a folder as the file system holds them, byte for byte.
    static func rawContents(of directory: String) -> [[UInt8]]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in
                let bytes = raw.bindMemory(to: UInt8.self)
                return Array(bytes.prefix { $0 != 0 })
            }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// Which file or folder a path is, whatever the path that reaches it (links, bind mounts):
    /// its device and inode, following links; nil when there is none.
    static func identity(_ path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// Mode (permission bits), owner and group of what `path` names, following links.
    static func ownership(_ path: String) -> (mode: mode_t, owner: uid_t, group: gid_t)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (status.st_mode & 0o7777, status.st_uid, status.st_gid)
    }

    /// Gives `path` the mode, owner and group given; the owner only where the process may.
    static func setOwnership(_ path: String, mode: mode_t, owner: uid_t, group: gid_t) {
        _ = chown(path, owner, group)
        _ = chmod(path, mode)
    }

    /// True when the process may create and remove entries in the folder.
    static func isWritableFolder(_ path: String) -> Bool { access(path, W_OK | X_OK) == 0 }

    /// True when `path` is a mount point: on another device than the folder above it.
    static func isMountPoint(_ path: String) -> Bool {
        guard path != "/", let own = identity(path), let above = identity(parentPath(path)) else { return false }
        return own.device != above.device
    }

    /// Opens a regular file (never a FIFO or device, never through a link) and takes an
    /// exclusive advisory lock on it (flock(2)), held until the descriptor is closed or the
    /// process ends, however it ends.
    static func openLocked(_ path: String) -> Int32? {
        guard entryKind(path) == .file else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// True when some process holds the lock of `openLocked` on `path`.
    static func isLocked(_ path: String) -> Bool {
        guard entryKind(path) == .file else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK
    }

    static func closeDescriptor(_ descriptor: Int32) { close(descriptor) }

    /// The errno of the last failed call.
    static var lastError: Int32 { errno }

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

    /// Removes a file or a symbolic link (never what it points to, never a folder); true
    /// when it is gone.
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

/// A file's device and inode: the same for every path that reaches it.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
}
