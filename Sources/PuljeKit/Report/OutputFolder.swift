import Foundation

/// Writes all files of one report (or one generated data set) at once (SPEC 6): into a temporary folder beside the target,
/// renamed into place when every file is written, so a failed run leaves the previous report
/// as it was and never a half-written one.
public enum OutputFolder {
    /// Why a report could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        /// The sentence to print; `reason` is the operating system's, in its own words.
        public func message(_ language: Language) -> String {
            language.pick(da: "Kan ikke skrive \(path): \(reason)", en: "Cannot write \(path): \(reason)")
        }

        public var description: String { message(.english) }
    }

    /// Replaces `directory` with exactly `files` (name -> text). The text is written from the
    /// string's own UTF-8 storage, uncopied (a national report is tens of megabytes).
    public static func write(_ files: [(name: String, contents: String)], to directory: String) throws(WriteError) {
        try write(files.map(\.name), to: directory) { index, destination in
            var text = files[index].contents
            try text.withUTF8 { try writeFile(destination, UnsafeRawBufferPointer($0)) }
        }
    }

    /// Replaces `directory` with exactly `files` (relative path, subfolders allowed -> bytes).
    public static func write(bytes files: [(name: String, bytes: [UInt8])], to directory: String) throws(WriteError) {
        try write(files.map(\.name), to: directory) { index, destination in
            try files[index].bytes.withUnsafeBytes { try writeFile(destination, $0) }
        }
    }

    /// Writes `names` into a staging folder with `writeOne(index, path)`, then swaps it in.
    private static func write(
        _ names: [String], to directory: String, writeOne: (Int, URL) throws -> Void
    ) throws(WriteError) {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let stamp = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(stamp)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(stamp)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            for (index, name) in names.enumerated() {
                let destination = staging.appendingPathComponent(name)
                try fileManager.createDirectory(
                    at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try writeOne(index, destination)
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
            throw WriteError(path: target.path, reason: (error as? WriteError)?.reason ?? error.localizedDescription)
        }
    }

    /// Creates the file at `url` holding `bytes`.
    private static func writeFile(_ url: URL, _ bytes: UnsafeRawBufferPointer) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
        var closed = false
        defer { if !closed { close(descriptor) } }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: url.path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        // A full disk may only show when the file is closed.
        closed = true
        guard close(descriptor) == 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
    }
}
