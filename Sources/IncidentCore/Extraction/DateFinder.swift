/// A date written in an article, resolved against the publication date.
struct DateMention: Sendable {
    var day: CalendarDay?
    var precision: DatePrecision
    /// Near midnight ("late Monday", "overnight") or coarser than a day.
    var uncertain: Bool
    /// Relative to publication ("Monday", "yesterday") rather than explicit ("January 20").
    var isRelative: Bool
    /// Starts a counted period ("since October 17", "between Oct. 17 and ...").
    var isSince: Bool = false
    /// Ends a counted period ("... and Jan. 17", "through January 17", "as of ...").
    var isPeriodEnd: Bool = false
    /// Moved to the local date at the target from a clock time in another zone.
    var shifted: Bool = false
    /// A night from one day to the next ("from Thursday to Friday"): the first day, not a counted period.
    var isNightSpan: Bool = false
    /// Next to a reporting verb ("on Tuesday identified"): when it was told, which an attack's own day beats.
    var isTelling: Bool = false
    /// The day a count of casualties was given out or changed ("last updated the figure on Friday"), a telling.
    var isCountUpdate: Bool = false
    /// Told against the last date written ("the same day", "the next day"), not against publication.
    var isAnchored: Bool = false
    var tokens: Range<Int>
    var span: TextSpan

    var incidentDate: IncidentDate { IncidentDate(day: day, precision: day == nil ? .unknown : precision) }
}

/// Finds explicit dates ("January 20", "20 January 2024", "Oct. 17", "mid-October", "In January")
/// and relative days ("this Saturday", "early Tuesday", "yesterday", "last Friday") in a token range, and holidays on
/// a fixed day ("New Year's Day", `HolidayDates`).
enum DateFinder {
    private static let dayParts: Set<String> = ["night", "evening", "morning", "afternoon"]

    static func find(in range: Range<Int>, tokens: [Token], published: CalendarDay?) -> [DateMention] {
        var found: [DateMention] = []
        var i = range.lowerBound
        let limit = range.upperBound
        func text(_ k: Int) -> String? { k >= range.lowerBound && k < limit ? tokens[k].text : nil }

        while i < limit {
            let t = tokens[i]
            var mention: DateMention?
            var next = i + 1
            if t.isWord, let holiday = HolidayDates.mention(at: i, limit: limit, tokens: tokens, published: published) {
                // "am Neujahrstag", "on Christmas Day": a holiday on a fixed day of the year.
                mention = holiday
                next = holiday.tokens.upperBound
            } else if let ordinal = dayOfAMonth(at: i, limit: limit, tokens: tokens, published: published) {
                // "on the 16th of this month", "the 3rd of last month", "the 27th of June".
                mention = ordinal
                next = ordinal.tokens.upperBound
            } else if t.isWord, t.isCapitalized, let month = Lexicon.months[t.text] {
                (mention, next) = monthDate(month, at: i, range: range, tokens: tokens, published: published)
                if let m = mention, let end = mention?.tokens.upperBound {
                    found.append(m)
                    mention = nil
                    // "July 16 and 25": a second day of the same month.
                    if m.precision == .day, let d = m.day, end + 1 < limit, text(end) == "and" || text(end) == ",",
                       tokens[end + 1].kind == .number, let v = tokens[end + 1].value, (1...31).contains(v),
                       end + 2 >= limit || Lexicon.months[tokens[end + 2].text] == nil,
                       // "On July 7, 14 rockets slammed into Ain Al Asad": a number followed by a word it counts is a
                       // count, not a second day ("July 16 and 25 attacks" still reads "and" as joining two days).
                       text(end) == "and" || end + 2 >= limit || !tokens[end + 2].isWord,
                       let second = DateResolver.day(month: d.month, day: v, year: d.year, published: nil) {
                        found.append(DateMention(day: second, precision: .day, uncertain: false, isRelative: false,
                                                 tokens: (end + 1)..<(end + 2), span: tokens[end + 1].span))
                        next = end + 2
                    }
                }
            } else if t.kind == .number, let v = t.value, (1...31).contains(v), i + 1 < limit,
                      tokens[i + 1].isCapitalized, let month = Lexicon.months[tokens[i + 1].text] {
                // "20 January 2024", "7 October"
                var end = i + 2
                if end < limit, tokens[end].text == ".", month != 5 { end += 1 }
                var year: Int?
                if end < limit, tokens[end].kind == .number, let y = tokens[end].value, (1900...2100).contains(y) {
                    year = y
                    end += 1
                } else if end + 1 < limit, tokens[end].text == "of", tokens[end + 1].kind == .number,
                          let y = tokens[end + 1].value, (1900...2100).contains(y) {
                    // "el 27 de diciembre de 2019", "3 de janeiro de 2020": the year after "de", as translated copy
                    // reads it ("27 december of 2019"); without it the day fell in the publication's year.
                    year = y
                    end += 2
                }
                let day = DateResolver.day(month: month, day: v, year: year, published: published)
                mention = DateMention(day: day, precision: .day, uncertain: false, isRelative: false,
                                      tokens: i..<end, span: TextSpan(start: t.start, end: tokens[end - 1].end))
                next = end
            } else if t.isWord, let wd = Lexicon.weekdays[t.stem] {
                var start = i
                var strict = false
                var uncertain = false
                if let p = text(i - 1) {
                    switch p {
                    case "last", "past": strict = true; start = i - 1
                    case "this", "on", "early": start = i - 1
                    case "late": uncertain = true; start = i - 1
                    default: break
                    }
                    if p == "on", text(i - 2) == "late" || text(i - 2) == "early" {
                        start = i - 2
                        uncertain = text(i - 2) == "late"
                    }
                }
                if text(i - 2) == "night", text(i - 1) == "of" { uncertain = true }
                var end = i + 1
                if let n = text(i + 1), dayParts.contains(n), t.stem == t.text {
                    end = i + 2
                    if n == "night" { uncertain = true }
                }
                var nightSpan = false
                // "in the night between Monday and Tuesday" (translated Italian and French copy; the Italian "nella
                // notte tra lunedì e martedì" reads "tra" as "among").
                let nightBetween = ["between", "among"].contains(text(i - 1) ?? "") && text(i - 2) == "night" && text(i + 1) == "and"
                if text(i + 1) == "to" || text(i + 1) == "into" || nightBetween, let n = text(i + 2), Lexicon.weekdays[n] != nil {
                    uncertain = true
                    nightSpan = true
                    end = i + 3
                }
                var day = published.map { DateResolver.weekday(wd, before: $0, strictlyBefore: strict) }
                // "overnight into Monday", "in the night to Friday": the night began the day before.
                if !nightSpan, text(i - 1) == "into" || (text(i - 1) == "to" && text(i - 2) == "night") {
                    day = day?.adding(days: -1)
                    uncertain = true
                    nightSpan = true
                    start = i - 1
                }
                mention = DateMention(day: day, precision: .day, uncertain: uncertain, isRelative: true,
                                      tokens: start..<end, span: TextSpan(start: tokens[start].start, end: tokens[end - 1].end))
                mention?.isNightSpan = nightSpan
                next = end
            } else if t.isWord {
                // "today, Saturday 6-1-2024": a statement posted after midnight; the weekday dates it.
                let relativeWord = ["today", "tonight", "yesterday"].contains(t.stem)
                    || (["morning", "afternoon", "evening"].contains(t.stem) && text(i - 1) == "this")
                let weekdayFollows = text(i + 1) == "," && Lexicon.weekdays[text(i + 2) ?? ""] != nil
                switch t.stem {
                case _ where relativeWord && weekdayFollows:
                    break
                case "yesterday":
                    mention = relative(-1, uncertain: false, at: i, tokens: tokens, published: published)
                case let part where ["morning", "afternoon", "evening"].contains(part) && text(i - 1) == "this":
                    // "early this morning": the day of publication.
                    mention = relative(0, uncertain: false, at: i - 1, tokens: tokens, published: published)
                    mention?.tokens = (i - 1)..<(i + 1)
                    mention?.span = TextSpan(start: tokens[i - 1].start, end: t.end)
                case "today" where stillWords.contains(text(i - 1) ?? ""):
                    // "sequelas que ainda hoje persistem", "to this day", "still today": a state that lasts, no day.
                    break
                case "today", "tonight":
                    mention = relative(0, uncertain: t.stem == "tonight", at: i, tokens: tokens, published: published)
                case "overnight":
                    // "overnight from Sunday to Monday", "overnight on Saturday": the weekday dates it.
                    let dated = (1...2).contains { text(i + $0).map { Lexicon.weekdays[$0] != nil } ?? false }
                    if !dated { mention = relative(0, uncertain: true, at: i, tokens: tokens, published: published) }
                case "night" where text(i - 1) == "last":
                    mention = relative(-1, uncertain: true, at: i - 1, tokens: tokens, published: published)
                    mention?.tokens = (i - 1)..<(i + 1)
                    mention?.span = TextSpan(start: tokens[i - 1].start, end: t.end)
                case "days" where text(i + 1) == "ago":
                    // "two days ago"
                    if i - 1 >= range.lowerBound, let (n, end) = NumberReader.number(at: i - 1, in: tokens, limit: i), end == i,
                       (1...14).contains(n) {
                        mention = relative(-n, uncertain: false, at: i - 1, tokens: tokens, published: published)
                        mention?.tokens = (i - 1)..<(i + 2)
                        mention?.span = TextSpan(start: tokens[i - 1].start, end: tokens[i + 1].end)
                        next = i + 2
                    }
                case let unit where (unit == "week" || unit == "weeks") && text(i + 1) == "ago" && i - 1 >= range.lowerBound:
                    // "a week ago", "two weeks ago": the week that many weeks before publication.
                    let count = ["a", "one"].contains(text(i - 1) ?? "") ? 1
                        : NumberReader.number(at: i - 1, in: tokens, limit: i).flatMap { $0.1 == i && (1...8).contains($0.0) ? $0.0 : nil }
                    if let count {
                        mention = relative(-7 * count, uncertain: true, at: i - 1, tokens: tokens, published: published)
                        mention?.precision = .week
                        mention?.tokens = (i - 1)..<(i + 2)
                        mention?.span = TextSpan(start: tokens[i - 1].start, end: tokens[i + 1].end)
                        next = i + 2
                    }
                case "weekend" where ["the", "last", "this"].contains(text(i - 1) ?? ""):
                    // "over the weekend": the Saturday before publication, give or take a day.
                    if let p = published {
                        // "Last weekend", written on a Sunday, is the weekend before this one: an earlier event a week
                        // back, not yesterday's news. (Written on a Saturday, the Saturday before is already a week back.)
                        let weekBack = text(i - 1) == "last" && p.weekday == 7
                        let saturday = DateResolver.weekday(6, before: p, strictlyBefore: true).adding(days: weekBack ? -7 : 0)
                        mention = DateMention(day: saturday, precision: weekBack ? .week : .day, uncertain: true, isRelative: !weekBack,
                                              tokens: (i - 1)..<(i + 1), span: TextSpan(start: tokens[i - 1].start, end: t.end))
                    }
                case "year" where text(i + 1) == "ago" && text(i + 2) == "today" && i - 1 >= range.lowerBound,
                     "years" where text(i + 1) == "ago" && text(i + 2) == "today" && i - 1 >= range.lowerBound:
                    // "A year ago today, a drone slammed into Tower 22": the same day that many years before
                    // publication. ("Two years ago" alone dates nothing: read as a month, it made phantom mentions of
                    // the counts and comparisons it is written in.)
                    let count = ["a", "one"].contains(text(i - 1) ?? "") ? 1
                        : NumberReader.number(at: i - 1, in: tokens, limit: i).flatMap { $0.1 == i && (1...30).contains($0.0) ? $0.0 : nil }
                    if let count, let p = published {
                        let today = text(i + 2) == "today"
                        let end = today ? i + 3 : i + 2
                        // February 29 a leap year ago is February 28 in a common year.
                        let day = CalendarDay(year: p.year - count, month: p.month, day: today ? p.day : 1)
                            ?? CalendarDay(year: p.year - count, month: p.month, day: 28)
                        // Not relative: a day a year back is as far from the news as one written out.
                        mention = DateMention(day: day, precision: today ? .day : .month, uncertain: !today, isRelative: false,
                                              tokens: (i - 1)..<end, span: TextSpan(start: tokens[i - 1].start, end: tokens[end - 1].end))
                        next = end
                    }
                case "christmas", "year", "years":
                    // "on Christmas Day", "Christmas Eve", "New Year's Eve", "New Year's Day"
                    let newYear = t.stem != "christmas"
                    guard !newYear || text(i - 1) == "new", let n = text(i + 1), n == "day" || n == "eve" else { break }
                    let (month, day) = newYear ? (n == "eve" ? (12, 31) : (1, 1)) : (12, n == "eve" ? 24 : 25)
                    let resolved = DateResolver.day(month: month, day: day, year: nil, published: published)
                    let start = newYear ? i - 1 : i
                    mention = DateMention(day: resolved, precision: .day, uncertain: false, isRelative: false,
                                          tokens: start..<(i + 2), span: TextSpan(start: tokens[start].start, end: tokens[i + 1].end))
                    next = i + 2
                case "week" where text(i - 1) == "last":
                    mention = relative(-7, uncertain: true, at: i - 1, tokens: tokens, published: published)
                    mention?.precision = .week
                    mention?.tokens = (i - 1)..<(i + 1)
                    mention?.span = TextSpan(start: tokens[i - 1].start, end: t.end)
                case "week" where text(i - 1) == "this" && text(i - 2) == "earlier":
                    // "earlier this week": some day of the publication's week before it.
                    mention = relative(-2, uncertain: true, at: i - 2, tokens: tokens, published: published)
                    mention?.precision = .week
                    mention?.tokens = (i - 2)..<(i + 1)
                    mention?.span = TextSpan(start: tokens[i - 2].start, end: t.end)
                case "week" where text(i - 1) == "the" && text(i - 2) == "in" && text(i - 3) == "earlier":
                    // "earlier in the week": as "earlier this week".
                    mention = relative(-2, uncertain: true, at: i - 3, tokens: tokens, published: published)
                    mention?.precision = .week
                    mention?.tokens = (i - 3)..<(i + 1)
                    mention?.span = TextSpan(start: tokens[i - 3].start, end: t.end)
                case "month" where text(i - 1) == "this" && text(i - 2) == "earlier":
                    // "earlier this month": the publication's month, some day before it.
                    if let p = published {
                        mention = DateMention(day: CalendarDay(year: p.year, month: p.month, day: 1), precision: .month,
                                              uncertain: true, isRelative: true, tokens: (i - 2)..<(i + 1),
                                              span: TextSpan(start: tokens[i - 2].start, end: t.end))
                    }
                case "days" where text(i - 1) == "recent" && ["in", "over"].contains(text(i - 2) ?? ""),
                     "weeks" where text(i - 1) == "recent" && ["in", "over"].contains(text(i - 2) ?? ""):
                    // "In recent days, the Islamic Resistance in Iraq has claimed drone attacks on al-Tanf and Ain
                    // al-Asad": no day of its own, some days before publication; the month, as "earlier this month".
                    // Only opening its sentence: "the second attack on the base in recent days" counts, and dates nothing.
                    if let p = published, tokens[i - 2].isCapitalized {
                        let day = p.adding(days: text(i) == "weeks" ? -14 : -3)
                        mention = DateMention(day: CalendarDay(year: day.year, month: day.month, day: 1), precision: .month,
                                              uncertain: true, isRelative: true, tokens: (i - 2)..<(i + 1),
                                              span: TextSpan(start: tokens[i - 2].start, end: t.end))
                    }
                case "month" where text(i - 1) == "last":
                    if let p = published {
                        let prev = p.month == 1 ? CalendarDay(year: p.year - 1, month: 12, day: 1)
                                                : CalendarDay(year: p.year, month: p.month - 1, day: 1)
                        mention = DateMention(day: prev, precision: .month, uncertain: true, isRelative: true,
                                              tokens: (i - 1)..<(i + 1), span: TextSpan(start: tokens[i - 1].start, end: t.end))
                    }
                default:
                    break
                }
            } else if t.kind == .number, let y = t.value, (1990...2100).contains(y), i + 4 < limit,
                      tokens[i + 1].text == "-", tokens[i + 2].kind == .number, tokens[i + 3].text == "-",
                      tokens[i + 4].kind == .number, let m = tokens[i + 2].value, let d = tokens[i + 4].value,
                      !tokens[i + 1].spaceBefore, !tokens[i + 3].spaceBefore {
                // ISO 2024-01-20
                let day = CalendarDay(year: y, month: m, day: d)
                mention = DateMention(day: day, precision: .day, uncertain: false, isRelative: false,
                                      tokens: i..<(i + 5), span: TextSpan(start: t.start, end: tokens[i + 4].end))
                next = i + 5
            }
            if mention == nil, let numeric = numericDate(at: i, limit: limit, tokens: tokens) {
                mention = numeric
                next = numeric.tokens.upperBound
            }
            if let m = mention {
                found.append(m)
            }
            i = max(next, i + 1)
        }
        datingNamedWeekdays(&found, tokens: tokens)
        startingNightsBeforeWrittenDays(&found, tokens: tokens, range: range)
        markPeriods(&found, tokens: tokens, range: range)
        markRepeated(&found, tokens: tokens, range: range)
        return found
    }

    /// "on Thursday, July 25", "late Tuesday, Jan. 28", "Thursday 25 July": a weekday that names the day written right
    /// after it is that day, not the latest such weekday before publication (which, in a story told a fortnight later,
    /// put July 25 on August 8). The weekday keeps its place ("late" or "night" with it) and takes the written day;
    /// when that day is not the one the weekday alone gave, it is no longer a day of the publication's week.
    private static func datingNamedWeekdays(_ found: inout [DateMention], tokens: [Token]) {
        for n in found.indices.dropLast() {
            let weekday = found[n], written = found[n + 1]
            let namesWeekday = weekday.isRelative && weekday.precision == .day && !weekday.isNightSpan
                && weekday.tokens.contains { Lexicon.weekdays[tokens[$0].stem] != nil }
            let between = weekday.tokens.upperBound..<max(weekday.tokens.upperBound, written.tokens.lowerBound)
            if namesWeekday, !written.isRelative, written.precision == .day, let day = written.day,
               between.count <= 1, between.allSatisfy({ tokens[$0].text == "," }), weekday.day != day {
                found[n].day = day
                found[n].isRelative = false
            }
        }
    }

    /// "In der Nacht zum 8. Januar 2020" (read "in the night to 8 January 2020"), "overnight into Jan. 8": a night
    /// that ran into a written day began the day before, as the night rule says for weekdays ("in the night to
    /// Friday"). The written day moves back one, uncertain, and a bare "overnight" before it is the same night.
    private static func startingNightsBeforeWrittenDays(_ found: inout [DateMention], tokens: [Token], range: Range<Int>) {
        var n = 0
        while n < found.count {
            let d = found[n]
            let k = d.tokens.lowerBound
            guard !d.isRelative, !d.isNightSpan, d.precision == .day, let day = d.day, k - 2 >= range.lowerBound,
                  ["to", "into"].contains(tokens[k - 1].text), ["night", "overnight"].contains(tokens[k - 2].text) else {
                n += 1
                continue
            }
            found[n].day = day.adding(days: -1)
            found[n].uncertain = true
            found[n].isNightSpan = true
            found[n].tokens = (k - 2)..<d.tokens.upperBound
            found[n].span = TextSpan(start: tokens[k - 2].start, end: d.span.end)
            // "Overnight into Jan. 8": the "overnight" read on its own as the publication's night is this one.
            if n > 0, found[n - 1].tokens.upperBound == k - 1, found[n - 1].tokens.contains(k - 2) {
                found.remove(at: n - 1)
                continue
            }
            n += 1
        }
    }

    /// "It was previously targeted by drones on October 17 and again on Monday night, when two drones were shot down":
    /// a weekday after "again" is the day the event told just before happened once more, an event's day (anchored to
    /// that earlier event), not the day something was said.
    private static func markRepeated(_ found: inout [DateMention], tokens: [Token], range: Range<Int>) {
        for n in found.indices where found[n].isRelative && found[n].precision == .day {
            var k = found[n].tokens.lowerBound - 1
            while k >= range.lowerBound, ["on", "late", "early", "in", "the"].contains(tokens[k].text) { k -= 1 }
            if k >= range.lowerBound, tokens[k].text == "again" { found[n].isAnchored = true }
        }
    }

    /// "4/1/2024", "13-12-2023", "2.1.2024": day first, as Arabic statements and European copy write it,
    /// unless the second number cannot be a month ("12/13/2023" is US order).
    private static func numericDate(at i: Int, limit: Int, tokens: [Token]) -> DateMention? {
        guard i + 4 < limit, tokens[i].kind == .number, let a = tokens[i].value, let b = tokens[i + 2].value,
              tokens[i + 2].kind == .number, tokens[i + 4].kind == .number, let y = tokens[i + 4].value,
              (1990...2100).contains(y), ["/", "-", "."].contains(tokens[i + 1].text),
              tokens[i + 3].text == tokens[i + 1].text,
              !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, !tokens[i + 3].spaceBefore, !tokens[i + 4].spaceBefore
        else { return nil }
        let (day, month) = b > 12 ? (b, a) : (a, b)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return DateMention(day: CalendarDay(year: y, month: month, day: day), precision: .day, uncertain: false,
                           isRelative: false, tokens: i..<(i + 5), span: TextSpan(start: tokens[i].start, end: tokens[i + 4].end))
    }

    private static func relative(_ days: Int, uncertain: Bool, at i: Int, tokens: [Token],
                                 published: CalendarDay?) -> DateMention {
        DateMention(day: published?.adding(days: days), precision: .day, uncertain: uncertain, isRelative: true,
                    tokens: i..<(i + 1), span: tokens[i].span)
    }

    /// A date that starts with a month name: "January 20", "Oct. 17, 2023", "January 2024", "mid-October".
    private static func monthDate(_ month: Int, at i: Int, range: Range<Int>, tokens: [Token],
                                  published: CalendarDay?) -> (DateMention?, Int) {
        let limit = range.upperBound
        var k = i + 1
        if k < limit, tokens[k].text == ".", !tokens[k].spaceBefore { k += 1 }
        var start = i
        // "mid-October", "early January", "late December"
        var coarse = false
        if i - 1 >= range.lowerBound {
            let p = tokens[i - 1].text
            if p == "-", i - 2 >= range.lowerBound, ["mid", "early", "late"].contains(tokens[i - 2].text) {
                start = i - 2
                coarse = true
            } else if ["mid", "early", "late", "end"].contains(p) {
                start = i - 1
                coarse = true
            }
        }
        // "Nov. 10: Drone attack on al-Tanf" is a day; "Nov. 10:30" is not.
        let clock = k + 2 < limit && tokens[k + 1].text == ":" && !tokens[k + 2].spaceBefore && tokens[k + 2].kind == .number
        if !coarse, k < limit, let v = dayNumber(tokens[k]), (1...31).contains(v), !clock {
            var end = k + 1
            var year: Int?
            var j = end
            if j < limit, tokens[j].text == "," { j += 1 }
            if j < limit, tokens[j].kind == .number, let y = tokens[j].value, (1900...2100).contains(y) {
                year = y
                end = j + 1
            }
            let day = DateResolver.day(month: month, day: v, year: year, published: published)
            return (DateMention(day: day, precision: .day, uncertain: false, isRelative: false, tokens: start..<end,
                                span: TextSpan(start: tokens[start].start, end: tokens[end - 1].end)), end)
        }
        // The modal verb "May" needs a day or year, or a preposition in front.
        if month == 5, !coarse {
            let prev = i - 1 >= range.lowerBound ? tokens[i - 1].text : ""
            guard ["in", "since", "of", "until", "from", "through", "by"].contains(prev) else { return (nil, i + 1) }
        }
        var end = i + 1
        var year: Int?
        if k < limit, tokens[k].kind == .number, let y = tokens[k].value, (1900...2100).contains(y) {
            year = y
            end = k + 1
        } else if k + 1 < limit, tokens[k].text == "of", tokens[k + 1].kind == .number, let y = tokens[k + 1].value,
                  (1900...2100).contains(y) {
            // "enero de 2020", "janeiro de 2020", "gennaio del 2020": the month of that year, as translated copy reads it.
            year = y
            end = k + 2
        }
        // "August of last year", "August last year": the month in the year before publication; "last August": the
        // latest August before the publication's month.
        if year == nil, let p = published {
            if k + 2 < limit, tokens[k].text == "of", tokens[k + 1].text == "last", tokens[k + 2].text == "year" {
                year = p.year - 1
                end = k + 3
            } else if k + 1 < limit, tokens[k].text == "last", tokens[k + 1].text == "year" {
                year = p.year - 1
                end = k + 2
            } else if i - 1 >= range.lowerBound, tokens[i - 1].text == "last" {
                year = month < p.month ? p.year : p.year - 1
                start = min(start, i - 1)
            }
        }
        let day = DateResolver.month(month, year: year, published: published)
        return (DateMention(day: day, precision: .month, uncertain: true, isRelative: false, tokens: start..<end,
                            span: TextSpan(start: tokens[start].start, end: tokens[end - 1].end)), end)
    }

    private static func dayNumber(_ t: Token) -> Int? {
        if t.kind == .number { return t.value }
        guard t.isWord else { return nil }
        for suffix in ["st", "nd", "rd", "th"] where t.text.hasSuffix(suffix) {
            return Int(t.text.dropLast(2))
        }
        return nil
    }

    /// Words before "today" that make it a state lasting up to now ("ainda hoje", "encore aujourd'hui", "until today").
    private static let stillWords: Set<String> = ["still", "even", "until", "till", "ainda", "encore", "noch", "ancora", "todavia", "aun", "ate"]

    /// Flags dates that open or close a counted period.
    private static func markPeriods(_ found: inout [DateMention], tokens: [Token], range: Range<Int>) {
        func word(_ k: Int) -> String? { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : nil }
        for idx in found.indices where !found[idx].isNightSpan {
            let s = found[idx].tokens.lowerBound
            let p = word(s - 1)
            if p == "since" || p == "from" || (p == "between" && idx + 1 < found.count) {
                found[idx].isSince = true
                if p != "since", idx + 1 < found.count {
                    found[idx + 1].isPeriodEnd = true
                }
            } else if p == "through" || p == "until" || p == "till" || (p == "of" && word(s - 2) == "as") {
                found[idx].isPeriodEnd = true
            } else if p == "before", found.count > 1 {
                // "Before Tuesday's, the most recent attack was a March 3 rocket strike": the day after "before"
                // bounds the time told, beside the day of the event told.
                found[idx].isPeriodEnd = true
            } else if p == "the" && word(s - 2) == "since" {
                found[idx].isSince = true
            } else if let verb = p == "on" ? word(s - 2) : p, ["began", "begun", "started", "starting", "beginning"].contains(verb),
                      !(found[idx].precision == .day && ["late", "early"].contains(tokens[s].text)) {
                // "a series of ongoing attacks ... that began on October 17": the day a run of attacks began opens
                // a period, as "since October 17" does. A part of the day ("The strikes, which began late on
                // Friday, about 11pm local time") tells when one night's event began: its day.
                found[idx].isSince = true
            } else if p == "of", s - 2 >= range.lowerBound, tokens[s - 2].kind == .number,
                      word(s - 3) == "since" || (word(s - 3) == "the" && word(s - 4) == "since") {
                // "desde el 17 de octubre" read as "since the 17 of october"
                found[idx].isSince = true
            }
        }
    }
}

extension DateFinder {
    /// "The base was targeted on the 16th of this month", "on the 3rd of last month", "the 27th of June": copy
    /// translated from Arabic (and some English styles) gives a day as an ordinal of a month named or counted from
    /// publication. The day of that month, nil for anything else ("the 16th of the series", a bare "the 16th").
    static func dayOfAMonth(at i: Int, limit: Int, tokens: [Token], published: CalendarDay?) -> DateMention? {
        let t = tokens[i]
        // "the 16th", or in words after "the": "the fifth of August", "the twenty-fifth of July".
        let first = i
        var i = i
        let v: Int
        if t.isWord, ["st", "nd", "rd", "th"].contains(where: { t.text.hasSuffix($0) }), let n = Int(t.text.dropLast(2)) {
            v = n
        } else if let (n, last) = ordinalWord(at: i, limit: limit, tokens: tokens) {
            v = n
            i = last
        } else {
            return nil
        }
        guard (1...31).contains(v), i + 2 < limit, tokens[i + 1].text == "of" else { return nil }
        var end = i + 3
        let day: CalendarDay?
        if let month = Lexicon.months[tokens[i + 2].text], tokens[i + 2].isCapitalized {
            var year: Int?
            if end < limit, tokens[end].kind == .number, let y = tokens[end].value, (1900...2100).contains(y) {
                year = y
                end += 1
            }
            day = DateResolver.day(month: month, day: v, year: year, published: published)
        } else if i + 3 < limit, tokens[i + 3].text == "month", let p = published,
                  ["this", "current", "last", "previous", "past"].contains(tokens[i + 2].text) {
            end = i + 4
            let thisMonth = ["this", "current"].contains(tokens[i + 2].text)
            let (year, month) = thisMonth ? (p.year, p.month) : (p.month == 1 ? (p.year - 1, 12) : (p.year, p.month - 1))
            day = CalendarDay(year: year, month: month, day: v)
        } else {
            return nil
        }
        guard let day else { return nil }
        return DateMention(day: day, precision: .day, uncertain: false, isRelative: false, tokens: first..<end,
                           span: TextSpan(start: t.start, end: tokens[end - 1].end))
    }

    /// Ordinal words of the days of a month, "first" to "nineteenth", and the tens that "twenty-" and "thirty-"
    /// lead or stand alone as.
    private static let ordinalUnits: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    ]
    private static let ordinalTens: [String: Int] = ["twentieth": 20, "thirtieth": 30]

    /// A day written as an ordinal word right after "the" ("the fifth", "the twenty-fifth", "the twenty fifth"):
    /// its value and its last token.
    private static func ordinalWord(at i: Int, limit: Int, tokens: [Token]) -> (Int, Int)? {
        guard i > 0, tokens[i - 1].text == "the", tokens[i].isWord else { return nil }
        let word = tokens[i].text
        if let v = ordinalUnits[word] ?? ordinalTens[word] { return (v, i) }
        guard let tens = NumberReader.tens[word], tens <= 30 else { return nil }
        var k = i + 1
        if k < limit, tokens[k].text == "-" { k += 1 }
        guard k < limit, let unit = ordinalUnits[tokens[k].text], unit < 10 else { return nil }
        return (tens + unit, k)
    }
}
