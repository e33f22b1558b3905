import IncidentCore

/// The monthly counts grouped for the chart: per month (as months since year 0), the count of
/// each compared country and of all others. Made once when the counts or the compared countries
/// change, so a frame never parses "YYYY-MM" strings or compares country names again.
public struct ChartMonths: Sendable, Equatable {
    /// Month index → counts of the compared countries in order, then "other".
    var perMonth: [Int: [Int]]
    /// The index of the "other" slot (the number of compared countries).
    var otherSlot: Int
    var earliest: Int?
    var latest: Int?
    /// True when any month has an attack outside the compared countries.
    var hasOther: Bool
    /// The largest single count of any series in any month.
    var largest: Int

    init(months: [MonthCount], countries: [String]) {
        let lowered = MonthlyChart.countrySeries(countries).map { $0.name.lowercased() }
        otherSlot = lowered.count
        var perMonth: [Int: [Int]] = [:]
        for entry in months {
            guard let index = MonthlyChart.monthIndex(entry.month) else { continue }
            var counts = perMonth[index] ?? Array(repeating: 0, count: lowered.count + 1)
            counts[lowered.firstIndex(of: entry.country.lowercased()) ?? lowered.count] += entry.count
            perMonth[index] = counts
        }
        self.perMonth = perMonth
        earliest = perMonth.keys.min()
        latest = perMonth.keys.max()
        let slot = lowered.count
        hasOther = perMonth.values.contains { $0[slot] > 0 }
        largest = perMonth.values.map { $0.max() ?? 0 }.max() ?? 0
    }
}
