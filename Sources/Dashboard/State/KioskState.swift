import Foundation
import IncidentCore

/// The kiosk screen's own data: the at-a-glance counts and the cycle of most recently arrived
/// incidents shown one after another in the detail pane.
public struct KioskState: Sendable {
    public var summary: WatchSummary?
    /// Most recently arrived first (by first seen, not by incident date).
    public var arrivals: [Incident] = []
    /// Which arrival the pane shows.
    public var index = 0
    /// The shown arrival's source articles in publication order; the pane shows the latest.
    public var sources: [SourceArticle] = []
    public var cycleSeconds: Int
    public var locked: Bool
    public var showSeconds: Bool
    /// For the local clock beside the UTC one.
    public var timeZone: TimeZone

    public init(cycleSeconds: Int, locked: Bool, showSeconds: Bool, timeZone: TimeZone) {
        self.cycleSeconds = cycleSeconds
        self.locked = locked
        self.showSeconds = showSeconds
        self.timeZone = timeZone
    }

    public var shownId: Int64? { arrivals.indices.contains(index) ? arrivals[index].id : nil }
}
