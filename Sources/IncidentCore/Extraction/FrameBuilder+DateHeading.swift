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
