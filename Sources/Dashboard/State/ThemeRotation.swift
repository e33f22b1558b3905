import TUI

/// The themes `t` cycles through, and which one is showing. When colours are off (`NO_COLOR`)
/// the rotation is locked and says why instead of changing.
public struct ThemeRotation: Sendable {
    public private(set) var themes: [Theme]
    public private(set) var index: Int
    /// Why `t` does nothing, if it does nothing.
    public var lockedBecause: String?

    /// A rotation starting at `current`, which is added if `themes` does not have it by name.
    public init(themes: [Theme], current: Theme, lockedBecause: String? = nil) {
        var list = themes
        if let position = list.firstIndex(where: { $0.name == current.name }) {
            list[position] = current
            index = position
        } else {
            list.append(current)
            index = list.count - 1
        }
        self.themes = list
        self.lockedBecause = lockedBecause
    }

    /// The theme showing now.
    public var current: Theme { themes[index] }

    /// Moves to the next theme (wrapping around).
    public mutating func advance() {
        index = (index + 1) % themes.count
    }
}
