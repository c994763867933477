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
        /// Figures and listings derived from data (`report`, `diff`, `cost`). Data discovery
        /// skips such folders.
        case report
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
        for input in inputs {
            guard let data = FileSystem.realPath(input) else { continue }
            if data == path { throw .isInput(path: requested, input: data) }
            if data.hasPrefix(FileSystem.join(path, "")) { throw .holdsInput(path: requested, input: data) }
            if path.hasPrefix(FileSystem.join(data, "")) { throw .insideInput(path: requested, input: data) }
        }
        try checkOwnership()
    }

    /// Writes `files` as the folder's whole content, replacing what pulje wrote there before.
    /// - Returns: the files of the old folder that were left where they were because they
    ///   appeared while the run wrote (pulje deletes only what it wrote); usually none.
    @discardableResult
    public func write(_ files: [ReportFile]) throws(Failure) -> [String] {
        let names = files.map(\.name)
        guard names.allSatisfy(FolderManifest.isSafeRelativePath), Set(names).count == names.count else {
            throw .cannotWrite(path: requested, reason: "invalid file names \(names)")
        }
        let parent = FileSystem.parentPath(path)
        let name = FileSystem.lastComponent(path)
        if let failure = FileSystem.makeDirectories(parent) {
            throw .cannotWrite(path: requested, reason: FileSystem.reason(failure))
        }
        TemporaryFolders.removeStale(in: parent)
        let staging = FileSystem.join(parent, TemporaryFolders.name(.staging, for: name))
        let manifest = FolderManifest(kind: kind, files: names)
        do {
            try TemporaryFolders.shared.create(staging, manifest: manifest)
        } catch {
            if case .cannotWrite(_, let reason) = error { throw .cannotWrite(path: requested, reason: reason) }
            throw error
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
            // Checked again just before the swap: the folder may have changed while the run read.
            try checkOwnership()
            return try TemporaryFolders.shared.publish(staging, at: path, parent: parent, name: name)
        } catch {
            TemporaryFolders.shared.discard(staging)
            throw error
        }
    }

    private static func write(_ file: ReportFile, into staging: String) throws(Failure) {
        let destination = FileSystem.join(staging, file.name)
        if let failure = FileSystem.makeDirectories(FileSystem.parentPath(destination)) {
            throw .cannotWrite(path: destination, reason: FileSystem.reason(failure))
        }
        let output = try FileOutput(creating: destination)
        switch file.content {
        case .text(let text): try output.write(text)
        case .bytes(let bytes): try output.write(bytes)
        case .streamed(let produce): try produce(output)
        }
        try output.close()
    }

    /// The absolute path the file system gives `requested`: the longest part of it that exists
    /// resolved by realpath(3), the rest (folders still to create) appended.
    static func resolve(_ requested: String) throws(Failure) -> String {
        guard !requested.isEmpty else { throw .cannotWrite(path: requested, reason: "empty path") }
        if FileSystem.entryKind(requested) == .symbolicLink && FileSystem.resolvedKind(requested) == nil {
            throw .danglingLink(path: requested)
        }
        let absolute = requested.hasPrefix("/") ? requested : FileSystem.join(FileSystem.currentDirectory, requested)
        var parts = absolute.split(separator: "/").map(String.init)
        var missing: [String] = []
        while true {
            let prefix = "/" + parts.joined(separator: "/")
            if let resolved = FileSystem.realPath(prefix) {
                var path = resolved
                for part in missing.reversed() {
                    switch part {
                    case ".": continue
                    case "..": path = FileSystem.parentPath(path)
                    default: path = FileSystem.join(path, part)
                    }
                }
                guard path != "/" else { throw .isFile(path: requested) }
                return path
            }
            guard let last = parts.popLast() else { throw .cannotWrite(path: requested, reason: "cannot resolve") }
            if FileSystem.entryKind(prefix) == .symbolicLink { throw .danglingLink(path: requested) }
            missing.append(last)
        }
    }

    /// Refuses a path that exists and is not pulje's to replace.
    private func checkOwnership() throws(Failure) {
        guard let entry = FileSystem.resolvedKind(path) else { return }
        guard entry == .directory else { throw .isFile(path: requested) }
        guard let contents = FileSystem.contents(of: path) else {
            throw .cannotWrite(path: requested, reason: "the folder cannot be listed")
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
    /// listed file excepted), without following links.
    static func unlisted(in folder: String, manifest: FolderManifest) -> [String] {
        let listed = Set(manifest.files + [FolderManifest.fileName])
        let folders = Set(manifest.folders)
        var found: [String] = []
        func walk(_ relative: String) {
            let absolute = relative.isEmpty ? folder : FileSystem.join(folder, relative)
            for entry in (FileSystem.contents(of: absolute) ?? []).sorted() {
                let path = relative.isEmpty ? entry : relative + "/" + entry
                if FileSystem.entryKind(FileSystem.join(folder, path)) == .directory && folders.contains(path) {
                    walk(path)
                } else if !listed.contains(path) {
                    found.append(path)
                }
            }
        }
        walk("")
        return found
    }

    /// True for a folder that carries pulje's report marker: data discovery skips it.
    public static func isReportFolder(_ path: String) -> Bool {
        FolderManifest.read(in: path)?.kind == .report
    }
}
