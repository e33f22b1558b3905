import Foundation
import IncidentCore

/// How the dashboard serves a watch floor: kiosk screen or interactive, how long arrivals count as
/// new, how often the kiosk pane moves on, and what "today" is for the at-a-glance counts.
public struct WatchOptions: Sendable {
    /// The read-only watch-officer screen (`dash --kiosk`, `watchfloor watch`).
    public var kiosk: Bool
    /// Kiosk only: `q` does not quit either.
    public var locked: Bool
    /// Kiosk only: seconds between articles in the pane of latest arrivals.
    public var cycleSeconds: Int
    /// Incidents that arrived or changed this recently are marked new.
    public var newForSeconds: Int
    /// Overrides "today" for the counts of the last day, week and month (demos and tests).
    public var today: CalendarDay?
    /// Shows seconds on the clock (and so redraws every second).
    public var showSeconds: Bool
    /// The kiosk's local clock.
    public var timeZone: TimeZone
    /// Arrivals before this moment are never marked new (a store just built in one go, like the demo).
    public var newNotBefore: Date?

    public init(kiosk: Bool = false, locked: Bool = false, cycleSeconds: Int = 20, newForSeconds: Int? = nil,
                today: CalendarDay? = nil, showSeconds: Bool = false, timeZone: TimeZone = .current) {
        self.timeZone = timeZone
        self.kiosk = kiosk
        self.locked = locked
        self.cycleSeconds = max(1, cycleSeconds)
        self.newForSeconds = newForSeconds ?? (kiosk ? 600 : 60)
        self.today = today
        self.showSeconds = showSeconds
    }
}
