/// Articles written days or weeks after the attack they are about ("The number of troops diagnosed
/// with brain injuries from Iran's missile attack last month has risen to 109 ... Iran fired ballistic
/// missiles at Al-Asad Air Base in the early hours of Jan. 8"): the earlier attack is the article's own
/// incident, not a mention.
extension IncidentAssembler {
    /// True when nothing in the article places or dates an attack of its own, no US strike is its news,
    /// and the earlier event it tells is one site on one day.
    static func isFollowUp(attackFrames: [ArticleFrame], mentionFrames: [ArticleFrame], strikeFrames: [ArticleFrame],
                           published: CalendarDay? = nil) -> Bool {
        guard strikeFrames.isEmpty, !mentionFrames.isEmpty else { return false }
        let sites = Set(mentionFrames.flatMap { $0.places.map(\.base.name) })
        let days = Set(mentionFrames.flatMap { $0.dates.filter { $0.precision == .day }.compactMap(\.day) })
        // "in the early hours of Jan. 8 local time, on the evening of Jan. 7 in Washington": one night.
        let ordinals = days.map(\.ordinal)
        guard sites.count <= 1, let first = ordinals.min(), let last = ordinals.max(), last - first <= 1 else { return false }
        // An event named by no site is the article's own only while it is news: weeks, not years, before.
        if sites.isEmpty, let published, published.ordinal - first > 60 { return false }
        // A headline naming the same site ("weeks after Harir rocket attack") is no news of its own; "Iran's
        // Jan. 8 missile attack on a base in western Iraq" names none, and the undated clauses name it.
        let ownEvidence = attackFrames.contains { f in
            !f.dates.isEmpty || (!sites.isEmpty && f.places.contains { !sites.contains($0.base.name) })
        }
        return !ownEvidence
    }
}
