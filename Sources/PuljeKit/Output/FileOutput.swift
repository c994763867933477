import Glibc

/// A file being written into a report folder: bytes go out through a buffer with write(2),
/// and `close` syncs the file to the disk before the folder is swapped into place
/// (`ReportFolder`), so a crash never publishes a folder whose files are still in memory.
public final class FileOutput {
    private let descriptor: Int32
    let path: String
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16

    /// Creates the file, which must not exist yet.
    convenience init(creating path: String) throws(ReportFolder.Failure) {
        try self.init(path, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC)
    }

    /// Opens a regular file pulje wrote to write it anew (a marker rewritten).
    convenience init(replacing path: String) throws(ReportFolder.Failure) {
        try self.init(path, flags: O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW)
    }

    private init(_ path: String, flags: Int32) throws(ReportFolder.Failure) {
        descriptor = open(path, flags, 0o644)
        self.path = path
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: FileSystem.reason(errno)) }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if !descriptorClosed { Glibc.close(descriptor) }
    }

    /// Appends bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(ReportFolder.Failure) {
        if buffer.count + bytes.count > Self.bufferSize {
            try flush()
            if bytes.count >= Self.bufferSize { return try writeAll(bytes) }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Appends a text's UTF-8 bytes, from the string's own storage.
    public func write(_ text: String) throws(ReportFolder.Failure) {
        var text = text
        try text.withUTF8 { utf8 in Result { () throws(ReportFolder.Failure) in try write(UnsafeRawBufferPointer(utf8)) } }
            .get()
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws(ReportFolder.Failure) {
        try bytes.withUnsafeBytes { raw in Result { () throws(ReportFolder.Failure) in try write(raw) } }.get()
    }

    /// Writes what is buffered, syncs the file and closes it. A full disk may show only here.
    func close() throws(ReportFolder.Failure) {
        try flush()
        guard fsync(descriptor) == 0 else { throw .cannotWrite(path: path, reason: FileSystem.reason(errno)) }
        let result = Glibc.close(descriptor)
        // The descriptor is released whatever close(2) answered.
        descriptorClosed = true
        guard result == 0 else { throw .cannotWrite(path: path, reason: FileSystem.reason(errno)) }
    }

    private var descriptorClosed = false

    private func flush() throws(ReportFolder.Failure) {
        guard !buffer.isEmpty else { return }
        let pending = buffer
        buffer.removeAll(keepingCapacity: true)
        try pending.withUnsafeBytes { raw in Result { () throws(ReportFolder.Failure) in try writeAll(raw) } }.get()
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(ReportFolder.Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: FileSystem.reason(errno))
            }
            offset += written
        }
    }
}
