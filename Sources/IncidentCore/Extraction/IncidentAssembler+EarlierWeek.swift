/// "Two rockets were fired at the al-Shaddadi base on Wednesday ... Last week, a drone targeted the Mission Support
/// Site Euphrates": an attack at another site, told later and dated only to an earlier week, is an earlier event
/// told in passing, not the story's news.
extension IncidentAssembler {
    /// Attack frames in later sentences than the story's own attack (the first dated to a day), at sites the
    /// story's attack was not told at (by frames before them, undated or on the story's day), whose date is a
    /// week ("last week", "earlier this week") that starts before the story's day.
    static func earlierWeekAttacks(attackFrames: [ArticleFrame]) -> [ArticleFrame] {
        guard let own = attackFrames.first(where: { $0.dates.first?.precision == .day }),
              let ownDay = own.dates.first?.day else { return [] }
        return attackFrames.filter { f in
            guard f.sentence > own.sentence, f.entryStart == nil, !f.places.isEmpty,
                  let date = f.dates.first, date.precision == .week, let day = date.day,
                  day.ordinal < ownDay.ordinal else { return false }
            let storySites = attackFrames.filter { s in
                s.tokens.upperBound <= f.tokens.lowerBound && s.sentence >= own.sentence
                    && (s.dates.isEmpty || s.dates.first?.day == ownDay)
            }.flatMap(\.places).map(\.base.name)
            return Set(storySites).isDisjoint(with: f.places.map(\.base.name))
        }
    }
}
