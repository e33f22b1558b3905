/// What a cell means, never what colour it is. A `Theme` turns roles into styles.
public enum Role: String, CaseIterable, Hashable, Sendable {
    /// Ordinary body text.
    case text
    /// Secondary text: timestamps, units, less important columns.
    case dim
    /// The header/status bar background and its text.
    case header
    /// Emphasised values inside the header (counts, the active filter).
    case headerAccent
    /// Titles of panes and overlays.
    case title
    /// Pane borders and separators.
    case border
    /// The selected row of the focused pane.
    case selection
    /// The selected row of a pane that does not have focus.
    case selectionInactive
    /// Table column headings.
    case columnHeader
    /// Anything about Iraq: chart bars, country cells, legend.
    case iraq
    /// Anything about Syria: chart bars, country cells, legend.
    case syria
    /// Anything about another or unknown country.
    case other
    /// Chart axes and tick marks.
    case axis
    /// Chart and field labels.
    case label
    /// Rows and marks for recently arrived or changed data.
    case new
    /// Something needs attention: stale data, partial results.
    case warning
    /// Something failed: store unreachable, bad input.
    case error
    /// Highlighted spans inside article text (search hits, extracted facts).
    case highlight
    /// The description part of a key hint ("quit" in "q quit").
    case hint
    /// The key part of a key hint ("q" in "q quit").
    case hintKey
    /// An inactive tab label.
    case tab
    /// The active tab label.
    case tabActive
    /// A loud banner such as PAUSED or STALE.
    case banner
    /// Barely visible text: placeholders, empty-state messages.
    case muted
}
