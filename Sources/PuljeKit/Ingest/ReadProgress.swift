import Foundation
import Synchronization

/// How far a validation has got, for a progress line on a terminal: files read, rows and
/// bytes, updated by the reading threads as each file finishes. Never holds a cell's value.
public final class ReadProgress: Sendable {
    private struct Counts {
        var files = 0
        var rows = 0
        var bytes = 0
    }

    private let counts = Mutex(Counts())
    public let totalFiles: Int
    public let started = Date()

    public init(totalFiles: Int) {
        self.totalFiles = totalFiles
    }

    func fileRead(rows: Int, bytes: Int) {
        counts.withLock {
            $0.files += 1
            $0.rows += rows
            $0.bytes += bytes
        }
    }

    /// `412/1.176 filer, 1.302.551 rækker, 231 MB/s`.
    public func line(_ language: Language) -> String {
        let now = counts.withLock { $0 }
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = Int(Double(now.bytes) / 1_000_000 / seconds)
        return language.text(
            ReadingText.progress(filesRead: now.files, files: totalFiles, rows: now.rows, megabytesPerSecond: rate))
    }
}
