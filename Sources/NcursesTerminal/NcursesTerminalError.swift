/// Why the real terminal could not be started. `description` is one line for the user.
public enum NcursesTerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is a pipe or file.
    case notATerminal
    /// TERM is not set.
    case termUnset
    /// TERM is `dumb`, or names a terminal that cannot move the cursor.
    case unsupportedTerminal(String)
    /// TERM names a terminal that terminfo does not know.
    case unknownTerminal(String)
    /// No terminfo database was found.
    case noTerminfoDatabase
    /// Another `NcursesTerminal` is already running in this process.
    case alreadyActive
    /// `initscr` failed.
    case initializationFailed

    public var description: String {
        switch self {
        case .notATerminal:
            "the dashboard needs an interactive terminal, but stdin or stdout is not a TTY; run it directly in a terminal"
        case .termUnset:
            "TERM is not set; set it to your terminal type, e.g. TERM=xterm-256color"
        case .unsupportedTerminal(let term):
            "TERM=\(term) cannot show a full-screen dashboard; set TERM to your real terminal type, e.g. xterm-256color"
        case .unknownTerminal(let term):
            "TERM=\(term) is not in the terminfo database; install ncurses-term or set TERM=xterm-256color"
        case .noTerminfoDatabase:
            "no terminfo database found; install ncurses-base or set TERMINFO"
        case .alreadyActive:
            "the terminal is already in use by another dashboard in this process"
        case .initializationFailed:
            "ncurses could not initialise the terminal"
        }
    }
}
