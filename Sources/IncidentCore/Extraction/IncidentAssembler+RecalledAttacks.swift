/// Attacks a story recalls as what came before its own: "The attack came days after U.S. forces struck two
/// sites in response to a drone attack on Sunday on the Rumalyn base", "The attack comes after Iran fired
/// missiles on Wednesday at Ain al-Asad". Earlier events told in passing, however recent: mentions.
extension IncidentAssembler {
    /// Words that tie what follows to what came before the story's attack.
    static let recallWords: Set<String> = [
        "after", "following", "follows", "follow", "followed", "response", "retaliation", "reprisal",
        // "strikes on Kataib Hezbollah, which Washington blamed for Wednesday's rocket attack on Camp Taji"
        "blamed",
        // "Zuletzt waren am Freitagabend mehr als 30 Raketen auf ... K1 ... niedergegangen", told after the strikes: the
        // attack before them, most recently.
        "zuletzt",
    ]

    /// Attack frames told after a recall word ("after", "in response to") in a later sentence than the
    /// story's own attack (the first that names a site and a day), at other sites, on an earlier day.
    static func recalledEarlierAttacks(attackFrames: [ArticleFrame], sentences: [Range<Int>],
                                       tokens: [Token]) -> [ArticleFrame] {
        guard let own = attackFrames.first(where: { f in
            (!f.places.isEmpty || f.writtenPlace != nil) && f.dates.first?.precision == .day
        }), let ownDay = own.dates.first?.day else { return [] }
        let ownSites = Set(own.places.map(\.base.name))
        return attackFrames.filter { f in
            guard f.sentence > own.sentence, f.entryStart == nil, !f.places.isEmpty, ownSites.isDisjoint(with: f.places.map(\.base.name)),
                  let date = f.dates.first, date.precision == .day, let day = date.day, day.ordinal <= ownDay.ordinal,
                  let site = f.places.map(\.tokens.lowerBound).min() else { return false }
            let start = sentences[f.sentence].lowerBound
            let lead = start..<max(start, min(site, date.tokens.lowerBound))
            // "The attack came just hours after three rockets landed near Ain al-Asad early Tuesday": told as before
            // the story's attack, on its own day.
            if day.ordinal == ownDay.ordinal {
                return lead.contains { k in
                    tokens[k].text == "after" && k > lead.lowerBound && ["hours", "minutes", "shortly"].contains(tokens[k - 1].text)
                }
            }
            return lead.contains { recallWords.contains(tokens[$0].text) }
        }
    }
}
