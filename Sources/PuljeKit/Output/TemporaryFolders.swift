import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The temporary folders of this run's writes, and the steps that create, publish and remove
/// them under one lock, which an interruption (`Interruption`) takes to clean up: it then
/// finds either a staging folder not yet published, or a published write whose old folder is
/// still to be removed, never a step half done.
final class TemporaryFolders: Sendable {
    static let shared = TemporaryFolders()

    /// A staging folder being written, or an old folder swapped out and still to be removed.
    enum Role: String {
        case staging = "new"
        case retired = "old"
    }

    /// Folders this run created and has not removed yet.
    private let pending = Mutex<Set<String>>([])
    /// The staging folders' markers, held open with a lock while they are written: another
    /// run (in another process namespace, on another machine sharing the folder) sees the
    /// lock and leaves the folder alone, whatever its process id says.
    private let locks = Mutex<[String: Int32]>([:])

    /// `.pulje-<pid>-new-<name>`: hidden, with pulje's name and the process, so that the next
    /// run knows what it may remove. A long name is cut (at a character) to stay a legal name.
    static func name(_ role: Role, for target: String) -> String {
        var kept = ""
        for character in target {
            if kept.utf8.count + character.utf8.count > 200 { break }
            kept.append(character)
        }
        return ".pulje-\(FileSystem.processID)-\(role.rawValue)-\(kept)"
    }

    /// Creates a staging folder holding only its marker, which it locks.
    func create(_ staging: String, manifest: FolderManifest) throws(ReportFolder.Failure) {
        try pending.withLock { (folders) throws(ReportFolder.Failure) in
            if let failure = FileSystem.makeDirectory(staging) {
                throw .cannotWrite(path: staging, reason: FileSystem.reason(failure))
            }
            let markerPath = FileSystem.join(staging, FolderManifest.fileName)
            do throws(ReportFolder.Failure) {
                let marker = try FileOutput(creating: markerPath)
                try marker.write(manifest.text)
                try marker.close()
            } catch {
                // A full disk: nothing of the attempt stays.
                FileSystem.removeFile(markerPath)
                FileSystem.removeEmptyDirectory(staging)
                throw error
            }
            folders.insert(staging)
            if let descriptor = FileSystem.openLocked(markerPath) {
                locks.withLock { $0[staging] = descriptor }
            }
        }
    }

    /// Releases the lock of a staging folder that is published or removed.
    private func unlock(_ staging: String) {
        if let descriptor = locks.withLock({ $0.removeValue(forKey: staging) }) {
            FileSystem.closeDescriptor(descriptor)
        }
    }

    /// Runs one step of writing a staging folder: an interruption waits for it.
    func whileHeld<Result>(_ body: () throws(ReportFolder.Failure) -> Result) throws(ReportFolder.Failure) -> Result {
        try pending.withLock { _ throws(ReportFolder.Failure) in try body() }
    }

    /// Puts `staging` at `path`: swapped with the folder there in one step, or renamed into
    /// place when there is none; then removes the old folder's listed files.
    /// - Returns: what is left of the old folder (files that appeared during the run).
    func publish(_ staging: String, at path: String, parent: String, name: String) throws(ReportFolder.Failure)
        -> [String]
    {
        let retired: String? = try pending.withLock { (folders) throws(ReportFolder.Failure) -> String? in
            // The staging folder's own entry reaches the disk before it is swapped in.
            if let failure = FileSystem.syncDirectory(parent) {
                throw .cannotWrite(path: path, reason: FileSystem.reason(failure))
            }
            guard FileSystem.resolvedKind(path) != nil else {
                if let failure = FileSystem.renameNoReplace(staging, path) {
                    throw .cannotWrite(path: path, reason: FileSystem.reason(failure))
                }
                folders.remove(staging)
                _ = FileSystem.syncDirectory(parent)
                return nil
            }
            // The folder keeps its permissions and owner (a private folder stays private).
            if let (mode, owner, group) = FileSystem.ownership(path) {
                FileSystem.setOwnership(staging, mode: mode, owner: owner, group: group)
            }
            var old = staging
            switch FileSystem.exchange(staging, path) {
            case nil:
                // The old folder now has the staging name: named for what it is, so that a
                // run killed before it is removed leaves an `old` folder, never a false `new`.
                let retiredName = FileSystem.join(parent, Self.name(.retired, for: name))
                if FileSystem.plainRename(staging, retiredName) == nil {
                    old = retiredName
                    folders.remove(staging)
                }
            case .some(let failure) where failure == ENOSYS || failure == EINVAL:
                // No exchange here (an old kernel, a file system without it): two renames, with
                // a moment between them in which the path is missing (README).
                old = FileSystem.join(parent, Self.name(.retired, for: name))
                if let failure = FileSystem.plainRename(path, old) {
                    throw .cannotWrite(path: path, reason: FileSystem.reason(failure))
                }
                if let failure = FileSystem.plainRename(staging, path) {
                    _ = FileSystem.plainRename(old, path)
                    throw .cannotWrite(path: path, reason: FileSystem.reason(failure))
                }
                folders.remove(staging)
            case .some(let failure):
                throw .cannotWrite(path: path, reason: FileSystem.reason(failure))
            }
            folders.insert(old)
            _ = FileSystem.syncDirectory(parent)
            return old
        }
        unlock(staging)
        guard let retired else { return [] }
        return pending.withLock { folders in
            let left = Self.removeOwned(retired)
            folders.remove(retired)
            return left
        }
    }

    /// Removes a staging folder that will not be published.
    func discard(_ staging: String) {
        unlock(staging)
        pending.withLock { folders in
            _ = Self.removeOwned(staging)
            folders.remove(staging)
        }
    }

    /// Removes every temporary folder of this run and ends the process with `status`, holding
    /// the lock so that no write step starts after it.
    func removeAllAndExit(status: Int32) -> Never {
        pending.withLock { folders -> Never in
            for folder in folders { _ = Self.removeOwned(folder) }
            _exit(status)
        }
    }

    /// Removes the temporary folders in `parent` that runs no longer alive left behind.
    static func removeStale(in parent: String) {
        let entries = FileSystem.contents(of: parent) ?? []
        let ours = shared.pending.withLock { $0 }
        for entry in entries {
            // This process's own id on a folder it did not make (its id reused, pid 1 in a
            // container) is as stale as a dead process's.
            guard let owner = owner(of: entry), owner == FileSystem.processID || !FileSystem.processExists(owner) else {
                continue
            }
            let folder = FileSystem.join(parent, entry)
            guard !ours.contains(folder), FileSystem.entryKind(folder) == .directory else { continue }
            // A run whose process id means nothing here (another namespace or machine) holds
            // its marker's lock while it writes.
            guard !FileSystem.isLocked(FileSystem.join(folder, FolderManifest.fileName)) else { continue }
            // Killed between the two renames of the fallback: the old report goes back.
            if let target = retiredTarget(of: entry), FileSystem.entryKind(FileSystem.join(parent, target)) == nil,
                FileSystem.plainRename(folder, FileSystem.join(parent, target)) == nil
            {
                continue
            }
            _ = removeOwned(folder)
        }
    }

    /// The folder an `old` folder was: `report` for `.pulje-<pid>-old-report`.
    static func retiredTarget(of entry: String) -> String? {
        guard owner(of: entry) != nil, let range = entry.range(of: "-old-") else { return nil }
        let target = String(entry[range.upperBound...])
        return target.isEmpty ? nil : target
    }

    /// The process id in `.pulje-<pid>-new-...` or `.pulje-<pid>-old-...`.
    static func owner(of entry: String) -> Int32? {
        guard entry.hasPrefix(".pulje-") else { return nil }
        let rest = entry.dropFirst(".pulje-".count)
        guard let dash = rest.firstIndex(of: "-"), let id = Int32(rest[..<dash]), id > 0 else { return nil }
        let role = rest[rest.index(after: dash)...]
        guard role.hasPrefix("new-") || role.hasPrefix("old-") else { return nil }
        return id
    }

    /// Deletes the files a folder's marker lists, the marker, the folders they emptied and the
    /// folder itself; nothing else. A folder without a marker is removed only when empty.
    /// - Returns: the entries left (not listed, so not pulje's).
    static func removeOwned(_ folder: String) -> [String] {
        guard FileSystem.entryKind(folder) == .directory else { return [] }
        if let manifest = FolderManifest.read(in: folder) {
            var kept: [String] = []
            for file in manifest.files where parentsAreFolders(file, in: folder) {
                if !FileSystem.removeFile(FileSystem.join(folder, file)) { kept.append(file) }
            }
            let marker = FileSystem.join(folder, FolderManifest.fileName)
            if kept.isEmpty {
                FileSystem.removeFile(marker)
            } else if let output = try? FileOutput(replacing: marker) {
                // Listed files that could not be deleted (immutable, no permission) stay
                // listed, so that a later run may finish the job; nothing else is.
                try? output.write(FolderManifest(kind: manifest.kind, files: kept).text)
                try? output.close()
            }
            for subfolder in manifest.folders where parentsAreFolders(subfolder + "/x", in: folder) {
                FileSystem.removeEmptyDirectory(FileSystem.join(folder, subfolder))
            }
        }
        if FileSystem.removeEmptyDirectory(folder) { return [] }
        return (FileSystem.contents(of: folder) ?? []).sorted()
    }

    /// True when every folder on the way to `relative` is a real folder, not a link: a listed
    /// `a/b.csv` is never deleted through a link `a` pointing elsewhere.
    private static func parentsAreFolders(_ relative: String, in folder: String) -> Bool {
        var parts = relative.split(separator: "/").map(String.init)
        parts.removeLast()
        var path = folder
        for part in parts {
            path = FileSystem.join(path, part)
            guard FileSystem.entryKind(path) == .directory else { return false }
        }
        return true
    }
}
