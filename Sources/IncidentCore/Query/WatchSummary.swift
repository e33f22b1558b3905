/// What a watch officer reads at a glance: attacks by incident date in the last day, week and month
/// against "today", and the last attack with US casualties.
public struct WatchSummary: Equatable, Sendable {
    /// The day the windows count back from.
    public var today: CalendarDay
    /// Attacks dated today or yesterday (dates have day precision, so "24 h" spans both).
    public var lastDay: Int
    /// Attacks dated in the 7 days ending today.
    public var lastWeek: Int
    /// Attacks dated in the 30 days ending today.
    public var lastMonth: Int
    /// The date of the latest attack with US killed or injured, up to today.
    public var lastCasualtyDay: CalendarDay?

    public init(today: CalendarDay, lastDay: Int = 0, lastWeek: Int = 0, lastMonth: Int = 0, lastCasualtyDay: CalendarDay? = nil) {
        self.today = today
        self.lastDay = lastDay
        self.lastWeek = lastWeek
        self.lastMonth = lastMonth
        self.lastCasualtyDay = lastCasualtyDay
    }

    /// Whole days from the last attack with US casualties to today, or nil when there is none.
    public var daysSinceCasualties: Int? {
        lastCasualtyDay.map { today.ordinal - $0.ordinal }
    }
}
