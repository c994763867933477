import Foundation

/// Headless Chromium (Debian's `chromium`, installed by `make deps`), to render report.html
/// the way a reader's browser does.
enum Chromium {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The browser: `$CHROMIUM`, else the first of `chromium`, `chromium-browser` on the path.
    static var executable: String? {
        if let path = ProcessInfo.processInfo.environment["CHROMIUM"] { return path }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Renders `page` at `width` x `height` CSS pixels to a PNG file; gives up after `timeout` seconds.
    static func screenshot(of page: URL, to png: URL, width: Int, height: Int, timeout: TimeInterval = 90) throws {
        guard let executable else {
            throw Failure(description: "chromium is not installed: run `make deps` (Debian package chromium)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--user-data-dir=\(png.deletingLastPathComponent().appendingPathComponent("chromium-profile").path)",
            "--screenshot=\(png.path)", "--window-size=\(width),\(height)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw Failure(description: "chromium did not finish within \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: png.path) else {
            throw Failure(description: "chromium exited with \(process.terminationStatus) and wrote no screenshot")
        }
    }
}
