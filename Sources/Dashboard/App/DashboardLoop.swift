import Foundation
import IncidentCore
import TUI

/// The run loop: waits for a key or the refresh tick, applies keys, checks the store for changes
/// once per tick, and draws only when something visible changed: the data, the size, a key, the
/// clock as shown (minutes, or seconds when shown), a new-mark running out, or the kiosk's cycle.
/// The one thread that touches the terminal. When a key changes the theme, the terminal gets it and
/// `themeChanged` is told (it returns a note for the message line, such as where the choice was saved).
public enum DashboardLoop {
    /// Called with incidents that arrived while the dashboard was open, oldest first.
    public typealias ArrivalHandler = ([Incident]) -> Void

    public static func run(model: DashboardModel, terminal: Terminal, refreshSeconds: Double,
                           clock: () -> Date = Date.init, onArrivals: ArrivalHandler? = nil,
                           themeChanged: (Theme) -> String? = { _ in nil }) throws {
        model.size = terminal.size
        _ = try? model.source.hasChanged() // prime the change check
        do {
            try model.reload()
            try model.refreshWatch(now: clock())
            _ = try model.takeNewArrivals() // what is already there is not news
        } catch { model.showProblem(error) }
        var lastFrame: Grid?
        var lastClock = ""
        var marksChangeAt: Date?
        var shownTheme = model.themeRotation.current
        var nextCycle = clock().addingTimeInterval(Double(model.options.cycleSeconds))
        let refreshMilliseconds = max(50, Int(refreshSeconds * 1000))
        let showSeconds = model.options.showSeconds

        func shownClock(_ now: Date) -> String {
            let seconds = Int(now.timeIntervalSince1970)
            return String(showSeconds ? seconds : seconds / 60)
        }
        func draw() {
            let now = clock()
            lastClock = shownClock(now)
            marksChangeAt = model.nextMarkChange(after: now)
            let frame = model.render(now: now, unicode: terminal.supportsUnicode)
            if frame != lastFrame {
                terminal.draw(frame)
                lastFrame = frame
            }
        }
        /// Only the clock turned: the header drawn again over the last frame.
        func drawHeader() {
            guard let previous = lastFrame else { return draw() }
            let now = clock()
            lastClock = shownClock(now)
            let frame = model.rerenderHeader(of: previous, now: now, unicode: terminal.supportsUnicode)
            if frame != previous {
                terminal.draw(frame)
                lastFrame = frame
            }
        }
        draw()
        while terminal.pendingSignal == nil {
            // While something is counted in the background, look for its result often.
            var timeout = model.hasBackgroundWork ? min(refreshMilliseconds, 25) : refreshMilliseconds
            if showSeconds {
                let fraction = clock().timeIntervalSince1970.truncatingRemainder(dividingBy: 1)
                timeout = min(timeout, max(10, Int((1 - fraction) * 1000) + 5))
            }
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
                draw()
                continue
            }
            // Tick: one cheap change check, then redraw only for what the screen would show differently.
            let now = clock()
            var dirty = false
            do {
                if try model.refreshIfChanged(now: now) {
                    dirty = true
                    let arrivals = try model.takeNewArrivals()
                    if !arrivals.isEmpty { onArrivals?(arrivals) }
                }
            } catch { model.showProblem(error); dirty = true }
            if model.state.kiosk != nil, now >= nextCycle {
                nextCycle = now.addingTimeInterval(Double(model.options.cycleSeconds))
                do { try model.advanceKiosk() } catch { model.showProblem(error) }
                dirty = true
            }
            var clockTurned = false
            if shownClock(now) != lastClock {
                // The minute (or second) turned: windows that depend on the time may have moved on.
                if !showSeconds || Int(now.timeIntervalSince1970) % 60 == 0 {
                    do { if try model.refreshWatch(now: now) { dirty = true } } catch { model.showProblem(error) }
                }
                clockTurned = true
            }
            if model.state.arrivedRecently > 0 {
                do { if try model.refreshArrivalCount(now: now) { dirty = true } } catch { model.showProblem(error) }
            }
            if !dirty, let moment = marksChangeAt, now >= moment { dirty = true }
            if dirty { draw() } else if clockTurned { drawHeader() }
        }
    }
}

extension DashboardModel {
    /// Shows a store problem on the message line instead of stopping.
    func showProblem(_ error: Error) {
        setMessage("store problem: \(error)")
    }

    /// The next moment after `now` at which a visible row's new or changed mark appears or runs out
    /// (the frame must then be redrawn though nothing else changed), or nil when none will. Worked
    /// out once per frame, so an idle tick only compares two dates.
    public func nextMarkChange(after now: Date) -> Date? {
        let floor = state.newNotBefore.flatMap(Formatting.epochSeconds)
        let current = now.timeIntervalSince1970
        var next: Double?
        for row in state.rows {
            for stamp in [row.firstSeen, row.updated] {
                guard let seconds = Formatting.epochSeconds(stamp), seconds >= (floor ?? seconds) else { continue }
                // Marked while `stamp - 60 ≤ now < stamp + newFor + 1` (see `DashboardState.newWindow`).
                for moment in [Double(seconds - 60), Double(seconds + state.newForSeconds + 1)] where moment > current {
                    next = min(next ?? moment, moment)
                }
            }
        }
        return next.map(Date.init(timeIntervalSince1970:))
    }
}
