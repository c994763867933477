import Foundation

/// Finds the sheets to read below the paths a user names: every `.csv` file in a folder and
/// its subfolders (SPEC 3.3), hidden files and folders excepted, in a stable order.
///
/// Paths are looked at with `stat`, which opens nothing: a named pipe, socket or device named
/// like a sheet (or given directly) is listed like any file, and reading it reports it
/// (`not-a-regular-file`) instead of waiting on it.
public enum DataDiscovery {
    /// Why a path given on the command line cannot be used. Its sentence is `FailureMessage`'s
    /// (exit 2).
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case notFound(String)
        case unreadableFolder(String)
        /// A folder pulje wrote as a report, given as data.
        case reportFolder(String)

        /// The English sentence, for logs and test output.
        public var description: String { FailureMessage(self).sentence(.english) }
    }

    public static func sheets(in paths: [String], catalogue: Catalogue) throws(Failure) -> [SheetFile] {
        var skipped: [String] = []
        return try sheets(in: paths, catalogue: catalogue, skippingReportFolders: &skipped)
    }

    /// The sheets below `paths`; the report folders pulje wrote among them (`ReportFolder`) are
    /// not read, and their names are added to `skipped` (as problems name files): a report
    /// written inside the data folder is never read back as sheets.
    public static func sheets(
        in paths: [String], catalogue: Catalogue, skippingReportFolders skipped: inout [String]
    ) throws(Failure) -> [SheetFile] {
        var found: [SheetFile] = []
        for root in paths {
            guard let status = FileStatus.of(path: root) else { throw .notFound(root) }
            if !status.isFolder {
                // A file given directly: the folders above it are the user's, its name is the data's.
                let namedByUser = root.split(separator: "/", omittingEmptySubsequences: false).count - 1
                found.append(SheetFile(path: root, displayName: root, namedByUser: namedByUser, catalogue: catalogue))
                continue
            }
            let base = URL(fileURLWithPath: root).lastPathComponent
            // A report folder named as the data: nothing in it is data, and a report of it
            // would be empty.
            if ReportFolder.isReportFolder(root) { throw .reportFolder(root) }
            var relativePaths: [String] = []
            var skippedBelow: [String] = []
            var visited = Set<String>()
            try collect(root, relative: "", into: &relativePaths, skipped: &skippedBelow, visited: &visited)
            skipped += skippedBelow.sorted().map { (base as NSString).appendingPathComponent($0) }
            for relative in relativePaths.sorted() {
                found.append(
                    SheetFile(
                        path: (root as NSString).appendingPathComponent(relative),
                        displayName: (base as NSString).appendingPathComponent(relative), namedByUser: 1,
                        catalogue: catalogue))
            }
        }
        return found
    }

    /// Walks a folder; a folder reached again through a symbolic link (a loop, or a second
    /// link to it) is not walked twice, so its sheets are read once.
    private static func collect(
        _ directory: String, relative: String, into paths: inout [String], skipped: inout [String],
        visited: inout Set<String>
    ) throws(Failure) {
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL.path
        guard visited.insert(resolved).inserted else { return }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw .unreadableFolder(directory)
        }
        for entry in entries where !entry.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(entry)
            let relativePath = relative.isEmpty ? entry : (relative as NSString).appendingPathComponent(entry)
            if FileStatus.of(path: path)?.isFolder == true {
                if ReportFolder.isReportFolder(path) {
                    skipped.append(relativePath)
                    continue
                }
                try collect(path, relative: relativePath, into: &paths, skipped: &skipped, visited: &visited)
            } else if entry.lowercased().hasSuffix(".csv")
                // A workbook too (issue 17); not the lock file an open one leaves (`~$periode-5.xlsx`).
                || (entry.lowercased().hasSuffix(".xlsx") && !entry.hasPrefix("~$"))
            {
                // A sheet behind a broken symbolic link is listed too: reading it reports it as
                // unreadable, rather than the sheet vanishing from the run; so is a named pipe,
                // socket or device, which reading refuses.
                paths.append(relativePath)
            }
        }
    }
}
