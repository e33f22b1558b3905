/// A request from outside to stop: the run loop restores the terminal and exits.
public enum TerminalSignal: Hashable, Sendable {
    /// SIGINT (Ctrl-C when the terminal does not deliver it as a key).
    case interrupt
    /// SIGTERM.
    case terminate
    /// SIGHUP: the terminal went away (closed window, dropped SSH).
    case hangup

    /// The conventional exit status for a process ended by this signal (128 + number).
    public var exitStatus: Int32 {
        switch self {
        case .interrupt: 130
        case .terminate: 143
        case .hangup: 129
        }
    }
}
