import Foundation
import Testing
@testable import PuljeKit

/// Report folders (README, "Report folders"): pulje writes only where it owns the folder,
/// never deletes a file it did not write, resolves paths through the file system and swaps a
/// new folder in without a moment in which the path is missing.
@Suite struct ReportFolderTests {
    private let fileManager = FileManager.default

    private func text(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    private func entries(_ path: String) -> [String] {
        ((try? fileManager.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test func aFolderOfTheUsersOwnFilesIsRefusedAndKept() throws {
        let root = TestSupport.folder(text: ["mine/notes.txt": "my notes", "mine/sub/plan.csv": "a,b"])
        defer { try? fileManager.removeItem(at: root) }
        let mine = root.appendingPathComponent("mine").path
        #expect(throws: ReportFolder.Failure.notOwned(path: mine, examples: ["notes.txt", "sub"], count: 2)) {
            try ReportFolder(mine)
        }
        #expect(text(mine + "/notes.txt") == "my notes")
        #expect(text(mine + "/sub/plan.csv") == "a,b")
        #expect(entries(root.path) == ["mine"])
    }

    @Test func aFileIsRefusedAndKept() throws {
        let root = TestSupport.folder(text: ["summary.txt": "mine"])
        defer { try? fileManager.removeItem(at: root) }
        let file = root.appendingPathComponent("summary.txt").path
        #expect(throws: ReportFolder.Failure.isFile(path: file)) { try ReportFolder(file) }
        #expect(text(file) == "mine")
    }

    @Test func theDataFolderAFolderHoldingItAndAFolderInsideItAreRefused() throws {
        let root = TestSupport.folder(text: ["data/haderslev/periode-6.csv": "projekt,dagtilbud\n"])
        defer { try? fileManager.removeItem(at: root) }
        let data = root.appendingPathComponent("data").path
        let resolved = try #require(FileSystem.realPath(data))
        #expect(throws: ReportFolder.Failure.isInput(path: data, input: resolved)) {
            try ReportFolder(data, inputs: [data])
        }
        #expect(throws: ReportFolder.Failure.holdsInput(path: root.path, input: resolved)) {
            try ReportFolder(root.path, inputs: [data])
        }
        let inside = data + "/reports/data"
        #expect(throws: ReportFolder.Failure.insideInput(path: inside, input: resolved)) {
            try ReportFolder(inside, inputs: [data])
        }
        // Spelled another way, the same folder: `data/haderslev/..`.
        #expect(throws: ReportFolder.Failure.isInput(path: data + "/haderslev/..", input: resolved)) {
            try ReportFolder(data + "/haderslev/..", inputs: [data])
        }
        #expect(text(data + "/haderslev/periode-6.csv") == "projekt,dagtilbud\n")
        #expect(!fileManager.fileExists(atPath: data + "/reports"))
    }

    @Test func aFolderPuljeWroteIsReplacedWholeAndItsMarkerListsTheFiles() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let out = root.appendingPathComponent("report").path
        try ReportFolder(out).write([.text("a.csv", "1"), .text("b/c.csv", "2")])
        #expect(FolderManifest.read(in: out) == FolderManifest(kind: .report, files: ["a.csv", "b/c.csv"]))
        try ReportFolder(out).write([.text("d.csv", "3")])
        // The old files are gone, the new one is there, no temporary folder is left.
        #expect(entries(out) == [".pulje-folder", "d.csv"])
        #expect(text(out + "/d.csv") == "3")
        #expect(entries(root.path) == ["report"])
    }

    @Test func aReportFolderHoldingAFileItDidNotWriteIsRefusedAndKept() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let out = root.appendingPathComponent("report").path
        try ReportFolder(out).write([.text("a.csv", "1")])
        try "my comments".write(toFile: out + "/comments.txt", atomically: false, encoding: .utf8)
        #expect(throws: ReportFolder.Failure.holdsOtherFiles(path: out, examples: ["comments.txt"], count: 1)) {
            try ReportFolder(out)
        }
        #expect(text(out + "/comments.txt") == "my comments")
        #expect(text(out + "/a.csv") == "1")
    }

    @Test func aMarkerListingPathsOutsideItsFolderIsNoMarker() throws {
        let root = TestSupport.folder(text: [
            "victim.txt": "keep",
            "report/.pulje-folder": "pulje-folder 1 report\n../victim.txt\n",
        ])
        defer { try? fileManager.removeItem(at: root) }
        let out = root.appendingPathComponent("report").path
        #expect(FolderManifest.read(in: out) == nil)
        #expect(throws: ReportFolder.Failure.self) { try ReportFolder(out) }
        // Nor is anything it lists deleted when such a folder is left behind as temporary.
        let stale = root.appendingPathComponent(".pulje-2147483646-new-report").path
        try fileManager.moveItem(atPath: out, toPath: stale)
        TemporaryFolders.removeStale(in: root.path)
        #expect(text(root.path + "/victim.txt") == "keep")
    }

    @Test func aReportIsNotReplacedByACostTableNorADiff() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let report = root.appendingPathComponent("report").path
        try ReportFolder(report).write([.text("a.csv", "1")])
        #expect(throws: ReportFolder.Failure.otherKind(path: report, kind: .report)) { try ReportFolder(report, kind: .cost) }
        #expect(throws: ReportFolder.Failure.otherKind(path: report, kind: .report)) { try ReportFolder(report, kind: .diff) }
    }

    @Test func aDataSetIsNotReplacedByAReportNorAReportByADataSet() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let data = root.appendingPathComponent("data").path
        try ReportFolder(data, kind: .data).write([.bytes("haderslev/periode-6.csv", Array("x".utf8))])
        #expect(throws: ReportFolder.Failure.otherKind(path: data, kind: .data)) { try ReportFolder(data) }
        let report = root.appendingPathComponent("report").path
        try ReportFolder(report).write([.text("a.csv", "1")])
        #expect(throws: ReportFolder.Failure.otherKind(path: report, kind: .report)) {
            try ReportFolder(report, kind: .data)
        }
    }

    @Test func aLinkedOutIsWrittenThroughAndTheLinkStays() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let target = root.appendingPathComponent("target").path
        let link = root.appendingPathComponent("link").path
        try ReportFolder(target).write([.text("a.csv", "old")])
        try fileManager.createSymbolicLink(atPath: link, withDestinationPath: target)
        try ReportFolder(link).write([.text("a.csv", "new")])
        #expect(try fileManager.destinationOfSymbolicLink(atPath: link) == target)
        #expect(text(target + "/a.csv") == "new")
        #expect(entries(root.path) == ["link", "target"])
    }

    @Test func dotDotAfterALinkIsResolvedByTheFileSystem() throws {
        // reports -> elsewhere/deep: `reports/../out` is elsewhere/out, as the file system says,
        // not ./out as the text would.
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        try fileManager.createDirectory(atPath: root.path + "/elsewhere/deep", withIntermediateDirectories: true)
        try fileManager.createSymbolicLink(atPath: root.path + "/reports", withDestinationPath: root.path + "/elsewhere/deep")
        let folder = try ReportFolder(root.path + "/reports/../out")
        #expect(folder.path == FileSystem.realPath(root.path + "/elsewhere")! + "/out")
        try folder.write([.text("a.csv", "1")])
        #expect(text(root.path + "/elsewhere/out/a.csv") == "1")
        #expect(!fileManager.fileExists(atPath: root.path + "/out"))
    }

    @Test func anEmptyFolderMayBeWritten() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let out = root.appendingPathComponent("empty").path
        try fileManager.createDirectory(atPath: out, withIntermediateDirectories: false)
        try ReportFolder(out).write([.text("a.csv", "1")])
        #expect(entries(out) == [".pulje-folder", "a.csv"])
    }

    @Test func staleTemporaryFoldersOfEndedRunsAreRemovedWithOnlyTheirListedFiles() throws {
        // 2147483646 is no process (pid_max is at most 2^22 on Linux).
        let stale = ".pulje-2147483646-new-report"
        let root = TestSupport.folder(text: [
            "\(stale)/.pulje-folder": "pulje-folder 1 report\na.csv\nsub/b.csv\n",
            "\(stale)/a.csv": "1",
            "\(stale)/sub/b.csv": "2",
            ".pulje-2147483646-old-report/.pulje-folder": "pulje-folder 1 report\nc.csv\n",
            ".pulje-2147483646-old-report/c.csv": "3",
            ".pulje-2147483646-old-other/.pulje-folder": "pulje-folder 1 report\nd.csv\n",
            ".pulje-2147483646-old-other/d.csv": "4",
            ".pulje-2147483646-old-other/yours.txt": "not pulje's",
            // The report the old one was replaced by is there, so the old one is not put back.
            "other/.pulje-folder": "pulje-folder 1 report\n",
        ])
        defer { try? fileManager.removeItem(at: root) }
        try ReportFolder(root.path + "/report").write([.text("a.csv", "new")])
        #expect(entries(root.path) == [".pulje-2147483646-old-other", "other", "report"])
        #expect(entries(root.path + "/.pulje-2147483646-old-other") == ["yours.txt"])
    }

    @Test func aReportInsideTheDataFolderIsNotReadBackAsSheets() throws {
        let data = TestSupport.folder(text: [
            "haderslev/periode-6.csv": "dagtilbud,boern,hjemmebesoeg\nSolsikken,20,3\n"
        ])
        defer { try? fileManager.removeItem(at: data) }
        let before = TestSupport.validate(data)
        let report = DataReport(before, catalogue: .standard, name: "data").files(formats: [.text, .csv])
        // Written there by hand (pulje itself refuses --out inside the data folder).
        try ReportFolder(data.path + "/reports/data").write(report.reportFiles)
        let after = TestSupport.validate(data)
        #expect(after.files.count == before.files.count)
        #expect(after.dataset.registrations.count == 1)
        #expect(after.problems.map(\.code) == ["report-folder-skipped"])
        #expect(after.problems.first?.location.file == "\(data.lastPathComponent)/reports/data")
    }

    // Found by an attack on the folders (each failed before its fix).

    @Test func dotDotAfterAMissingFolderStillResolvesTheLinksAfterIt() throws {
        // lnk -> data: `nothere/../lnk/sub` is data/sub, inside the data folder.
        let root = TestSupport.folder(text: ["data/haderslev/periode-6.csv": "dagtilbud\n"])
        defer { try? fileManager.removeItem(at: root) }
        try fileManager.createSymbolicLink(atPath: root.path + "/lnk", withDestinationPath: root.path + "/data")
        let data = try #require(FileSystem.realPath(root.path + "/data"))
        let out = root.path + "/nothere/../lnk/sub"
        #expect(throws: ReportFolder.Failure.insideInput(path: out, input: data)) {
            try ReportFolder(out, inputs: [root.path + "/data"])
        }
    }

    @Test func aReplacedFolderKeepsItsPermissionsAndOwner() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let out = root.path + "/private"
        try fileManager.createDirectory(atPath: out, withIntermediateDirectories: false)
        chmod(out, 0o2750)
        try ReportFolder(out).write([.text("a.csv", "1")])
        #expect(FileSystem.ownership(out)?.mode == 0o2750)
        try ReportFolder(out).write([.text("a.csv", "2")])
        #expect(FileSystem.ownership(out)?.mode == 0o2750)
    }

    @Test func aListedNameThatIsNowAFolderOrAnotherSpellingIsNotPuljes() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let out = root.path + "/report"
        try ReportFolder(out).write([.text("summary.txt", "1"), .text("K.txt", "2")])
        try fileManager.removeItem(atPath: out + "/summary.txt")
        try fileManager.createDirectory(atPath: out + "/summary.txt", withIntermediateDirectories: false)
        try "mine".write(toFile: out + "/summary.txt/user.doc", atomically: false, encoding: .utf8)
        #expect(throws: ReportFolder.Failure.holdsOtherFiles(path: out, examples: ["summary.txt"], count: 1)) {
            try ReportFolder(out)
        }
        try fileManager.removeItem(atPath: out + "/summary.txt")
        // The Kelvin sign is another name than K, though Swift's strings call them equal.
        try fileManager.moveItem(atPath: out + "/K.txt", toPath: out + "/\u{212A}.txt")
        #expect(throws: ReportFolder.Failure.self) { try ReportFolder(out) }
        #expect(fileManager.fileExists(atPath: out + "/\u{212A}.txt"))
    }

    @Test func markersNoReportHasAreNoMarkers() throws {
        let deep = "pulje-folder 1 report\n" + String(repeating: "a/", count: 2_000) + "x\n"
        let root = TestSupport.folder(text: [
            "deep/.pulje-folder": deep,
            "nul/.pulje-folder": "pulje-folder 1 report\nkeep.doc\u{0}zz\n",
            "twice/.pulje-folder": "pulje-folder 1 report\na.csv\na.csv\n",
        ])
        defer { try? fileManager.removeItem(at: root) }
        let clock = ContinuousClock()
        let started = clock.now
        for name in ["deep", "nul", "twice"] {
            #expect(FolderManifest.read(in: root.path + "/" + name) == nil, "\(name)")
        }
        #expect(clock.now - started < .seconds(5))
        // A stale folder whose marker holds a NUL keeps the file the NUL would have named.
        let stale = root.path + "/.pulje-2147483646-new-r"
        try fileManager.createDirectory(atPath: stale, withIntermediateDirectories: false)
        try "pulje-folder 1 report\nkeep.doc\u{0}zz\n".write(toFile: stale + "/.pulje-folder", atomically: false, encoding: .utf8)
        try "keep".write(toFile: stale + "/keep.doc", atomically: false, encoding: .utf8)
        TemporaryFolders.removeStale(in: root.path)
        #expect(text(stale + "/keep.doc") == "keep")
    }

    @Test func theRootAndLinkLoopsAreToldForWhatTheyAre() throws {
        #expect(throws: ReportFolder.Failure.isRoot(path: "/")) { try ReportFolder("/") }
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        try fileManager.createSymbolicLink(atPath: root.path + "/loop", withDestinationPath: root.path + "/loop")
        #expect(throws: ReportFolder.Failure.linkLoop(path: root.path + "/loop/x")) { try ReportFolder(root.path + "/loop/x") }
    }

    @Test func aStagingFolderRemovedByAnotherRunFailsTheWriteAndKeepsTheOldReport() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let out = root.path + "/report"
        try ReportFolder(out).write([.text("a.csv", "old"), .text("b.csv", "old")])
        // While b.csv, the first file, is written, the staging folder vanishes (another run took it
        // for stale): a.csv after it must not make it again.
        let vanish = ReportFile.streamed("b.csv") { (output) throws(ReportFolder.Failure) in
            let staging = FileSystem.parentPath(output.path)
            for name in (FileSystem.contents(of: staging) ?? []) { FileSystem.removeFile(staging + "/" + name) }
            FileSystem.removeEmptyDirectory(staging)
            try output.write("new")
        }
        #expect(throws: ReportFolder.Failure.self) { try ReportFolder(out).write([vanish, .text("a.csv", "new")]) }
        #expect(text(out + "/a.csv") == "old")
        #expect(text(out + "/b.csv") == "old")
    }

    @Test func aLockedStagingFolderOfAnUnknownProcessIsLeftAlone() throws {
        // Its process id means nothing here (another namespace), but its marker is locked.
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let staging = root.path + "/.pulje-2147483646-new-report"
        try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        try "pulje-folder 1 report\na.csv\n".write(toFile: staging + "/.pulje-folder", atomically: false, encoding: .utf8)
        try "1".write(toFile: staging + "/a.csv", atomically: false, encoding: .utf8)
        let lock = try #require(FileSystem.openLocked(staging + "/.pulje-folder"))
        TemporaryFolders.removeStale(in: root.path)
        #expect(text(staging + "/a.csv") == "1")
        FileSystem.closeDescriptor(lock)
        TemporaryFolders.removeStale(in: root.path)
        #expect(!fileManager.fileExists(atPath: staging))
    }

    // Found by a second attack (each failed before its fix).

    @Test func aStagingFolderWithThisProcesssOwnIdIsStale() throws {
        // Left by an earlier run whose process had the same id (pid 1 in a container).
        let stale = ".pulje-\(FileSystem.processID)-new-report"
        let root = TestSupport.folder(text: ["\(stale)/.pulje-folder": "pulje-folder 1 report\na.csv\n", "\(stale)/a.csv": "1"])
        defer { try? fileManager.removeItem(at: root) }
        try ReportFolder(root.path + "/report").write([.text("a.csv", "new")])
        #expect(entries(root.path) == ["report"])
        #expect(text(root.path + "/report/a.csv") == "new")
    }

    @Test func aPipeWhereAStaleMarkerShouldBeIsNotWaitedOn() throws {
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let stale = root.path + "/.pulje-2147483646-new-foo"
        try fileManager.createDirectory(atPath: stale, withIntermediateDirectories: false)
        #expect(mkfifo(stale + "/.pulje-folder", 0o644) == 0)
        try ReportFolder(root.path + "/report").write([.text("a.csv", "1")])
        #expect(FileSystem.entryKind(stale + "/.pulje-folder") == .special)
    }

    @Test func anOldReportLeftBetweenTheTwoRenamesOfTheFallbackIsPutBack() throws {
        // Killed after renaming report to its old name, before renaming the new one in.
        let root = TestSupport.folder(text: [
            ".pulje-2147483646-old-report/.pulje-folder": "pulje-folder 1 report\na.csv\n",
            ".pulje-2147483646-old-report/a.csv": "old",
            ".pulje-2147483646-new-report/.pulje-folder": "pulje-folder 1 report\na.csv\n",
            ".pulje-2147483646-new-report/a.csv": "new, never published",
        ])
        defer { try? fileManager.removeItem(at: root) }
        TemporaryFolders.removeStale(in: root.path)
        #expect(entries(root.path) == ["report"])
        #expect(text(root.path + "/report/a.csv") == "old")
    }

    @Test func aPathThroughAFileIsRefusedAsTheKernelWould() throws {
        let root = TestSupport.folder(text: ["afile": "mine"])
        defer { try? fileManager.removeItem(at: root) }
        #expect(throws: ReportFolder.Failure.cannotWrite(path: root.path + "/afile/../z", reason: .system(ENOTDIR))) {
            try ReportFolder(root.path + "/afile/../z")
        }
    }

    @Test func oldFilesThatCannotBeDeletedStayListedInTheirMarker() throws {
        // A listed file in a subfolder pulje may not empty stands for one it cannot delete.
        let root = TestSupport.temporaryFolder()
        defer { try? fileManager.removeItem(at: root) }
        let old = root.path + "/.pulje-2147483646-old-report"
        try fileManager.createDirectory(atPath: old + "/sub", withIntermediateDirectories: true)
        try "pulje-folder 1 report\na.csv\nsub\n".write(toFile: old + "/.pulje-folder", atomically: false, encoding: .utf8)
        try "1".write(toFile: old + "/a.csv", atomically: false, encoding: .utf8)
        try "mine".write(toFile: old + "/sub/x", atomically: false, encoding: .utf8)
        try fileManager.createDirectory(atPath: root.path + "/report", withIntermediateDirectories: false)
        #expect(TemporaryFolders.removeOwned(old) == [".pulje-folder", "sub"])
        #expect(FolderManifest.read(in: old)?.files == ["sub"])
        #expect(text(old + "/sub/x") == "mine")
    }
}
