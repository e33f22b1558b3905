import GRDB

/// The queries of the watch-officer screen: the at-a-glance counts, the most recently arrived
/// incidents, and how many arrived since a moment. Each uses an index; none scans the table.
extension IncidentStore {
    /// Attack counts (kinds `attack` and `event`) by incident date for the windows ending `today`,
    /// and the last attack with US casualties on or before `today`.
    public func watchSummary(today: CalendarDay) throws -> WatchSummary {
        try read { db in
            func attacks(since day: CalendarDay) throws -> Int {
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM incident WHERE kind IN ('attack', 'event') AND date >= ? AND date <= ?
                    """, arguments: [day.iso, today.iso]) ?? 0
            }
            let casualty = try String.fetchOne(db, sql: """
                SELECT date FROM incident
                WHERE kind = 'attack' AND date <= ?
                  AND (usKilled > 0 OR usInjured > 0 OR usKilledQualifier IN ('several', 'at least', 'more than')
                       OR usInjuredQualifier IN ('several', 'at least', 'more than'))
                ORDER BY date DESC LIMIT 1
                """, arguments: [today.iso])
            return WatchSummary(today: today,
                                lastDay: try attacks(since: today.adding(days: -1)),
                                lastWeek: try attacks(since: today.adding(days: -6)),
                                lastMonth: try attacks(since: today.adding(days: -29)),
                                lastCasualtyDay: casualty.flatMap(CalendarDay.init(iso:)))
        }
    }

    /// The incidents of the default kinds that arrived most recently (by first seen), newest first.
    public func recentlyArrived(limit: Int) throws -> [Incident] {
        try read { db in
            Self.incidents(from: try Row.fetchAll(db, sql: """
                SELECT * FROM incident WHERE kind IN ('attack', 'partner', 'event')
                ORDER BY firstSeen DESC, id DESC LIMIT ?
                """, arguments: [max(0, limit)]))
        }
    }

    /// How many incidents of the default kinds arrived between two ISO 8601 UTC times (inclusive).
    public func arrivedCount(since: String, until: String) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM incident WHERE firstSeen BETWEEN ? AND ? AND kind IN ('attack', 'partner', 'event')
                """, arguments: [since, until]) ?? 0
        }
    }
}
