import TUI

extension DashboardModel {
    /// `t`: the next theme of the rotation, or a word on why there is none.
    func cycleTheme() {
        if let reason = themeRotation.lockedBecause {
            setMessage(reason)
            return
        }
        guard themeRotation.themes.count > 1 else {
            setMessage("only one theme found: put .theme files in ~/.config/watchfloor/themes")
            return
        }
        themeRotation.advance()
        setMessage("theme \(themeRotation.current.name) (\(themeRotation.index + 1) of \(themeRotation.themes.count); t for the next)")
    }

    /// Shows a line on the message line until the next key (for notes from outside the model,
    /// such as where a theme choice was saved).
    public func showMessage(_ text: String) {
        setMessage(text)
    }

    /// The message line as it stands.
    public var message: String? { state.message }
}
