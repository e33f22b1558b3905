/// A digest headed by the span of days it covers ("Regional Overview: Middle East 3-9 July 2021", "Tracker update,
/// November 12–13, 2023", "Weekly entry: Jan 29 – Feb 4"), published shortly after that span: each attack it dates
/// inside the span is its news, as a roundup's are (`+Roundup`), not an earlier event recalled.
extension IncidentAssembler {
    /// The most days after its span that a digest is published and still tells that span as news.
    static let titlePeriodReach = 14

    /// The ordinals of the days the headline's span covers; nil when the headline names none, or one that ended
    /// long before publication (a look back at a past week is no digest of it).
    func titlePeriodDays() -> ClosedRange<Int>? {
        guard let published else { return nil }
        let tokens = ScannedText(title).tokens
        let dashes: Set<String> = ["-", "–", "—"]
        let days = DateFinder.find(in: 0..<tokens.count, tokens: tokens, published: published)
            .filter { $0.precision == .day && !$0.isRelative && $0.day != nil }
        var span: (CalendarDay, CalendarDay)?
        // "Jan 29 – Feb 4": two written days joined by a dash.
        for (a, b) in zip(days, days.dropFirst()) where b.tokens.lowerBound == a.tokens.upperBound + 1
            && dashes.contains(tokens[a.tokens.upperBound].text) {
            if let first = a.day, let last = b.day { span = (first, last) }
        }
        for d in days where span == nil {
            guard let day = d.day else { continue }
            let k = d.tokens.lowerBound, u = d.tokens.upperBound
            // "3-9 July 2021": the first day's number and a dash before the written day.
            if k >= 2, dashes.contains(tokens[k - 1].text), tokens[k - 2].kind == .number, let v = tokens[k - 2].value,
               v < day.day, let first = CalendarDay(year: day.year, month: day.month, day: v) {
                span = (first, day)
            // "November 12–13, 2023": a dash and the last day's number after the written day.
            } else if u + 1 < tokens.count, dashes.contains(tokens[u].text), tokens[u + 1].kind == .number,
                      let v = tokens[u + 1].value, v > day.day, let last = CalendarDay(year: day.year, month: day.month, day: v) {
                span = (day, last)
            }
        }
        guard let (first, last) = span, first <= last, last.ordinal - first.ordinal <= 31,
              last.ordinal <= published.ordinal, published.ordinal - last.ordinal <= IncidentAssembler.titlePeriodReach else {
            return nil
        }
        return first.ordinal...last.ordinal
    }
}
