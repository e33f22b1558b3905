/// Articles written days or weeks after the attack they are about ("The number of troops diagnosed
/// with brain injuries from Iran's missile attack last month has risen to 109 ... Iran fired ballistic
/// missiles at Al-Asad Air Base in the early hours of Jan. 8"): the earlier attack is the article's own
/// incident, not a mention.
extension IncidentAssembler {
    /// The most days after an attack that a story about it is still its follow-up rather than a look back.
    static let followUpReach = 300

    /// True when nothing in the article places or dates an attack of its own, no US strike is its news,
    /// and the earlier event it tells is one site on one day.
    static func isFollowUp(attackFrames: [ArticleFrame], mentionFrames: [ArticleFrame], strikeFrames: [ArticleFrame],
                           published: CalendarDay? = nil) -> Bool {
        guard strikeFrames.isEmpty, !mentionFrames.isEmpty else { return false }
        let sites = Set(mentionFrames.flatMap { $0.places.map(\.base.name) })
        // "Central Command first acknowledged 11 injured troops on Jan. 16, then 34 on Jan. 24": days told with no
        // site are the days of the counts; the event is the one its site dates.
        let placed = mentionFrames.filter { !$0.places.isEmpty }
        let days = Set((placed.isEmpty ? mentionFrames : placed).flatMap { $0.dates.filter { $0.precision == .day }.compactMap(\.day) })
        // "in the early hours of Jan. 8 local time, on the evening of Jan. 7 in Washington": one night.
        let ordinals = days.map(\.ordinal)
        guard sites.count <= 1, let first = ordinals.min(), let last = ordinals.max(), last - first <= 1 else { return false }
        // An event named by no site is the article's own only while it is news: weeks, not years, before.
        if sites.isEmpty, let published, published.ordinal - first > 60 { return false }
        // "A year ago today, a one-way attack drone slammed into ... Tower 22": a story told on an anniversary
        // counts the years since its attack and has none of its own (LABELLING.md).
        if let published, published.ordinal - first > IncidentAssembler.followUpReach { return false }
        // A headline naming the same site ("weeks after Harir rocket attack") is no news of its own; "Iran's
        // Jan. 8 missile attack on a base in western Iraq" names none, and the undated clauses name it.
        // "16 more troops had been diagnosed since the department last updated the figure on Friday": a clause naming
        // no site and no weapon, dated only by the update of a count, is no evidence of an attack of its own.
        let ownEvidence = attackFrames.contains { f in
            let bare = f.places.isEmpty && f.weapons.isEmpty
            return (bare ? f.dates.contains { !$0.isCountUpdate } : !f.dates.isEmpty)
                || (!sites.isEmpty && f.places.contains { !sites.contains($0.base.name) })
        }
        return !ownEvidence
    }
}

extension IncidentAssembler {
    /// "The Jordan Armed Forces said on Thursday that its border guards shot down a drone ... on Wednesday night": a
    /// lead that dates an event of its own to a recent whole day (not the day it was told, not a day of the earlier
    /// event) reports that news, whatever its kind, so the earlier attack the body recalls ("The incident comes less
    /// than three weeks after a drone struck Tower 22 ... on January 28") is a mention, not the story's own attack.
    func leadTellsNewsOfItsOwn(mentionFrames: [ArticleFrame]) -> Bool {
        guard let published, let lead = leadSentence() else { return false }
        let tokens = text.tokens
        let recalledDays = Set(mentionFrames.flatMap { $0.dates.compactMap(\.day?.ordinal) })
        // "WASHINGTON, Feb 10 -": the dateline's day is the day of writing, no event.
        var told = sentences[lead]
        if let dateline = DatelineFinder.dateline(at: told.lowerBound, tokens: tokens, published: published),
           dateline.tokens.upperBound < told.upperBound {
            told = max(told.lowerBound, dateline.tokens.upperBound)..<told.upperBound
        }
        return DateFinder.find(in: told, tokens: tokens, published: published).contains { d in
            guard d.precision == .day, let day = d.day, !recalledDays.contains(day.ordinal),
                  !FrameBuilder.datesTheTelling(d, range: told, tokens: tokens) else { return false }
            return (0...FrameBuilder.recentDays).contains(published.ordinal - day.ordinal)
        }
    }
}

extension IncidentAssembler {
    /// "A volley of rockets has struck Baghdad's Green Zone ... The Iraqi military said eight Katyusha rockets were
    /// fired at the area on Sunday evening. ... On 17 November, a salvo aimed at the embassy fell short": a clause of
    /// the story's opening (the lead and the two sentences after it) that dates an attack to a recent whole day of
    /// its own (not a day of the recalled events, not the day it was told) is the story's news, even with no site
    /// named in it; the dated event told later is then a mention, not the story's own attack.
    func openingDatesNewsOfItsOwn(toldFrames: [ArticleFrame], mentionFrames: [ArticleFrame]) -> Bool {
        guard let published else { return false }
        let recalledDays = Set(mentionFrames.flatMap { $0.dates.compactMap(\.day?.ordinal) })
        let opening = (leadSentence() ?? 0) + 2
        return toldFrames.contains { f in
            f.sentence <= opening && !f.isBackground && f.dates.contains { d in
                guard d.precision == .day, let day = d.day, !d.isTelling, !recalledDays.contains(day.ordinal) else {
                    return false
                }
                return (0...FrameBuilder.recentDays).contains(published.ordinal - day.ordinal)
            }
        }
    }
}
