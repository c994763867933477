import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What SIGINT (Ctrl-C) and SIGTERM do to a run: the temporary folders of a write in progress
/// are removed, a report already swapped into place stays, and the process exits with
/// 128 + the signal (130, 143), as a shell reports a process ended by it.
///
/// The two signals are blocked in every thread and taken by one thread with sigwait(3), so
/// that the clean-up runs as ordinary code, not in a signal handler where removing files is
/// not safe. A signal that was ignored when pulje started (`nohup`, a background job of a
/// script) stays ignored, as the convention for programs that catch it goes.
public enum Interruption {
    private static let installed = Mutex(false)

    /// Installs the handling; call first thing in `main`, before any other thread starts, so
    /// that every thread inherits the blocked signals.
    public static func install() {
        let first = installed.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        var handled = sigset_t()
        sigemptyset(&handled)
        for signalNumber in [SIGINT, SIGTERM] {
            let previous = signal(signalNumber, SIG_DFL)
            if isIgnore(previous) {
                signal(signalNumber, SIG_IGN)
                continue
            }
            sigaddset(&handled, signalNumber)
        }
        guard pthread_sigmask(SIG_BLOCK, &handled, nil) == 0 else { return }
        let waitedFor = handled
        let thread = Thread {
            var set = waitedFor
            var received: Int32 = 0
            while sigwait(&set, &received) == 0 {
                TemporaryFolders.shared.removeAllAndExit(status: 128 + received)
            }
        }
        thread.name = "pulje-interruption"
        thread.start()
    }

    private static func isIgnore(_ handler: __sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}

import Synchronization
