import Foundation
import TUI

/// The run loop: waits for a key or the refresh tick, applies keys, checks the store for changes
/// once per tick, and draws only when the frame changed. The one thread that touches the terminal.
/// When a key changes the theme, the terminal gets it and `themeChanged` is told (it returns a
/// note for the message line, such as where the choice was saved).
public enum DashboardLoop {
    public static func run(model: DashboardModel, terminal: Terminal, refreshSeconds: Double,
                           clock: () -> Date = Date.init, themeChanged: (Theme) -> String? = { _ in nil }) throws {
        model.size = terminal.size
        _ = try? model.source.hasChanged() // prime the change check
        do { try model.reload() } catch { model.showProblem(error) }
        var lastFrame: Grid?
        var lastMinute = -1
        var shownTheme = model.themeRotation.current
        let timeout = max(50, Int(refreshSeconds * 1000))
        func drawIfChanged() {
            let now = clock()
            lastMinute = Int(now.timeIntervalSince1970) / 60
            let frame = model.render(now: now, unicode: terminal.supportsUnicode)
            if frame != lastFrame {
                terminal.draw(frame)
                lastFrame = frame
            }
        }
        drawIfChanged()
        while terminal.pendingSignal == nil {
            if let key = terminal.readKey(timeoutMilliseconds: timeout) {
                model.size = terminal.size
                let reaction: DashboardModel.Reaction
                do { reaction = try model.handle(key) } catch {
                    model.showProblem(error)
                    reaction = .redraw
                }
                switch reaction {
                case .quit: return
                case .fullRedraw:
                    terminal.invalidate()
                    lastFrame = nil
                case .redraw, .none: break
                }
                if model.themeRotation.current != shownTheme {
                    shownTheme = model.themeRotation.current
                    terminal.setTheme(shownTheme)
                    lastFrame = nil
                    if let note = themeChanged(shownTheme) {
                        model.showMessage([model.message, note].compactMap { $0 }.joined(separator: " · "))
                    }
                }
                drawIfChanged()
                continue
            }
            // Tick: one cheap change check; redraw for new data or when the shown clock minute turns.
            var dirty = false
            do { dirty = try model.refreshIfChanged() } catch { model.showProblem(error); dirty = true }
            if dirty || Int(clock().timeIntervalSince1970) / 60 != lastMinute { drawIfChanged() }
        }
    }
}

extension DashboardModel {
    /// Shows a store problem on the message line instead of stopping.
    func showProblem(_ error: Error) {
        setMessage("store problem: \(error)")
    }
}
