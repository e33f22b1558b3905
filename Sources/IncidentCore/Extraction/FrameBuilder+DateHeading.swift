/// Day headings of a log: "Wednesday, November 8" on a line of its own, then the entries of that day under it
/// ("- Al-Harir Air Base, Erbil, Iraq — One-way attack drone ..."). The heading dates each entry until the next
/// heading, as a reader of the log takes it.
extension FrameBuilder {
    /// The day a line gives when it holds nothing but a day: a weekday, a date, a year, punctuation.
    /// "Tuesday, November 7", "Saturday, Dec. 30, 2023", "January 1:", "Dec. 6 (Wed.)".
    static func dateHeading(_ line: Range<Int>, tokens: [Token], published: CalendarDay?) -> DateMention? {
        guard !line.isEmpty, tokens[line.lowerBound].newlineBefore || line.lowerBound == 0 else { return nil }
        let dates = DateFinder.find(in: line, tokens: tokens, published: published)
        guard let day = dates.last(where: { $0.precision == .day && $0.day != nil && !$0.isRelative })
            ?? dates.last(where: { $0.precision == .day && $0.day != nil }) else { return nil }
        let covered = Set(dates.flatMap { Array($0.tokens) })
        let rest = line.filter { k in
            !covered.contains(k) && !tokens[k].isPunct && !isWeekday(tokens[k])
                && !(tokens[k].kind == .number && tokens[k].text.count == 4)
        }
        return rest.isEmpty ? day : nil
    }

    /// Weekdays cut short in a log's headings: "Dec. 6 (Wed.)".
    static let abbreviatedWeekdays: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// A weekday, written out or cut short: "Wednesday", "Wed", "mercredi".
    static func isWeekday(_ token: Token) -> Bool {
        Lexicon.weekdays[token.stem] != nil || abbreviatedWeekdays.contains(token.stem)
    }
}

extension FrameBuilder {
    /// True when a line starts the way a log entry does, with a site the gazetteer knows and then a stop or a
    /// dash: "Mission Support Site Conoco, Deir ez-Zor — Rockets". Prose that opens with a site ("Ain al-Asad air
    /// base in western Iraq came under fire") is no entry.
    func opensWithSite(_ line: Range<Int>) -> Bool {
        let tokens = text.tokens
        let stops: Set<String> = [",", ".", "—", "–", "-", ":", "("]
        // "ERBIL, Iraq (Reuters) — Two drones ...": a wire dateline opens prose, not an entry.
        if DatelineFinder.dateline(at: line.lowerBound, tokens: tokens, published: published) != nil { return false }
        return places.matches(in: line, tokens: tokens).contains { m in
            m.tokens.lowerBound <= line.lowerBound + 1 && m.tokens.upperBound < line.upperBound
                && stops.contains(tokens[m.tokens.upperBound].text)
        }
    }
}

extension FrameBuilder {
    /// Words of a heading that stamps a post or statement with the day it was issued: "Post 1 — Tuesday, 24 October,
    /// 22:37", "Statement 2 — posted Tuesday 7 November 2023, 21:16".
    private static let stampWords: Set<String> = Lexicon.postedStatementNouns.union(["posted", "communique", "communiques"])

    /// True when a line holds only a written date and a clock time: "Feb 13, 2020 · 10:58 PM", "14 February 2020,
    /// 09:12", as posts compiled from a feed are stamped.
    static func isTimeStamp(_ line: Range<Int>, tokens: [Token], published: CalendarDay?) -> Bool {
        let dates = DateFinder.find(in: line, tokens: tokens, published: published)
        guard dates.contains(where: { $0.precision == .day && !$0.isRelative }) else { return false }
        let covered = Set(dates.flatMap { Array($0.tokens) })
        var sawClock = false
        for k in line where !covered.contains(k) && !tokens[k].isPunct {
            let t = tokens[k]
            if t.kind == .number, t.text.count == 4 { continue }
            if t.kind == .number, k + 2 < line.upperBound, tokens[k + 1].text == ":", tokens[k + 2].kind == .number {
                sawClock = true
                continue
            }
            // The minutes of the clock, and its half of the day.
            if t.kind == .number, k >= line.lowerBound + 2, tokens[k - 1].text == ":" { continue }
            if ["am", "pm", "a", "p", "m", "utc", "gmt"].contains(t.text) { continue }
            return false
        }
        return sawClock
    }

    /// Words that tell a day relative to the moment of writing: "today", "tonight", "this evening", "yesterday".
    private static let dayOfWritingWords: Set<String> = ["today", "tonight", "yesterday", "this", "overnight", "last"]

    /// "Post 1 — Tuesday, 24 October, 22:37 ... the mujahideen targeted tonight the Ain al-Asad base": a post or a
    /// statement that a heading stamps with its own day tells "today", "tonight" or "this evening" from that day, not
    /// from the day a digest of several posts was published. Moves each such relative day of a frame told under a
    /// stamp by the stamp's distance from publication; "this Saturday" is the Saturday of the stamp's week. A weekday
    /// ("on Tuesday") and a written date are left as read.
    func reanchoringPostedDays(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        guard let published else { return frames }
        let tokens = text.tokens
        // The stamp of each heading line, by sentence.
        var stamps: [(sentence: Int, day: CalendarDay, clock: Range<Int>?)] = []
        for (si, s) in sentences.enumerated() where !s.isEmpty && (tokens[s.lowerBound].newlineBefore || si == 0) {
            let words = s.filter { tokens[$0].isWord }
            // "Feb 13, 2020 · 10:58 PM": a line of nothing but a day and a clock time stamps the post under it too.
            let timeStamp = FrameBuilder.isTimeStamp(s, tokens: tokens, published: published)
            guard words.count <= 10,
                  s.prefix(3).contains(where: { FrameBuilder.stampWords.contains(tokens[$0].text) }) || timeStamp,
                  let day = DateFinder.find(in: s, tokens: tokens, published: published)
                    .first(where: { $0.precision == .day && !$0.isRelative })?.day else { continue }
            stamps.append((si, day, timeStamp ? s : nil))
        }
        guard !stamps.isEmpty else { return frames }
        return frames.map { f in
            guard let stamp = stamps.last(where: { $0.sentence < f.sentence }) else { return f }
            var moved = f
            // "Feb 16, 2020 · 4:07 AM\nReports: rockets impacted Union III ... at approx. 3:20 am": a post stamped
            // with its day and time tells an attack of that day when it gives no day of its own.
            if moved.dates.isEmpty, moved.role == .attack, let line = stamp.clock {
                moved.dates = [DateMention(day: stamp.day, precision: .day, uncertain: false, isRelative: true, isAnchored: true,
                                           tokens: line, span: text.span(line))]
            }
            guard stamp.day != published else { return moved }
            for d in moved.dates.indices where moved.dates[d].isRelative && moved.dates[d].precision == .day {
                let date = moved.dates[d]
                guard FrameBuilder.dayOfWritingWords.contains(tokens[date.tokens.lowerBound].text), let day = date.day else { continue }
                // "Statement dated Saturday, 12 September ... targeted a convoy this Saturday morning": a weekday
                // after "this" is that weekday of the stamp's week, not a shift of the day read from publication.
                if let weekday = date.tokens.lazy.compactMap({ Lexicon.weekdays[tokens[$0].stem] }).first {
                    moved.dates[d].day = DateResolver.weekday(weekday, before: stamp.day, strictlyBefore: false)
                    continue
                }
                moved.dates[d].day = stamp.day.adding(days: day.ordinal - published.ordinal)
            }
            return moved
        }
    }
}

extension FrameBuilder {
    /// "Oct. 17\nTwo one-way attack drones target Ain al-Asad Air Base ...": a timeline tells each entry as prose in
    /// the paragraph its day heads, the heading on the paragraph's first line and the entry on the line right under
    /// it (no blank line between). That line is an entry of the heading's day, as a bullet or a line opening with a
    /// site is. A line after a blank line ("What comes next") is no longer the heading's; nor is the prose under a
    /// single day line, which stamps an ordinary story with its day of publication: a timeline has two headings or more.
    func proseUnderHeading(_ line: Range<Int>, sentence si: Int, heading: Int) -> Bool {
        guard si == heading + 1, !line.isEmpty, line.lowerBound > 0, text.tokens[line.lowerBound].newlineBefore,
              !blankLineBefore(line.lowerBound) else { return false }
        let tokens = text.tokens
        let headings = sentences.enumerated().filter { (k, s) in
            !s.isEmpty && (k == 0 || tokens[s.lowerBound].newlineBefore)
                && FrameBuilder.dateHeading(s, tokens: tokens, published: published) != nil
        }
        return headings.count >= 2
    }

    /// True when an empty line comes between token `k` and the token before it (read from the code points, as
    /// `ScannedText.text` collapses whitespace).
    func blankLineBefore(_ k: Int) -> Bool {
        guard k > 0 else { return true }
        let gap = text.scalars[text.tokens[k - 1].end..<text.tokens[k].start]
        return gap.filter { $0 == "\n" }.count >= 2
    }
}

extension FrameBuilder {
    /// "Monday, January 29 — Syria, Hasakah. The Islamic Resistance in Iraq claimed a drone attack on ...": a tracker's
    /// entry opens its line with the day and tells the event in the sentences after it, on the same line. The day
    /// dates each attack or strike of that line told without a date of its own, as it dates the entry's first
    /// sentence; a later line is dated as before.
    func datingEntryLines(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        var dayOfSentence: [Int: DateMention] = [:]
        var lineDay: DateMention?
        for (si, s) in sentences.enumerated() where !s.isEmpty {
            if tokens[s.lowerBound].newlineBefore || si == 0 {
                lineDay = entryDay(s)
            } else if let lineDay {
                dayOfSentence[si] = lineDay
            }
        }
        guard !dayOfSentence.isEmpty else { return frames }
        return frames.map { f in
            guard f.dates.isEmpty, f.role == .attack || f.role == .strike, let day = dayOfSentence[f.sentence] else { return f }
            var dated = f
            dated.dates = [day]
            return dated
        }
    }
}

extension FrameBuilder {
    /// The day a tracker's entry opens its line with, before a dash: "November 5 — Tal Baydar", "Monday, January 29 —
    /// Syria, Hasakah." (a weekday before the date, as trackers write both), or nil for a line that opens otherwise.
    func entryDay(_ line: Range<Int>) -> DateMention? {
        let tokens = text.tokens
        var start = line.lowerBound
        if start + 2 < line.upperBound, FrameBuilder.isWeekday(tokens[start]), tokens[start + 1].text == "," { start += 2 }
        guard FrameBuilder.opensDatedEntry(start..<line.upperBound, tokens: tokens, published: published) else { return nil }
        return DateFinder.find(in: start..<line.upperBound, tokens: tokens, published: published).first
    }
}
