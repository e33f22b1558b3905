/// How completely the store tracks what officials counted: between two consecutive official
/// cumulative totals ("attacked 66 times since October 17, including 32 times in Iraq and 34 in
/// Syria"), the attacks officially reported in that interval against the attacks tracked.
public struct CoverageInterval: Hashable, Sendable {
    /// One country's (or the total's) official and tracked counts.
    public struct Count: Hashable, Sendable {
        public var name: String
        /// Nil when the official statements do not break the count down for this country.
        public var official: Int?
        public var tracked: Int

        /// Tracked as a share of official (0…), nil when there is nothing to compare with.
        public var ratio: Double? {
            guard let official, official > 0 else { return nil }
            return Double(tracked) / Double(official)
        }
    }

    /// Exclusive start: the previous total's date, or the day before the stated `since`, or nil (from the start).
    public var after: CalendarDay?
    /// Whether the interval opens at the total's own `since` date rather than at the previous total.
    public var startsWithSince: Bool
    /// The official total's date (inclusive end).
    public var through: CalendarDay
    public var total: Count
    public var countries: [Count]
    /// Where the closing official total came from.
    public var source: String?

    /// `2023-10-24 → 2023-10-26`, `since 2023-10-17 → 2023-10-24`, `until 2023-10-24`.
    public var label: String {
        guard let after else { return "until \(through.iso)" }
        return "\(after.adding(days: 1).iso) → \(through.iso)"
    }
}

/// Computes coverage intervals from the official totals and a way to count tracked attacks.
public enum Coverage {
    /// One official total per date (the highest stated that day), oldest first, dropping any
    /// total lower than an earlier one (a contradicting statement cannot open an interval).
    public static func officialSeries(_ totals: [ReportedTotal]) -> [ReportedTotal] {
        var byDay: [String: ReportedTotal] = [:]
        for total in totals {
            guard let asOf = total.asOf, CalendarDay(iso: asOf) != nil, let count = total.total.count else { continue }
            if let kept = byDay[asOf], let keptCount = kept.total.count {
                let keptDetail = [kept.iraq, kept.syria, kept.jordan].compactMap { $0 }.count
                let detail = [total.iraq, total.syria, total.jordan].compactMap { $0 }.count
                if count < keptCount || (count == keptCount && detail <= keptDetail) { continue }
            }
            byDay[asOf] = total
        }
        var series: [ReportedTotal] = []
        for total in byDay.values.sorted(by: { $0.asOf! < $1.asOf! }) {
            if let last = series.last, (total.total.count ?? 0) < (last.total.count ?? 0) { continue }
            series.append(total)
        }
        return series
    }

    /// The intervals between consecutive official totals, per country in `countries`.
    public static func intervals(
        totals: [ReportedTotal], countries: [String],
        tracked: (_ after: CalendarDay?, _ through: CalendarDay) throws -> [String: Int]
    ) rethrows -> [CoverageInterval] {
        let series = officialSeries(totals)
        var intervals: [CoverageInterval] = []
        var previous: ReportedTotal?
        for total in series {
            guard let through = total.asOf.flatMap(CalendarDay.init(iso:)), let count = total.total.count else { continue }
            var after: CalendarDay?
            var startsWithSince = false
            if let previous, let prevDay = previous.asOf.flatMap(CalendarDay.init(iso:)) {
                after = prevDay
            } else if let since = total.since.flatMap(sinceDay) {
                after = since.adding(days: -1)
                startsWithSince = true
            }
            let counted = try tracked(after, through)
            func official(_ pick: (ReportedTotal) -> Int?) -> Int? {
                guard let now = pick(total) else { return nil }
                guard let previous else { return now }
                guard let before = pick(previous), now >= before else { return nil }
                return now - before
            }
            let perCountry = countries.map { name -> CoverageInterval.Count in
                let pick: (ReportedTotal) -> Int? = switch name.lowercased() {
                case "iraq": { $0.iraq }
                case "syria": { $0.syria }
                case "jordan": { $0.jordan }
                default: { _ in nil }
                }
                let trackedHere = counted.filter { $0.key.lowercased() == name.lowercased() }.values.reduce(0, +)
                return CoverageInterval.Count(name: name, official: official(pick), tracked: trackedHere)
            }
            let officialTotal = previous.flatMap { $0.total.count }.map { count - $0 } ?? count
            intervals.append(CoverageInterval(
                after: after, startsWithSince: startsWithSince, through: through,
                total: .init(name: "total", official: officialTotal, tracked: counted.values.reduce(0, +)),
                countries: perCountry, source: total.source))
            previous = total
        }
        return intervals
    }

    /// `YYYY-MM-DD`, or `YYYY-MM` read as the first of the month.
    static func sinceDay(_ text: String) -> CalendarDay? {
        CalendarDay(iso: text) ?? CalendarDay(iso: text + "-01")
    }
}

extension IncidentStore {
    /// Coverage intervals of the store's official totals against its tracked attacks.
    public func coverage(countries: [String]) throws -> [CoverageInterval] {
        try Coverage.intervals(totals: try reportedTotals(), countries: countries) { after, through in
            try trackedAttacks(after: after, through: through)
        }
    }
}
