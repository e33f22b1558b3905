/// Calendar arithmetic for dates written in articles: weekdays, explicit days and months without a
/// year, all resolved against the publication date.
enum DateResolver {
    /// Days of slack when inferring the year of "January 20" (a story may be published a little early).
    static let yearSlackDays = 3

    /// The most recent `weekday` (1 = Monday) on or before `published`; strictly before with `strictlyBefore`.
    static func weekday(_ weekday: Int, before published: CalendarDay, strictlyBefore: Bool) -> CalendarDay {
        var delta = (published.weekday - weekday + 7) % 7
        if delta == 0, strictlyBefore { delta = 7 }
        return published.adding(days: -delta)
    }

    /// `month`/`day` in the explicit `year`, else the most recent occurrence not after publication
    /// (with a few days' slack). Nil when no year can be inferred.
    static func day(month: Int, day: Int, year: Int?, published: CalendarDay?) -> CalendarDay? {
        if let year { return CalendarDay(year: year, month: month, day: day) }
        guard let published else { return nil }
        let limit = published.adding(days: yearSlackDays)
        for year in [published.year + 1, published.year, published.year - 1] {
            if let candidate = CalendarDay(year: year, month: month, day: day), candidate <= limit { return candidate }
        }
        return nil
    }

    /// The first day of `month` in `year`, else of the most recent such month not after publication.
    static func month(_ month: Int, year: Int?, published: CalendarDay?) -> CalendarDay? {
        if let year { return CalendarDay(year: year, month: month, day: 1) }
        guard let published else { return nil }
        let y = month <= published.month ? published.year : published.year - 1
        return CalendarDay(year: y, month: month, day: 1)
    }
}
