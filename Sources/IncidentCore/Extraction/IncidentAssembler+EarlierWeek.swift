/// "Two rockets were fired at the al-Shaddadi base on Wednesday ... Last week, a drone targeted the Mission Support
/// Site Euphrates": an attack at another site, told later and dated only to an earlier week, is an earlier event
/// told in passing, not the story's news.
extension IncidentAssembler {
    /// Attack frames in later sentences than the story's own attack (the first that names a site and a day), at
    /// other sites, whose date is a week ("last week", "earlier this week") that starts before the story's day.
    static func earlierWeekAttacks(attackFrames: [ArticleFrame]) -> [ArticleFrame] {
        guard let own = attackFrames.first(where: { f in
            !f.places.isEmpty && f.dates.first?.precision == .day && f.dates.first?.isTelling == false
        }), let ownDay = own.dates.first?.day else { return [] }
        let ownSites = Set(own.places.map(\.base.name))
        return attackFrames.filter { f in
            guard f.sentence > own.sentence, f.entryStart == nil, !f.places.isEmpty,
                  ownSites.isDisjoint(with: f.places.map(\.base.name)),
                  let date = f.dates.first, date.precision == .week, let day = date.day else { return false }
            return day.ordinal < ownDay.ordinal
        }
    }
}
