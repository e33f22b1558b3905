/// "On 27 December 2019, rockets hit K-1 ... On 31 December, supporters of the militia stormed the embassy": a
/// paragraph that has written a year tells its later days and months without one in that year's time, not in the
/// publication's. Read against publication, a 2025 anniversary piece put 31 December 2019 five days before it, as news.
extension FrameBuilder {
    /// `dates` of the clause starting at `position` with each day or month written without a year moved to the year
    /// that puts it nearest the last date written before it in its paragraph, when that is a day with its year (the anchor). Relative days,
    /// and dates where no year-bearing date comes before them in the paragraph, are left as read.
    func inYearOfParagraph(_ dates: [DateMention], at position: Int) -> [DateMention] {
        let tokens = text.tokens
        guard let published else { return dates }
        func writesYear(_ d: DateMention) -> Bool {
            d.tokens.contains { tokens[$0].kind == .number && (1900...2100).contains(tokens[$0].value ?? 0) }
        }
        // "last August", "August of last year": a year told against publication is written too.
        func countsYearBack(_ d: DateMention) -> Bool { d.tokens.contains { ["last", "year"].contains(tokens[$0].text) } }
        let bare = dates.indices.filter { i in
            let d = dates[i]
            return !d.isRelative && !d.isAnchored && (d.precision == .day || d.precision == .month) && d.day != nil
                && !writesYear(d) && !countsYearBack(d)
        }
        guard !bare.isEmpty else { return dates }
        let start = text.paragraphStart(of: position)
        guard start < position,
              let anchor = DateFinder.find(in: start..<position, tokens: tokens, published: published)
                  .last(where: { !$0.isRelative && !$0.isSince && !$0.isPeriodEnd && $0.day != nil }),
              // A month with its year ("between October 2023 and ...", "since the strike of January 2020") is more often
              // a period's bound or a comparison than the day a paragraph narrates from.
              anchor.precision == .day,
              writesYear(anchor), let anchorDay = anchor.day else { return dates }
        var out = dates
        for i in bare {
            guard let day = out[i].day else { continue }
            let candidates = [anchorDay.year - 1, anchorDay.year, anchorDay.year + 1].compactMap { year in
                CalendarDay(year: year, month: day.month, day: min(day.day, CalendarDay.daysIn(month: day.month, year: year)))
            }
            guard let nearest = candidates.min(by: { abs($0.ordinal - anchorDay.ordinal) < abs($1.ordinal - anchorDay.ordinal) }),
                  nearest.ordinal <= published.ordinal + DateResolver.yearSlackDays else { continue }
            out[i].day = nearest
        }
        return out
    }
}
