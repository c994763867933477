import Foundation

/// One part of an .xlsx archive (a worksheet's XML) as the `InputStream` that
/// `XMLParser(stream:)` pulls from while ZIPFoundation decompresses it (`PartChannel`): the part
/// never lies in memory whole (issue 17: a child sheet of 100,000 rows reads in bounded memory).
final class PartStream: InputStream {
    private let channel = PartChannel()
    private let path: String
    private let part: String
    private let limit: Int
    private var current = Data()
    private var offset = 0
    private var opened = false
    private var check = UTF8Check()
    /// Set when the part held bytes that are not UTF-8: it was read no further.
    private(set) var isNotUTF8 = false

    /// `part` is the entry's path in the archive at `path`; `limit` the most decompressed bytes
    /// it may hold.
    init(archive path: String, part: String, limit: Int) {
        self.path = path
        self.part = part
        self.limit = limit
        super.init(data: Data())
    }

    /// What stopped the part short of its end, after `finish`; nil when it was read whole.
    var failure: PartChannel.Failure? { channel.failure }

    override func open() {
        guard !opened else { return }
        opened = true
        channel.start(archive: path, part: part, limit: limit)
    }

    override func close() {}

    override var hasBytesAvailable: Bool { true }

    override var streamStatus: Stream.Status { opened ? .open : .notOpen }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        while offset >= current.count {
            guard !isNotUTF8, let chunk = channel.next() else {
                if !isNotUTF8 && !check.isComplete { isNotUTF8 = true }
                return 0
            }
            guard check.accept(chunk) else {
                isNotUTF8 = true
                return 0
            }
            current = chunk
            offset = 0
        }
        let count = min(length, current.count - offset)
        current.withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }

    /// Ends the read: the decompressing thread is stopped and waited for.
    func finish() {
        channel.cancel()
    }
}
