/// "Two drones struck the Harir air base on Friday ... Monday's rocket attack on the Harir base wounded two
/// U.S. service members": a later sentence that tells an attack at the story's own site on a day well before
/// the story's tells an earlier event there, not more of the story's attack.
extension IncidentAssembler {
    /// Days between the story's attack and an attack told at the same site that make it another attack
    /// (one day apart is the same attack told in another time zone or on the night between two days).
    static let sameSiteDaysApart = 2

    /// "Five Katyusha rockets targeted Ain al-Asad airbase ... on Wednesday ... On Tuesday, two drones were downed near
    /// Ain al-Asad itself": two days each written as a whole day, neither near midnight ("late", "overnight", "night")
    /// nor moved from another time zone, are two days, so one day apart is already another attack at the site when
    /// the clause names it again.
    static func daysApart(_ date: DateMention, _ ownDate: DateMention?) -> Int {
        guard let ownDate else { return sameSiteDaysApart }
        let wholeDays = [date, ownDate].allSatisfy { !$0.uncertain && !$0.shifted && !$0.isNightSpan }
        return wholeDays ? 1 : sameSiteDaysApart
    }

    /// Attack frames in later sentences than the story's own attack (the first dated to a day), naming no site
    /// but those the story's attack was told at (by frames before it, undated or on the story's day), with a
    /// day of their own at least `sameSiteDaysApart` days before the story's day. Tracker entries, which are
    /// each their own news, are left alone.
    static func sameSiteEarlierAttacks(attackFrames: [ArticleFrame], tokens: [Token]) -> [ArticleFrame] {
        guard let (own, ownDay) = reportedStoryAttack(attackFrames, tokens: tokens)
                ?? attackFrames.first(where: { $0.dates.first?.precision == .day && $0.dates.first?.isTelling == false })
                    .flatMap({ f in f.dates.first?.day.map { (f, $0) } }) else { return [] }
        // "Camp Taji" as written: the same site when its name is written again.
        func name(_ place: WrittenPlace?) -> Set<String> {
            Set((place?.tokens ?? 0..<0).map { tokens[$0].text }.filter { $0.count > 3 })
        }
        let ownDate = own.dates.first
        return attackFrames.filter { f in
            guard f.sentence > own.sentence, f.entryStart == nil,
                  let date = f.dates.first, date.precision == .day, !date.isTelling, let day = date.day,
                  day.ordinal <= ownDay.ordinal - (f.places.isEmpty ? sameSiteDaysApart : daysApart(date, ownDate)) else { return false }
            // The headline and the lead may name the story's site before a later sentence gives its day ("Erneut
            // Raketenangriff auf Stützpunkt Tadschi ... Mehr als 30 Raketen schlugen am Samstagvormittag ... ein"): the
            // undated clauses before the story's attack tell its site too.
            // Told only there, they place a clause that names no site when it tells an attack of its own (a weapon or
            // a toll: "bei einem Raketenangriff auf Tadschi zwei US-Soldaten ... getötet"), not when it only names the
            // attack a strike answered ("Als Vergeltung für den tödlichen Angriff vom Mittwoch hatten die USA ...").
            let tellsAttack = !f.weapons.isEmpty || f.casualties.contains { ($0.figure.count ?? 0) > 0 }
            let story = attackFrames.filter { s in
                s.tokens.upperBound <= f.tokens.lowerBound
                    && (s.sentence >= own.sentence || (s.dates.isEmpty && (tellsAttack || !f.places.isEmpty)))
                    && (s.dates.isEmpty || s.dates.first?.day == ownDay)
            }
            let storySites = Set(story.flatMap(\.places).map(\.base.name))
            let storyWritten = story.reduce(into: Set<String>()) { $0.formUnion(name($1.writtenPlace)) }
            guard !storySites.isEmpty || !storyWritten.isEmpty else { return false }
            // "The Shadadi base was also targeted on Tuesday" (the story's attack on Friday): a place as written that is
            // the known site's own name ("Shadadi base" over "Shadadi") is that site, not another one, two days or
            // more before the story's (one day apart may still be the story's attack told by another source).
            let writtenIsKnownSite = day.ordinal <= ownDay.ordinal - sameSiteDaysApart
                && f.writtenPlace.map { w in f.places.contains { $0.tokens.overlaps(w.tokens) } } ?? false
            return Set(f.places.map(\.base.name)).isSubset(of: storySites)
                && (f.writtenPlace == nil || writtenIsKnownSite || !name(f.writtenPlace).isDisjoint(with: storyWritten))
        }
    }

    /// "A security source said on Wednesday that five Katyusha rockets fell inside Ain al-Assad airbase": a story
    /// attack told only as what someone said on a day, in a "that" clause, happened that day (the news of the day),
    /// so an attack at the same site told later on a whole day before it ("On Tuesday, two drones were downed near
    /// Ain al-Assad") is an earlier one there. A day something else was done about an attack ("on Friday released
    /// the names of the two service members killed in the rocket attack") does not date the attack.
    static func reportedStoryAttack(_ attackFrames: [ArticleFrame], tokens: [Token]) -> (ArticleFrame, CalendarDay)? {
        guard let (own, day) = storyAttack(attackFrames), own.dates.allSatisfy(\.isTelling) else { return nil }
        let toldThat = own.dates.contains { d in
            d.day == day && d.tokens.upperBound < tokens.count && tokens[d.tokens.upperBound].text == "that"
        }
        return toldThat ? (own, day) : nil
    }
}
