/// "The attack came two days after a drone was shot down near Erbil air base, and four days after rockets landed
/// inside Ain al-Asad": events told as so many days before the story's own attack, at other sites, are earlier
/// events, dated by counting back from the story's day.
extension IncidentAssembler {
    /// Attack frames told after the story's own attack (`storyAttack`), at other
    /// sites, that open with "<N> days after" / "a day after" and carry no date of their own after it; each is
    /// returned with one date per such phrase, N days before the day told before the phrase ("Monday's attack came a
    /// day after"), else before the story's day.
    static func countedBackAttacks(attackFrames: [ArticleFrame], tokens: [Token], sentences: [Range<Int>] = [],
                                   published: CalendarDay? = nil) -> [ArticleFrame] {
        guard let (own, ownDay) = storyAttack(attackFrames) else { return [] }
        return attackFrames.compactMap { f in
            // "The attack came a day after | a drone attack targeted the airport in Erbil": the phrase may close
            // the clause before, right up to this one.
            let before = max(0, f.tokens.lowerBound - 4)..<f.tokens.lowerBound
            let leading = daysBack(in: before, tokens: tokens).filter { $0.tokens.upperBound == f.tokens.lowerBound }
            // A clause cut off right after its phrase (`afterCountedDays`) is the earlier event whatever its site:
            // "came three days after a similar attack on Camp Taji".
            let cutOff = !leading.isEmpty
            let ownSites = storySites(toldBefore: f, own: own, ownDay: ownDay, attackFrames: attackFrames)
            guard f.tokens.lowerBound >= own.tokens.upperBound, !f.places.isEmpty || cutOff,
                  cutOff || ownSites.isDisjoint(with: f.places.map(\.base.name)),
                  let firstSite = f.places.map(\.tokens.lowerBound).min() ?? (cutOff ? f.tokens.upperBound : nil) else { return nil }
            let phrases = leading + daysBack(in: f.tokens, tokens: tokens)
            // "Monday's attack came a day after a rocket struck Balad air base": a day told before the phrase dates
            // what came after, so the count runs back from it; a day told after the phrase is the clause's own.
            guard let firstPhrase = phrases.first,
                  f.dates.allSatisfy({ $0.tokens.upperBound <= firstPhrase.tokens.lowerBound }) else { return nil }
            // "On July 7, 14 rockets slammed into Ain Al Asad, ..., a day after | a drone attack on Erbil airport": a
            // clause cut off at its phrase counts back from the day its sentence told before the phrase.
            let toldBefore = sentences.first { $0.contains(f.tokens.lowerBound) }.flatMap { s in
                DateFinder.find(in: s.lowerBound..<firstPhrase.tokens.lowerBound, tokens: tokens, published: published)
                    .last { $0.precision == .day && !$0.isRelative }?.day
            }
            let anchor = f.dates.last(where: { $0.precision == .day && !$0.isTelling })?.day ?? (cutOff ? toldBefore : nil) ?? ownDay
            let dates = phrases.map { phrase in
                DateMention(day: anchor.adding(days: -phrase.days), precision: .day, uncertain: false,
                            isRelative: false, isAnchored: true, tokens: phrase.tokens,
                            span: TextSpan(start: tokens[phrase.tokens.lowerBound].start,
                                           end: tokens[phrase.tokens.upperBound - 1].end))
            }
            guard let first = dates.first, first.tokens.upperBound <= firstSite else { return nil }
            var dated = f
            dated.dates = dates
            return dated
        }
    }

    /// "a day after", "two days after", "one day after": the count of days and the phrase's tokens.
    private static func daysBack(in range: Range<Int>, tokens: [Token]) -> [(days: Int, tokens: Range<Int>)] {
        var found: [(days: Int, tokens: Range<Int>)] = []
        for k in range where tokens[k].text == "after" && k - 2 >= range.lowerBound
            && ["day", "days"].contains(tokens[k - 1].text) {
            let countAt = k - 2
            if tokens[countAt].text == "a" || tokens[countAt].text == "one" {
                found.append((1, countAt..<(k + 1)))
            } else if let (value, end) = NumberReader.number(at: countAt, in: tokens, limit: k - 1), end == k - 1,
                      (1...60).contains(value) {
                found.append((value, countAt..<(k + 1)))
            }
        }
        return found
    }
}
