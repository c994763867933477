/// One file of a folder pulje writes: its path relative to the folder (subfolders allowed)
/// and what it holds, as text, as bytes, or written piece by piece for files too large to
/// hold in memory (`problems.csv` of a sheet with millions of rejected rows).
public struct ReportFile: Sendable {
    enum Content: Sendable {
        case text(String)
        case bytes([UInt8])
        case streamed(@Sendable (FileOutput) throws(ReportFolder.Failure) -> Void)
    }

    public let name: String
    let content: Content

    public static func text(_ name: String, _ text: String) -> ReportFile {
        ReportFile(name: name, content: .text(text))
    }

    public static func bytes(_ name: String, _ bytes: [UInt8]) -> ReportFile {
        ReportFile(name: name, content: .bytes(bytes))
    }

    /// A file whose text `write` hands to the output as it produces it.
    public static func streamed(
        _ name: String, _ write: @escaping @Sendable (FileOutput) throws(ReportFolder.Failure) -> Void
    ) -> ReportFile {
        ReportFile(name: name, content: .streamed(write))
    }
}

extension Array where Element == (name: String, contents: String) {
    /// The files of a report rendered as texts.
    public var reportFiles: [ReportFile] { map { ReportFile.text($0.name, $0.contents) } }
}
