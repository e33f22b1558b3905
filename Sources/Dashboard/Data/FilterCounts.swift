import IncidentCore

/// What the dashboard counts for a filter: its incidents and its attacks per month.
public struct FilterCounts: Sendable, Equatable {
    public var count: Int
    public var months: [MonthCount]

    public init(count: Int, months: [MonthCount]) {
        self.count = count
        self.months = months
    }
}
