import Foundation
import ZIPFoundation

/// Unpacks one entry of an .xlsx archive with ZIPFoundation without reading a compressed byte
/// beyond the entry.
///
/// Why not `Archive.extract` alone: ZIPFoundation 0.9.20 feeds zlib from the archive file until
/// the deflate stream says it has ended, and on Linux goes on asking at the end of the file
/// for ever when a damaged stream never says so (a busy loop, found by seeded mutations of a
/// workbook: `XLSXMutationTests`). Here the entry's compressed bytes go to ZIPFoundation's own
/// public `Data.decompress`, from a provider that stops at the entry's last byte, and the
/// result is held to the entry's CRC-32. Where the entry's data begins is ZIPFoundation's
/// reading of the archive, taken with `Mirror` (it keeps it internal); should a later version
/// name it differently, this falls back to `Archive.extract`.
enum PartExtraction {
    /// The entry's data is damaged, and how.
    struct Damaged: Error {
        let how: WorkbookDamage.PartDamage
    }

    /// Hands the entry's unpacked bytes to `consumer`, chunk by chunk.
    static func extract(
        _ entry: Entry, of archive: Archive, path: String, bufferSize: Int, consumer: (Data) throws -> Void
    ) throws {
        guard entry.isCompressed, let start = dataOffset(of: entry) else {
            // A stored entry is read by its size, which ZIPFoundation bounds.
            _ = try archive.extract(entry, bufferSize: bufferSize, skipCRC32: false, consumer: consumer)
            return
        }
        let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? file.close() }
        try file.seek(toOffset: start)
        var remaining = entry.compressedSize
        let checksum = try Data.decompress(
            size: Int64(clamping: remaining), bufferSize: bufferSize, skipCRC32: false,
            provider: { _, size in
                guard remaining > 0 else { throw Damaged(how: .overrun) }
                let chunk = try file.read(upToCount: Int(min(UInt64(size), remaining))) ?? Data()
                guard !chunk.isEmpty else { throw Damaged(how: .cutShort) }
                remaining -= UInt64(chunk.count)
                return chunk
            }, consumer: consumer)
        guard checksum == entry.checksum else { throw Damaged(how: .checksum) }
    }

    /// Where the entry's compressed data begins in the file: after its local header (30 bytes)
    /// with the name and extra field ZIPFoundation read there. nil when ZIPFoundation's
    /// internals are not as 0.9.20 has them, or for a ZIP64 offset.
    static func dataOffset(of entry: Entry) -> UInt64? {
        let mirror = Mirror(reflecting: entry)
        guard let header = mirror.descendant("centralDirectoryStructure", "relativeOffsetOfLocalHeader") as? UInt32,
            header != .max,
            let nameLength = mirror.descendant("localFileHeader", "fileNameLength") as? UInt16,
            let extraLength = mirror.descendant("localFileHeader", "extraFieldLength") as? UInt16
        else { return nil }
        return UInt64(header) + 30 + UInt64(nameLength) + UInt64(extraLength)
    }
}
