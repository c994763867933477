import Foundation
import Testing
@testable import PuljeKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Only regular files are read (issue 13): a named pipe, socket or device named like a sheet,
/// below the data folder or given directly, is one located problem, never a hang. The time
/// limit turns a regression (an open that waits for a writer) into a failure, not a stuck run.
@Suite(.timeLimit(.minutes(1))) struct SpecialFileTests {
    static let sheet = "dagtilbud,boern\nSolsikken,8\n"

    static func codes(_ result: ValidationResult) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.problems.map { ($0.location.file, $0.code) })
    }

    @Test func aNamedPipeBelowTheDataFolderIsReportedNotWaitedOn() throws {
        let folder = TestSupport.folder(text: ["frederikshavn/periode-6.csv": Self.sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("frederikshavn/periode-5.csv").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let result = try Validation().run(paths: [folder.path])
        let name = folder.lastPathComponent + "/frederikshavn/periode-5.csv"
        #expect(Self.codes(result) == [name: "not-a-regular-file"])
        #expect(result.problems.first?.severity == .error)
        #expect(result.problems.first?.message(.english).contains("named pipe") == true)
        #expect(result.problems.first?.message(.danish).contains("ikke læst") == true)
        // The regular sheet beside it is read as usual.
        #expect(result.dataset.registrations.count == 1)
        #expect(result.files.first { $0.file.displayName == name }?.refused == true)
    }

    @Test func aNamedPipeGivenDirectlyIsReportedNotWaitedOn() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("periode-5.csv").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let result = try Validation().run(paths: [pipe])
        #expect(Self.codes(result) == [pipe: "not-a-regular-file"])
        #expect(result.rows == 0 && result.hasErrors)
    }

    @Test func devZeroGivenDirectlyIsReportedNotReadForever() throws {
        let result = try Validation().run(paths: ["/dev/zero"])
        #expect(Self.codes(result) == ["/dev/zero": "not-a-regular-file"])
        #expect(result.problems.first?.message(.english).contains("character device") == true)
    }

    @Test func aSymbolicLinkToADeviceBelowTheDataFolderIsReported() throws {
        let folder = TestSupport.folder(text: ["frederikshavn/periode-6.csv": Self.sheet])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("frederikshavn/periode-7.csv").path, withDestinationPath: "/dev/zero")
        let result = try Validation().run(paths: [folder.path])
        #expect(Self.codes(result) == [folder.lastPathComponent + "/frederikshavn/periode-7.csv": "not-a-regular-file"])
        #expect(result.dataset.registrations.count == 1)
    }

    @Test func aSocketNamedLikeASheetIsReported() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("periode-4.csv").path
        let socket = try #require(Self.bindSocket(at: path))
        defer { close(socket) }
        let result = try Validation().run(paths: [path])
        #expect(Self.codes(result) == [path: "not-a-regular-file"])
        #expect(result.problems.first?.message(.english).contains("a socket") == true)
    }

    @Test func aFolderGivenToTheReaderIsNotARegularFile() {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: CSVReaderError.notRegularFile(path: folder.path, type: .folder)) {
            try CSVReader().read(file: folder.path, into: CellReceiver())
        }
    }

    /// A Unix-domain socket bound at `path` (open(2) on it fails with ENXIO: it must be
    /// recognised before opening).
    static func bindSocket(at path: String) -> Int32? {
        #if canImport(Glibc)
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }
}
