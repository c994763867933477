#if canImport(Glibc)
    import Glibc
#endif

/// A folder pulje writes as a whole: a report (`report`, `diff`, `cost`) or a generated data
/// set (`generate`). The one way every command puts files on disk (README, "Report folders"):
///
/// - **Only folders pulje owns.** The path may not exist yet, be an empty folder, or a folder
///   with pulje's marker (`FolderManifest`) of the same kind holding nothing but the files the
///   marker lists. Anything else is refused before a byte is written: a file, a folder with
///   other files, the data folder, a folder holding it or a folder inside it. Paths are
///   resolved by the file system, so `reports/../x` behind a link and a linked `--out` are
///   where the file system says; a linked `--out` is written through and the link stays.
/// - **Atomic, without a window.** The files are written and synced into a temporary folder
///   beside the target (`.pulje-<pid>-new-<name>`), which is swapped with the old folder in
///   one step (`renameat2` with `RENAME_EXCHANGE`); the old folder is then removed file by
///   listed file. A run killed at any moment leaves the old folder or the new one at the path,
///   never none or a mix; its temporary folders are removed by the next run, and on SIGINT or
///   SIGTERM at once (`Interruption`).
public struct ReportFolder: Sendable {
    /// What a folder holds; a folder of one kind is never replaced by the other.
    public enum Kind: String, Sendable {
        /// The files of `pulje report`. This and the other kinds but `data` are derived from
        /// data; data discovery skips them.
        case report
        /// The files of `pulje diff`.
        case diff
        /// The files of `pulje cost`.
        case cost
        /// A data set of sheets (`generate`), read like any data folder.
        case data
    }

    /// The path as the user gave it, for messages.
    public let requested: String
    /// The path the file system resolves it to (absolute, no links).
    public let path: String
    public let kind: Kind

    /// Checks that `requested` may be written as a folder of `kind`, resolving it through the
    /// file system. `inputs` are the data folders and files the run reads: the folder may be
    /// none of them, hold none, and lie inside none.
    public init(_ requested: String, kind: Kind = .report, inputs: [String] = []) throws(Failure) {
        self.requested = requested
        self.kind = kind
        self.path = try Self.resolve(requested)
        try checkInputs(inputs)
        try checkOwnership()
    }

    /// Writes `files` as the folder's whole content, replacing what pulje wrote there before.
    /// - Returns: what is left of the old folder: entries it could not delete (immutable, no
    ///   permission) or that pulje did not write; usually none.
    @discardableResult
    public func write(_ files: [ReportFile]) throws(Failure) -> [String] {
        let names = files.map(\.name)
        guard names.allSatisfy(FolderManifest.isSafeRelativePath), Set(names).count == names.count else {
            throw .cannotWrite(path: requested, reason: .invalidFileNames(names))
        }
        let parent = FileSystem.parentPath(path)
        let name = FileSystem.lastComponent(path)
        if let failure = FileSystem.makeDirectories(parent) {
            throw .cannotWrite(path: requested, reason: FileSystem.reason(failure))
        }
        TemporaryFolders.removeStale(in: parent)
        let staging = FileSystem.join(parent, TemporaryFolders.name(.staging, for: name))
        let manifest = FolderManifest(kind: kind, files: names)
        // Not discarded when it fails: a folder of that name that is not this run's stays.
        do {
            try TemporaryFolders.shared.create(staging, manifest: manifest)
        } catch {
            throw named(error, staging: staging)
        }
        do throws(Failure) {
            for file in files {
                try TemporaryFolders.shared.whileHeld { () throws(Failure) in try Self.write(file, into: staging) }
            }
            for folder in manifest.folders {
                if let failure = FileSystem.syncDirectory(FileSystem.join(staging, folder)) {
                    throw .cannotWrite(path: requested, reason: FileSystem.reason(failure))
                }
            }
            if let failure = FileSystem.syncDirectory(staging) {
                throw .cannotWrite(path: requested, reason: FileSystem.reason(failure))
            }
            // Checked again just before the swap: the folder may have changed while the run read,
            // and the staging folder must still be whole.
            try checkOwnership()
            guard FolderManifest.read(in: staging) == manifest, Self.unlisted(in: staging, manifest: manifest).isEmpty,
                manifest.files.allSatisfy({ FileSystem.entryKind(FileSystem.join(staging, $0)) == .file })
            else {
                throw .cannotWrite(path: requested, reason: .temporaryFolderChanged(staging))
            }
            return try TemporaryFolders.shared.publish(staging, at: path, parent: parent, name: name)
        } catch {
            TemporaryFolders.shared.discard(staging)
            throw named(error, staging: staging)
        }
    }

    /// The failure with the temporary folder and its files named as the user knows them:
    /// `--out`, `--out`/summary.txt.
    private func named(_ error: Failure, staging: String) -> Failure {
        guard case .cannotWrite(let failed, let reason) = error else { return error }
        if failed == staging { return .cannotWrite(path: requested, reason: reason) }
        guard failed.hasPrefix(FileSystem.join(staging, "")) else { return error }
        return .cannotWrite(path: FileSystem.join(requested, String(failed.dropFirst(staging.count + 1))), reason: reason)
    }

    private static func write(_ file: ReportFile, into staging: String) throws(Failure) {
        let destination = FileSystem.join(staging, file.name)
        // Subfolders are made inside the staging folder only: a staging folder that vanished
        // (removed by someone else) is a failed write, never quietly made again.
        var folder = staging
        for part in file.name.split(separator: "/").dropLast() {
            folder = FileSystem.join(folder, String(part))
            if let failure = FileSystem.makeDirectory(folder), !(failure == EEXIST && FileSystem.entryKind(folder) == .directory)
            {
                throw .cannotWrite(path: destination, reason: FileSystem.reason(failure))
            }
        }
        let output = try FileOutput(creating: destination)
        switch file.content {
        case .text(let text): try output.write(text)
        case .bytes(let bytes): try output.write(bytes)
        case .streamed(let produce): try produce(output)
        }
        try output.close()
    }

    /// The absolute path the file system gives `requested`, part by part as the kernel walks
    /// it: each part that exists is resolved by realpath(3) (links, `.` and `..` after them),
    /// a part that does not exist yet (a folder to create) is appended, and a `..` after it
    /// goes back to the folder that does.
    static func resolve(_ requested: String) throws(Failure) -> String {
        guard !requested.isEmpty else { throw .cannotWrite(path: requested, reason: .emptyPath) }
        var current = requested.hasPrefix("/") ? "/" : FileSystem.currentDirectory
        var exists = true
        for part in requested.split(separator: "/").map(String.init) {
            // Only a folder has parts below it: `afile/../x` is refused, as the kernel would.
            if exists, current != "/", FileSystem.resolvedKind(current) != .directory {
                throw .cannotWrite(path: requested, reason: FileSystem.reason(ENOTDIR))
            }
            switch part {
            case ".":
                continue
            case "..":
                current = FileSystem.parentPath(current)
                exists = true
            default:
                let candidate = FileSystem.join(current, part)
                guard exists, FileSystem.entryKind(candidate) != nil else {
                    current = candidate
                    exists = false
                    continue
                }
                guard let resolved = FileSystem.realPath(candidate) else {
                    throw FileSystem.lastError == ELOOP ? .linkLoop(path: requested) : .danglingLink(path: requested)
                }
                current = resolved
            }
        }
        guard current != "/" else { throw .isRoot(path: requested) }
        return current
    }

    /// Refuses a path that is, holds or lies inside one of the run's inputs, compared by
    /// device and inode as well as by resolved path, so that no second path to the same folder
    /// (a link, a bind mount) gets past.
    private func checkInputs(_ inputs: [String]) throws(Failure) {
        // The folders from the path up to /: the path itself only when it exists.
        var above: [FileIdentity] = []
        var folder = path
        while true {
            if let identity = FileSystem.identity(folder) { above.append(identity) }
            if folder == "/" { break }
            folder = FileSystem.parentPath(folder)
        }
        let own = FileSystem.identity(path)
        for input in inputs {
            guard let data = FileSystem.realPath(input), let dataIdentity = FileSystem.identity(data) else { continue }
            if data == path || own == dataIdentity { throw .isInput(path: requested, input: data) }
            if data.hasPrefix(FileSystem.join(path, "")) { throw .holdsInput(path: requested, input: data) }
            if path.hasPrefix(FileSystem.join(data, "")) || above.contains(dataIdentity) {
                throw .insideInput(path: requested, input: data)
            }
            if let own {
                var folder = FileSystem.parentPath(data)
                while true {
                    if FileSystem.identity(folder) == own { throw .holdsInput(path: requested, input: data) }
                    if folder == "/" { break }
                    folder = FileSystem.parentPath(folder)
                }
            }
        }
    }

    /// Refuses a path that exists and is not pulje's to replace.
    private func checkOwnership() throws(Failure) {
        guard let entry = FileSystem.resolvedKind(path) else { return }
        guard entry == .directory else { throw .isFile(path: requested) }
        // Swapping needs the folder above writable, and removing the old files the folder itself.
        guard FileSystem.isWritableFolder(path), FileSystem.isWritableFolder(FileSystem.parentPath(path)) else {
            throw .cannotWrite(path: requested, reason: FileSystem.reason(EACCES))
        }
        if FileSystem.isMountPoint(path) { throw .mountPoint(path: requested) }
        guard let contents = FileSystem.contents(of: path) else {
            throw .cannotWrite(path: requested, reason: .folderNotListable)
        }
        guard let manifest = FolderManifest.read(in: path) else {
            if contents.isEmpty { return }
            throw .notOwned(path: requested, examples: Array(contents.sorted().prefix(3)), count: contents.count)
        }
        guard manifest.kind == kind else { throw .otherKind(path: requested, kind: manifest.kind) }
        let foreign = Self.unlisted(in: path, manifest: manifest)
        if !foreign.isEmpty {
            throw .holdsOtherFiles(path: requested, examples: Array(foreign.prefix(3)), count: foreign.count)
        }
    }

    /// The entries below `folder` that its marker does not list (folders on the way to a
    /// listed file excepted), without following links. Names are compared byte for byte, as
    /// the file system holds them (`K` and the Kelvin sign are two names), and a listed name
    /// counts only where it is a regular file, as pulje wrote it.
    static func unlisted(in folder: String, manifest: FolderManifest) -> [String] {
        let listed = Set((manifest.files + [FolderManifest.fileName]).map { Array($0.utf8) })
        let folders = Set(manifest.folders.map { Array($0.utf8) })
        var found: [String] = []
        func walk(_ relative: [UInt8]) {
            let absolute = relative.isEmpty ? folder : FileSystem.join(folder, String(decoding: relative, as: UTF8.self))
            for entry in (FileSystem.rawContents(of: absolute) ?? []).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                let path = relative.isEmpty ? entry : relative + [0x2F] + entry
                let text = String(decoding: path, as: UTF8.self)
                let kind = FileSystem.entryKind(FileSystem.join(folder, text))
                if kind == .directory && folders.contains(path) {
                    walk(path)
                } else if !(listed.contains(path) && kind == .file && Array(text.utf8) == path) {
                    found.append(text)
                }
            }
        }
        walk([])
        return found
    }

    /// True for a folder that carries pulje's report marker: data discovery skips it.
    public static func isReportFolder(_ path: String) -> Bool {
        guard let kind = FolderManifest.read(in: path)?.kind else { return false }
        return kind != .data
    }
}
