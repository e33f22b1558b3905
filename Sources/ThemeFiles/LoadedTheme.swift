import TUI

/// A theme ready to use, with where it came from.
public struct LoadedTheme: Sendable {
    public var theme: Theme
    /// The file it was read from; nil for a built-in theme.
    public var path: String?
    /// The file's `description`, if any.
    public var description: String?
    /// The palette names it defines or inherits, resolved.
    public var palette: [String: TerminalColor]

    public init(theme: Theme, path: String?, description: String? = nil, palette: [String: TerminalColor] = [:]) {
        self.theme = theme
        self.path = path
        self.description = description
        self.palette = palette
    }

    /// A built-in theme (`default` or `mono`).
    public static func builtin(_ theme: Theme) -> LoadedTheme {
        LoadedTheme(theme: theme, path: nil, description: theme.name == "mono" ? "attributes only, no colour (built in)" : "dark background (built in)")
    }
}
