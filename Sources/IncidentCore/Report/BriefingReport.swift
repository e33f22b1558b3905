import Foundation

/// The facts of a briefing, gathered from the store: attacks per month for the compared
/// countries, the latest incidents, the incidents with US casualties, the latest official total
/// against the tracked count, and coverage between consecutive official totals.
public struct BriefingReport: Sendable {
    /// One month of the chart: counts for each compared country, and everything else.
    public struct Month: Hashable, Sendable {
        public var month: String
        public var counts: [Int]
        public var other: Int
        public var total: Int { counts.reduce(other, +) }
    }

    public var storeName: String
    public var filter: String
    public var countries: [String]
    public var months: [Month]
    public var latest: [Incident]
    public var withUSCasualties: [Incident]
    public var latestOfficial: ReportedTotal?
    /// Attacks tracked up to the latest official total's date.
    public var trackedAtLatestOfficial: Int?
    public var coverage: [CoverageInterval]

    public static func build(store: IncidentStore, filter: IncidentFilter, months count: Int, countries: [String],
                             latestCount: Int = 10) throws -> BriefingReport {
        let monthly = try store.monthlyCounts(filter: filter)
        let coverage = try store.coverage(countries: countries)
        let official = Coverage.officialSeries(try store.reportedTotals()).last
        var trackedAtOfficial: Int?
        if let day = official?.asOf.flatMap(CalendarDay.init(iso:)) {
            trackedAtOfficial = try store.trackedAttacks(after: nil, through: day).values.reduce(0, +)
        }
        return BriefingReport(
            storeName: (store.path as NSString).lastPathComponent, filter: filter.source, countries: countries,
            months: Self.months(monthly, count: count, countries: countries),
            latest: try store.incidents(filter: filter, sort: .newestFirst, limit: latestCount),
            withUSCasualties: try store.incidents(filter: filter, sort: .newestFirst, usCasualtiesOnly: true),
            latestOfficial: official, trackedAtLatestOfficial: trackedAtOfficial, coverage: coverage)
    }

    /// The last `count` months up to the latest month with data (months without attacks included).
    static func months(_ monthly: [MonthCount], count: Int, countries: [String]) -> [Month] {
        func index(_ month: String) -> Int? {
            let parts = month.split(separator: "-")
            guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            return y * 12 + m - 1
        }
        guard let latest = monthly.compactMap({ index($0.month) }).max(), count > 0 else { return [] }
        let lowered = countries.map { $0.lowercased() }
        var result: [Month] = []
        for i in (latest - count + 1)...latest {
            let name = String(format: "%04d-%02d", i / 12, i % 12 + 1)
            var month = Month(month: name, counts: Array(repeating: 0, count: countries.count), other: 0)
            for entry in monthly where entry.month == name {
                if let c = lowered.firstIndex(of: entry.country.lowercased()) { month.counts[c] += entry.count } else { month.other += entry.count }
            }
            result.append(month)
        }
        return result
    }
}
