import TUI

/// The one table of keys: it drives input handling, the help overlay and the key-hint bar.
public struct Keymap: Sendable {
    /// One binding: the keys, the command, and the words shown in help.
    public struct Binding: Sendable {
        public var keys: [Key]
        public var command: Command
        public var help: String
        /// Shown in the one-line hint bar, with this label.
        public var hint: String?
    }

    public var bindings: [Binding]

    public static let standard = Keymap(bindings: [
        Binding(keys: [.character("j"), .down], command: .moveDown, help: "next row / scroll the article down"),
        Binding(keys: [.character("k"), .up], command: .moveUp, help: "previous row / scroll the article up"),
        Binding(keys: [.pageDown, .ctrl("d")], command: .pageDown, help: "page down"),
        Binding(keys: [.pageUp, .ctrl("u")], command: .pageUp, help: "page up"),
        Binding(keys: [.character("g"), .home], command: .jumpFirst, help: "first row / top of the article"),
        Binding(keys: [.character("G"), .end], command: .jumpLast, help: "last row / end of the article"),
        Binding(keys: [.character("s")], command: .cycleSort, help: "sort by the next column", hint: "sort"),
        Binding(keys: [.character("S")], command: .reverseSort, help: "reverse the sort"),
        Binding(keys: [.tab], command: .focusNext, help: "move focus between table and article", hint: "focus"),
        Binding(keys: [.escape], command: .back, help: "back to the table / clear the search, then the filter"),
        Binding(keys: [.character("]")], command: .nextSource, help: "next source article", hint: "source"),
        Binding(keys: [.character("[")], command: .previousSource, help: "previous source article"),
        Binding(keys: [.character("<")], command: .chartBack, help: "chart: earlier months", hint: "months"),
        Binding(keys: [.character(">")], command: .chartForward, help: "chart: later months"),
        Binding(keys: [.character("/")], command: .search, help: "full-text search of articles", hint: "search"),
        Binding(keys: [.character("n")], command: .nextHit, help: "next search hit"),
        Binding(keys: [.character("N")], command: .previousHit, help: "previous search hit"),
        Binding(keys: [.character("f"), .character("\\")], command: .filter, help: "filter: country:syria weapon:drone after:2024-01-01 …", hint: "filter"),
        Binding(keys: [.character("e")], command: .exportView, help: "export the view (filter, sort) as CSV to $XDG_STATE_HOME/watchfloor/exports"),
        Binding(keys: [.character("c")], command: .toggleChart, help: "chart: attacks per month / tracked vs official totals"),
        Binding(keys: [.character("t")], command: .cycleTheme, help: "next colour theme (remembered for next time)"),
        Binding(keys: [.character("?"), .function(1)], command: .help, help: "this help", hint: "help"),
        Binding(keys: [.ctrl("l")], command: .redraw, help: "redraw the screen"),
        Binding(keys: [.character("q"), .function(10)], command: .quit, help: "quit", hint: "quit"),
    ])

    public func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    /// `(keys, label)` pairs for the hint bar, quit first.
    public var hints: [(keys: String, label: String)] {
        let ordered = bindings.filter { $0.hint != nil }.sorted { a, _ in a.command == .quit }
        return ordered.map { ($0.keys.first?.name ?? "", $0.hint ?? "") }
    }
}
