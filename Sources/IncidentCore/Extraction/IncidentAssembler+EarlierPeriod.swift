/// Attacks a story tells as having happened in a period before its own: "Last week, five rockets hit the Ain
/// al-Asad air base in western Iraq" after "Two rockets slammed into a base next to Baghdad airport on Monday".
/// An attack dated only to an earlier week is never the story's own event: a mention.
extension IncidentAssembler {
    /// Attack frames in a later sentence than the story's own attack (the first that names a site and a day),
    /// at other sites, dated only to a week that began before the own attack's day.
    static func attacksOfAnEarlierWeek(attackFrames: [ArticleFrame]) -> [ArticleFrame] {
        // "announced on Thursday that it had targeted two bases ... its fighters targeted al-Shaddadi": the
        // own attack's day may be told in a sentence before the one naming its site.
        guard let own = attackFrames.first(where: { f in
            (!f.places.isEmpty || f.writtenPlace != nil) && f.dates.first?.precision != .week
        }), let ownDay = attackFrames.lazy.compactMap({ f in f.dates.first { $0.precision == .day }?.day }).first
        else { return [] }
        let ownSites = Set(own.places.map(\.base.name))
        return attackFrames.filter { f in
            guard f.sentence > own.sentence, !f.places.isEmpty, ownSites.isDisjoint(with: f.places.map(\.base.name)),
                  let date = f.dates.first, date.precision == .week, let day = date.day else { return false }
            return day.ordinal < ownDay.ordinal
        }
    }

    /// "On Oct. 18, drones struck Al-Tanf, causing minor injuries to 20 US personnel" after the story's own
    /// attack on al-Tanf on Oct. 23: a later sentence telling an attack on the same site at least two days before
    /// the own attack's day tells an earlier attack there. Tracker and list entries keep their own rules.
    static func earlierAttacksAtOwnSite(attackFrames: [ArticleFrame]) -> [ArticleFrame] {
        guard let own = attackFrames.first(where: { f in
            !f.places.isEmpty && f.dates.first?.precision == .day
        }), let ownDay = own.dates.first?.day else { return [] }
        let ownSites = Set(own.places.map(\.base.name))
        return attackFrames.filter { f in
            guard f.sentence > own.sentence, f.entryStart == nil, !f.places.isEmpty,
                  Set(f.places.map(\.base.name)).isSubset(of: ownSites),
                  let date = f.dates.first, date.precision == .day, !date.uncertain, let day = date.day else { return false }
            return day.ordinal <= ownDay.ordinal - 2
        }
    }

    /// "Jan. 4 — ... claimed two drone attacks ... last DoD-confirmed injuries: Dec. 25, Erbil (three service
    /// members)": a later sentence telling an attack at another site on a calendar day written out a week or
    /// more before the story's own attack recalls it. A sentence that opens a dated entry or list line is an
    /// entry of its own (trackers told newest first).
    static func attacksDatedWeeksBefore(attackFrames: [ArticleFrame], sentences: [Range<Int>],
                                        tokens: [Token]) -> [ArticleFrame] {
        guard let own = attackFrames.first(where: { f in
            !f.places.isEmpty && f.dates.first?.precision == .day
        }), let ownDay = own.dates.first?.day else { return [] }
        let ownSites = Set(own.places.map(\.base.name))
        return attackFrames.filter { f in
            guard f.sentence > own.sentence, f.entryStart != f.sentence, !f.places.isEmpty,
                  !FrameBuilder.isListItem(sentences[f.sentence], tokens: tokens),
                  ownSites.isDisjoint(with: f.places.map(\.base.name)),
                  let date = f.dates.first, date.precision == .day, !date.isRelative, let day = date.day else { return false }
            return day.ordinal <= ownDay.ordinal - 7
        }
    }

    /// "The attack came a day after a drone was shot down near the Ain al-Asad air base, and two days after
    /// rockets landed near the Harir air base": undated attacks at other sites in a later sentence, told after
    /// "a day after" or "two days after", are earlier events dated back from the story's own day. Each gets
    /// the day its "after" gives (one per site), so they come out as dated mentions.
    static func attacksCountedDaysBefore(attackFrames: [ArticleFrame], sentences: [Range<Int>],
                                         tokens: [Token]) -> [ArticleFrame] {
        guard let own = attackFrames.first(where: { f in !f.places.isEmpty && f.dates.first?.precision == .day }),
              let ownDay = own.dates.first?.day else { return [] }
        let ownSites = Set(own.places.map(\.base.name))
        return attackFrames.compactMap { f -> ArticleFrame? in
            guard f.sentence > own.sentence, f.dates.isEmpty, !f.places.isEmpty,
                  ownSites.isDisjoint(with: f.places.map(\.base.name)) else { return nil }
            let counted = daysAfter(in: sentences[f.sentence].lowerBound..<f.tokens.upperBound, before: ownDay, tokens: tokens)
            // Each place takes the count told last before it.
            let dates = f.places.compactMap { place -> DateMention? in
                counted.last { $0.tokens.upperBound <= place.tokens.lowerBound }
            }
            guard !dates.isEmpty else { return nil }
            var recalled = f
            var seen = Set<Int>()
            recalled.dates = dates.filter { seen.insert($0.tokens.lowerBound).inserted }
            return recalled
        }
    }

    /// "a day after", "the day after", "two days after" in a range: the day that many days before `day`.
    private static func daysAfter(in range: Range<Int>, before day: CalendarDay, tokens: [Token]) -> [DateMention] {
        var found: [DateMention] = []
        for k in range where k + 1 < range.upperBound && tokens[k + 1].text == "after" {
            let word = tokens[k].text
            guard word == "day" || word == "days", k - 1 >= range.lowerBound else { continue }
            var count: Int?
            if word == "day", ["a", "one", "the"].contains(tokens[k - 1].text) { count = 1 }
            if word == "days", let (n, end) = NumberReader.number(at: k - 1, in: tokens, limit: k), end == k,
               (2...14).contains(n) {
                count = n
            }
            guard let count else { continue }
            let start = k - 1
            var counted = DateMention(day: day.adding(days: -count), precision: .day, uncertain: false, isRelative: true,
                                      tokens: start..<(k + 2), span: TextSpan(start: tokens[start].start, end: tokens[k + 1].end))
            // Worked out from the story's own day, not written: the date is inferred.
            counted.shifted = true
            found.append(counted)
        }
        return found
    }
}
