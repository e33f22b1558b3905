/// Everything a key can ask the dashboard to do. Stable names, used by the keymap and help.
public enum Command: String, CaseIterable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, jumpFirst, jumpLast
    case cycleSort, reverseSort
    case focusNext, back
    case nextSource, previousSource
    case chartBack, chartForward
    case search, nextHit, previousHit, filter
    case exportView, toggleChart
    case cycleTheme
    case help, redraw, quit
}
