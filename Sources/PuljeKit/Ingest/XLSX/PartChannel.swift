import Foundation
import ZIPFoundation

/// The one place two threads share state: a worksheet part decompressed by ZIPFoundation on a
/// thread of its own (`start`), handed chunk by chunk to the thread that parses it (`next`).
/// The decompressing thread waits while `queueLimit` chunks are unread, so at most a few chunks
/// of the part are in memory; everything shared is behind one condition lock.
final class PartChannel: @unchecked Sendable {
    /// Why the part could not be read to its end.
    enum Failure: Error {
        /// The archive or the part could not be read: how, when the unpacking says (nil for
        /// ZIPFoundation's own errors and a missing part).
        case unreadable(WorkbookDamage.PartDamage?)
        /// The part holds more than `limit` bytes once decompressed: a zip bomb, no worksheet.
        case tooLarge(limit: Int)
    }

    private struct Cancelled: Error {}

    private static let queueLimit = 4
    private static let chunkSize = 1 << 16

    private let condition = NSCondition()
    private var queue: [Data] = []
    private var started = false
    private var done = false
    private var cancelled = false
    private var failureFound: Failure?

    /// What stopped the part short of its end; nil when it was read whole (or cancelled).
    var failure: Failure? {
        condition.lock()
        defer { condition.unlock() }
        return failureFound
    }

    /// Starts decompressing `part` of the archive at `path`, at most `limit` bytes of it, on a
    /// thread of its own.
    func start(archive path: String, part: String, limit: Int) {
        condition.lock()
        started = true
        condition.unlock()
        let thread = Thread { [self] in produce(archive: path, part: part, limit: limit) }
        thread.start()
    }

    /// The next chunk; nil at the end of the part (or where it failed, or after `cancel`).
    func next() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !done && !cancelled { condition.wait() }
        if queue.isEmpty || cancelled { return nil }
        condition.broadcast()
        return queue.removeFirst()
    }

    /// Stops the decompressing thread (no more of the part is needed) and waits until it has
    /// ended: no thread outlives a read.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while started && !done { condition.wait() }
        condition.unlock()
    }

    private func produce(archive path: String, part: String, limit: Int) {
        var failure: Failure?
        do {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            guard let entry = archive[part] else { throw Failure.unreadable(.missing) }
            guard entry.uncompressedSize <= UInt64(limit) else { throw Failure.tooLarge(limit: limit) }
            var total = 0
            try PartExtraction.extract(entry, of: archive, path: path, bufferSize: Self.chunkSize) { chunk in
                // The size the archive declares is not trusted: the bytes are counted.
                total += chunk.count
                if total > limit { throw Failure.tooLarge(limit: limit) }
                try push(chunk)
            }
        } catch let stop as Failure {
            failure = stop
        } catch let damaged as PartExtraction.Damaged {
            failure = .unreadable(damaged.how)
        } catch is Cancelled {
            failure = nil
        } catch {
            failure = .unreadable(nil)
        }
        condition.lock()
        failureFound = failure
        done = true
        condition.broadcast()
        condition.unlock()
    }

    private func push(_ chunk: Data) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.queueLimit && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        queue.append(chunk)
        condition.broadcast()
    }
}
