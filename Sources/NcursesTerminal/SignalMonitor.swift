import Glibc
import Synchronization
import TUI

/// Catches SIGINT, SIGTERM, SIGHUP and SIGCONT and remembers them for the input loop.
///
/// The handlers only store into atomics (async-signal-safe); the loop polls them after
/// `wget_wch` returns, which it does on timeout or when a signal interrupts it (the
/// handlers are installed without `SA_RESTART`). SIGTSTP and SIGWINCH are left to ncurses.
enum SignalMonitor {
    /// The number of the last stop signal received, or 0.
    static let pendingSignalNumber = Atomic<Int32>(0)
    /// Set when the process continued after being stopped (Ctrl-Z, then `fg`).
    static let continued = Atomic<Bool>(false)

    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// What was installed before, so `uninstall` can put it back.
    struct SavedActions {
        fileprivate var actions: [(signal: Int32, action: sigaction)] = []
    }

    /// Installs the handlers and returns the previous ones.
    static func install() -> SavedActions {
        // Touch the atomics now: their lazy initialisation must not happen inside a handler.
        pendingSignalNumber.store(0, ordering: .sequentiallyConsistent)
        continued.store(false, ordering: .sequentiallyConsistent)

        var saved = SavedActions()
        for signal in stopSignals {
            saved.actions.append((signal, setHandler(for: signal) { number in
                SignalMonitor.pendingSignalNumber.store(number, ordering: .relaxed)
            }))
        }
        saved.actions.append((SIGCONT, setHandler(for: SIGCONT) { _ in
            SignalMonitor.continued.store(true, ordering: .relaxed)
        }))
        return saved
    }

    /// Puts back the handlers `install` replaced.
    static func uninstall(_ saved: SavedActions) {
        for (signal, action) in saved.actions {
            var previous = action
            sigaction(signal, &previous, nil)
        }
    }

    /// The stop signal received so far, if any.
    static var pendingSignal: TerminalSignal? {
        switch pendingSignalNumber.load(ordering: .relaxed) {
        case SIGINT: .interrupt
        case SIGTERM: .terminate
        case SIGHUP: .hangup
        default: nil
        }
    }

    /// True once after the process was continued; clears the flag.
    static func takeContinued() -> Bool {
        continued.exchange(false, ordering: .relaxed)
    }

    private static func setHandler(for signal: Int32, _ handler: @convention(c) (Int32) -> Void) -> sigaction {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocking read returns so the loop can look
        var previous = sigaction()
        sigaction(signal, &action, &previous)
        return previous
    }
}
