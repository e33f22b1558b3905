/// Attacks a story tells at another site on a calendar day a week or more before its own: an earlier event
/// told in passing, a mention. (Earlier weeks, counted days and the same site days before have their own
/// files: `+EarlierWeek`, `+CountedBack`, `+SameSiteEarlierDay`.)
extension IncidentAssembler {
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
}
