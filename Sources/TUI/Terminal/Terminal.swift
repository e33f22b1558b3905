/// What a run loop needs from a terminal. `NcursesTerminal` is the real one,
/// `ScriptedTerminal` a test double. All calls come from one thread.
public protocol Terminal: AnyObject {
    /// The current size in cells. After `.resize` arrives, this is the new size.
    var size: Size { get }
    /// Colours the terminal can show: 0 (none), 8, 16, 256, or more for direct colour.
    var colorCount: Int { get }
    /// Whether the locale is UTF-8; if not, draw with `Glyphs.ascii`.
    var supportsUnicode: Bool { get }
    /// A stop request (SIGINT/SIGTERM/SIGHUP) received since start, if any.
    var pendingSignal: TerminalSignal? { get }

    /// Shows the grid. Cells outside the terminal are ignored; a grid equal to the last one
    /// drawn costs nothing.
    func draw(_ grid: Grid)
    /// Makes the next `draw` repaint the whole screen from scratch (for Ctrl-L).
    func invalidate()
    /// Changes how roles look; the next `draw` repaints everything.
    func setTheme(_ theme: Theme)
    /// Waits up to `timeoutMilliseconds` (negative: forever) for input. Returns nil on
    /// timeout or when a stop signal arrived (check `pendingSignal`; while one is pending,
    /// this returns nil at once, so the loop must restore and exit). Returns `.resize` when
    /// the size changed or the program was resumed after Ctrl-Z.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Rings the bell.
    func bell()
    /// Flashes the screen (a visible bell), or rings when the terminal cannot flash.
    func flash()
    /// Gives the terminal back to the shell. Safe to call more than once.
    func restore()
}

extension Terminal {
    /// Unicode or ASCII glyphs to suit this terminal.
    public var glyphs: Glyphs { Glyphs.forTerminal(supportsUnicode: supportsUnicode) }
}
