/// Days of the calendar that reporting names instead of writing the date: "on New Year's Day", "am
/// Neujahrstag", "le jour de l'An", "on Christmas Day", "il giorno di Natale". Only holidays on a fixed day.
enum HolidayDates {
    /// A holiday's words (folded, as tokens are) and its month and day.
    private static let phrases: [(words: [String], month: Int, day: Int)] = [
        (["new", "year's", "day"], 1, 1), (["new", "year", "day"], 1, 1), (["new", "year's", "eve"], 12, 31),
        (["christmas", "day"], 12, 25), (["christmas", "eve"], 12, 24),
        // German, French, Italian, Spanish, Portuguese.
        (["neujahrstag"], 1, 1), (["neujahr"], 1, 1), (["silvester"], 12, 31), (["heiligabend"], 12, 24),
        (["zweiten", "weihnachtstag"], 12, 26), (["weihnachtstag"], 12, 25), (["jour", "de", "noel"], 12, 25),
        (["dia", "de", "navidad"], 12, 25), (["dia", "de", "natal"], 12, 25),
        (["jour", "de", "l'an"], 1, 1), (["jour", "de", "an"], 1, 1), (["nouvel", "an"], 1, 1), (["saint-sylvestre"], 12, 31),
        (["capodanno"], 1, 1), (["vigilia", "de", "natale"], 12, 24), (["giorno", "de", "natale"], 12, 25),
        (["ano", "nuevo"], 1, 1), (["nochevieja"], 12, 31), (["nochebuena"], 12, 24),
        (["ano", "novo"], 1, 1), (["vespera", "de", "natal"], 12, 24),
    ]

    /// "de", "di", and the "of" that translated copy reads for them ("le jour de l'An" reads "jour of an").
    private static let connectors: Set<String> = ["de", "di", "of"]

    /// The holiday written at token `i`, with its month, day and how many tokens it takes.
    static func holiday(at i: Int, limit: Int, tokens: [Token]) -> (month: Int, day: Int, length: Int)? {
        for p in phrases where i + p.words.count <= limit {
            let matches = p.words.indices.allSatisfy { n in
                let t = tokens[i + n]
                return t.text == p.words[n] || t.stem == p.words[n] || (p.words[n] == "de" && connectors.contains(t.text))
            }
            if matches { return (p.month, p.day, p.words.count) }
        }
        return nil
    }
}

extension HolidayDates {
    /// The holiday at token `i` as a date mention, with the year written after it if any ("New Year's Day 2024").
    static func mention(at i: Int, limit: Int, tokens: [Token], published: CalendarDay?) -> DateMention? {
        guard let h = holiday(at: i, limit: limit, tokens: tokens) else { return nil }
        var end = i + h.length
        var year: Int?
        if end < limit, tokens[end].kind == .number, let y = tokens[end].value, (1900...2100).contains(y) {
            year = y
            end += 1
        }
        return DateMention(day: DateResolver.day(month: h.month, day: h.day, year: year, published: published),
                           precision: .day, uncertain: false, isRelative: false, tokens: i..<end,
                           span: TextSpan(start: tokens[i].start, end: tokens[end - 1].end))
    }
}
