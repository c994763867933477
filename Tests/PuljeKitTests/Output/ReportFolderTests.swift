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
        ])
        defer { try? fileManager.removeItem(at: root) }
        try ReportFolder(root.path + "/report").write([.text("a.csv", "new")])
        #expect(entries(root.path) == [".pulje-2147483646-old-other", "report"])
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
}
