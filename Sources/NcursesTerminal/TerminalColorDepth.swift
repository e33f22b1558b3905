import CNcursesw
import Glibc

/// How many colours the terminal on standard output has, from terminfo, without taking over
/// the screen (for output printed outside the dashboard).
public enum TerminalColorDepth {
    /// terminfo's `colors` for `$TERM` (0 when unknown or not a terminal).
    public static func ofStandardOutput() -> Int {
        guard isatty(STDOUT_FILENO) == 1 else { return 0 }
        var status: Int32 = 0
        guard wf_setupterm(STDOUT_FILENO, &status) == OK else { return 0 }
        return max(0, Int(tigetnum("colors")))
    }
}
