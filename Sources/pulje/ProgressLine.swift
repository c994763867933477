import Foundation
import PuljeKit

/// The progress line on stderr while data are read (files, rows, MB/s): only when stderr is a
/// terminal, and only once a run has taken a second; silent otherwise, so that scripts and
/// logs see nothing of it.
final class ProgressLine: @unchecked Sendable {
    let language: Language
    let isActive = isatty(STDERR_FILENO) == 1
    private var timer: DispatchSourceTimer?
    private var shown = false
    private let queue = DispatchQueue(label: "pulje.progress")

    init(language: Language) {
        self.language = language
    }

    /// Starts showing `progress` after one second, refreshed twice a second.
    func start(_ progress: ReadProgress) {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 1, repeating: 0.5)
        timer.setEventHandler { [self] in
            shown = true
            FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.line(language))".utf8))
        }
        timer.resume()
        self.timer = timer
    }

    /// Stops, leaving the last line visible.
    func finish() {
        queue.sync {
            timer?.cancel()
            if shown { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
