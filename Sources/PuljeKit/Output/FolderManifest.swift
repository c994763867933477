/// The marker of a folder pulje wrote: a hidden file `.pulje-folder` naming what kind of
/// folder it is and every file pulje put in it. It is what lets the next run replace the
/// folder (README, "Report folders"): pulje replaces only folders that carry it, deletes only
/// the files it lists, and discovery skips report folders inside a data folder.
///
/// ```
/// pulje-folder 1 report
/// # Written by pulje. The next run replaces this folder, deleting only the files listed here.
/// summary.txt
/// ```
struct FolderManifest: Equatable, Sendable {
    static let fileName = ".pulje-folder"
    private static let magic = "pulje-folder 1 "

    let kind: ReportFolder.Kind
    /// Paths relative to the folder, `/`-separated.
    let files: [String]
    /// The folders the listed files sit in (`a/b/c.csv` gives `a` and `a/b`), deepest first.
    let folders: [String]

    init(kind: ReportFolder.Kind, files: [String]) {
        self.kind = kind
        self.files = files
        self.folders = Self.folders(of: files)
    }

    /// The marker's text: deterministic, so two runs on the same data write identical folders.
    var text: String {
        var lines = [
            Self.magic + kind.rawValue,
            "# Written by pulje. The next run replaces this folder, deleting only the files listed here.",
        ]
        lines += files
        return lines.joined(separator: "\n") + "\n"
    }

    /// The marker of the folder at `path`, or nil when it has none (or an unreadable one).
    static func read(in folder: String) -> FolderManifest? {
        let path = FileSystem.join(folder, fileName)
        guard FileSystem.entryKind(path) == .file, let text = readSmallFile(path) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let first = lines.first, first.hasPrefix(magic),
            let kind = ReportFolder.Kind(rawValue: String(first.dropFirst(magic.count)))
        else { return nil }
        lines.removeFirst()
        let files = lines.filter { !$0.hasPrefix("#") }
        // A listed name that could reach outside the folder makes the marker worthless: pulje
        // deletes what a marker lists, so it must never list `../x`, `/x` or a name a C string
        // would cut short; and one no report has (deep, long, too many) is not pulje's either.
        guard files.count <= maximumFiles, Set(files).count == files.count, files.allSatisfy(isSafeRelativePath) else {
            return nil
        }
        return FolderManifest(kind: kind, files: files)
    }

    /// No folder pulje writes has more files (a generated data set has about a hundred).
    static let maximumFiles = 100_000
    /// Nor deeper paths (`project/periode-1.csv` is two parts).
    static let maximumDepth = 8

    /// A path below a folder: relative, at most `maximumDepth` parts, none empty, `.` or `..`,
    /// and no control character (NUL, line break) in it.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, path.utf8.count <= 1_024, !path.hasPrefix("/") else { return false }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count <= maximumDepth && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    private static func folders(of files: [String]) -> [String] {
        var found = Set<String>()
        for file in files {
            var parts = file.split(separator: "/")
            parts.removeLast()
            while !parts.isEmpty {
                found.insert(parts.joined(separator: "/"))
                parts.removeLast()
            }
        }
        let depth = Dictionary(uniqueKeysWithValues: found.map { ($0, $0.split(separator: "/").count) })
        return found.sorted { depth[$0]! != depth[$1]! ? depth[$0]! > depth[$1]! : $0 < $1 }
    }

    /// A marker is a few kilobytes; anything far larger is not one.
    private static func readSmallFile(_ path: String) -> String? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let count = fread(&chunk, 1, chunk.count, handle)
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > 1 << 24 { return nil }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

#if canImport(Glibc)
    import Glibc
#endif
