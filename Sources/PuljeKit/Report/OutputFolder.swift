import Foundation

/// Writes all files of one report (or one generated data set) at once (SPEC 6): into a temporary folder beside the target,
/// renamed into place when every file is written, so a failed run leaves the previous report
/// as it was and never a half-written one.
public enum OutputFolder {
    /// Why a report could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var description: String { "Cannot write \(path): \(reason)" }
    }

    /// Replaces `directory` with exactly `files` (name -> text).
    public static func write(_ files: [(name: String, contents: String)], to directory: String) throws(WriteError) {
        try write(bytes: files.map { ($0.name, Array($0.contents.utf8)) }, to: directory)
    }

    /// Replaces `directory` with exactly `files` (relative path, subfolders allowed -> bytes).
    public static func write(bytes files: [(name: String, bytes: [UInt8])], to directory: String) throws(WriteError) {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let stamp = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(stamp)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(stamp)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files {
                let destination = staging.appendingPathComponent(file.name)
                try fileManager.createDirectory(
                    at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: destination)
            }
            let hadPrevious = fileManager.fileExists(atPath: target.path)
            if hadPrevious { try fileManager.moveItem(at: target, to: retired) }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                if hadPrevious { try? fileManager.moveItem(at: retired, to: target) }
                throw error
            }
            if hadPrevious { try? fileManager.removeItem(at: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw WriteError(path: target.path, reason: error.localizedDescription)
        }
    }
}
