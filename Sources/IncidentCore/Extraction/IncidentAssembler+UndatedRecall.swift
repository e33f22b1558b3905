/// "The groups largely halted their attacks after a drone strike killed three U.S. soldiers in Jordan": a deadly
/// attack elsewhere, recalled after a word that ties it to what came before ("after", "following", "since"), with
/// no day of its own. It is an earlier event told in passing, not the story's attack nor its toll.
extension IncidentAssembler {
    /// Attack frames in a later sentence than the story's own attack that tell US dead with no date of their own (a
    /// time told before the recall word is another clause's), where a recall word opens the sentence's part before
    /// both the toll and the weapon, at another site than the story's (or, naming no site, in another country).
    static func undatedRecalledDeadlyAttacks(attackFrames: [ArticleFrame], sentences: [Range<Int>],
                                             tokens: [Token]) -> [ArticleFrame] {
        guard let (own, _) = storyAttack(attackFrames) else { return [] }
        let ownSites = Set(own.places.map(\.base.name))
        let ownCountries = Set(own.places.map(\.base.country) + own.countries.filter { !$0.isOrigin }.map(\.name))
        return attackFrames.compactMap { f in
            guard f.sentence > own.sentence, f.entryStart == nil, f.claim == nil,
                  let dead = f.casualties.first(where: \.countsUSDead)
            else { return nil }
            if f.places.isEmpty {
                // The country the dead are placed in: the first named after them ("killed three U.S. soldiers at a
                // remote outpost in Jordan and Washington answered with strikes in Iraq and Syria").
                guard let country = f.countries.filter({ !$0.isOrigin && $0.span.start > tokens[dead.anchor].start })
                        .min(by: { $0.span.start < $1.span.start }),
                      !ownCountries.contains(country.name) else { return nil }
            } else {
                guard ownSites.isDisjoint(with: f.places.map(\.base.name)) else { return nil }
            }
            // The recall word comes before everything the clause tells of the attack: the toll, the weapon, the site.
            let firstWeapon = f.weapons.map(\.span.start).min() ?? Int.max
            let firstSite = f.places.map(\.tokens.lowerBound).min() ?? Int.max
            let start = sentences[f.sentence].lowerBound
            guard let recall = (start..<min(dead.anchor, firstSite)).first(where: { k in
                tokens[k].start < firstWeapon && (recallWords.contains(tokens[k].text) || tokens[k].text == "since")
            }) else { return nil }
            // "halted their attacks in early 2024 after a drone strike killed ...": a time told before the recall word
            // is the halt's, not the attack's; one told after it dates the attack, which other rules read.
            guard f.dates.allSatisfy({ $0.tokens.upperBound <= recall }) else { return nil }
            var recalled = f
            recalled.dates = []
            return recalled
        }
    }
}
