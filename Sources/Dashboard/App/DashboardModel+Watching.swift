import Foundation
import IncidentCore
import TUI

/// The watch-officer side of the model: arrivals marked new, the kiosk's counts and cycle of
/// latest arrivals, and which arrivals deserve an alert.
extension DashboardModel {
    /// How many arrivals the kiosk pane cycles through.
    static let kioskArrivalCount = 10

    /// Re-reads what depends on the clock: arrivals within the "new" window and, in the kiosk, the
    /// counts against today and the latest arrivals. Returns true when anything shown changed.
    @discardableResult
    public func refreshWatch(now: Date) throws -> Bool {
        let before = (state.arrivedRecently, state.kiosk?.summary, state.kiosk?.arrivals.map(\.id))
        let window = state.newWindow(now: now)
        state.arrivedRecently = try source.arrivedCount(since: window.since, until: window.until)
        if var kiosk = state.kiosk {
            let today = options.today ?? CalendarDay(date: now)
            kiosk.summary = try source.watchSummary(today: today)
            let shown = kiosk.shownId
            kiosk.arrivals = try source.recentlyArrived(limit: Self.kioskArrivalCount)
            // A new arrival goes to the front of the pane; otherwise the cycle keeps its place.
            if let newest = kiosk.arrivals.first, let mark = arrivalMark, newest.firstSeen > mark {
                kiosk.index = 0
            } else {
                kiosk.index = kiosk.arrivals.firstIndex { $0.id == shown } ?? 0
            }
            if kiosk.shownId != shown || kiosk.sources.isEmpty {
                kiosk.sources = try kiosk.shownId.map { try source.sourceArticles(incidentId: $0) } ?? []
            }
            state.kiosk = kiosk
        }
        return before != (state.arrivedRecently, state.kiosk?.summary, state.kiosk?.arrivals.map(\.id))
    }

    /// Re-counts the arrivals within the "new" window; true when the count changed. The loop calls
    /// this each tick while any are counted, so the header follows them out of the window.
    public func refreshArrivalCount(now: Date) throws -> Bool {
        let window = state.newWindow(now: now)
        let count = try source.arrivedCount(since: window.since, until: window.until)
        defer { state.arrivedRecently = count }
        return count != state.arrivedRecently
    }

    /// Moves the kiosk pane to the next of the latest arrivals.
    public func advanceKiosk() throws {
        guard var kiosk = state.kiosk, !kiosk.arrivals.isEmpty else { return }
        kiosk.index = (kiosk.index + 1) % kiosk.arrivals.count
        kiosk.sources = try kiosk.shownId.map { try source.sourceArticles(incidentId: $0) } ?? []
        state.kiosk = kiosk
    }

    /// Incidents that arrived since the last call, oldest first (none on the first call: what was
    /// already in the store when the dashboard opened is not news).
    public func takeNewArrivals() throws -> [Incident] {
        let recent = try source.recentlyArrived(limit: 50)
        defer { arrivalMark = recent.first?.firstSeen ?? arrivalMark ?? "" }
        guard let mark = arrivalMark else { return [] }
        // Each arrival with its sources, so a notifier gets what an export would give.
        return try recent.filter { $0.firstSeen > mark }.reversed().map { try source.incidentWithSources(id: $0.id) ?? $0 }
    }

    /// Keys on the kiosk screen: nothing changes the view; `q` quits unless locked.
    func kioskReaction(to key: Key) -> Reaction {
        switch key {
        case .resize: return .fullRedraw
        default: break
        }
        guard let command = keymap.command(for: key) else { return .none }
        switch command {
        case .quit: return state.kiosk?.locked == true ? .none : .quit
        case .redraw: return .fullRedraw
        default: return .none
        }
    }
}
