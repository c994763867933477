import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// What SIGINT (Ctrl-C) and SIGTERM do to a run: the temporary folders of a write in progress
/// are removed, a report already swapped into place stays, and the process exits with
/// 128 + the signal (130, 143), as a shell reports a process ended by it.
public enum Interruption {
    private static let sources = Mutex<[DispatchSourceSignal]>([])

    /// Installs the handlers; call once, at the start of a command.
    public static func install() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for signalNumber in [SIGINT, SIGTERM] {
                // Handled on a queue, not in signal context, where removing files is not safe.
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { TemporaryFolders.shared.removeAllAndExit(status: 128 + signalNumber) }
                source.resume()
                sources.append(source)
            }
        }
    }
}

import Synchronization
