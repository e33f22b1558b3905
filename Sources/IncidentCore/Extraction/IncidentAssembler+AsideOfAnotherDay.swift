/// "A barrage of rockets hit Camp Taji on Saturday, wounding two U.S. troops. ... Wednesday's attack, in which about 15
/// rockets hit Taji, killed two Americans and a British soldier. About 14 others were wounded.": an aside that names an
/// attack by its day ("Wednesday's attack", "Thursday's barrage"), two or more days from the story's attack, tells
/// another event, and so do the asides right after it that name no place or day of their own. ("died in the attack
/// early Sunday" names the story's attack, the day only telling when: its figures stay.) Their figures are not the story's attack's. Taught by ao06 (Stars and
/// Stripes, the second Taji barrage) and an AP probe in other words.
extension IncidentAssembler {
    /// The asides whose figures may be the story's attack's (told on `storyDay`). `told` are all the article's clauses:
    /// the clause naming the other day's attack may be an attack clause of its own (a mention).
    func asidesOfStoryDay(_ asides: [ArticleFrame], storyDay: DateMention?, told: [ArticleFrame]) -> [ArticleFrame] {
        guard let story = storyDay?.day, storyDay?.precision == .day else { return asides }
        func otherDay(_ f: ArticleFrame) -> Bool {
            guard let d = f.dates.first, d.precision == .day, !d.isTelling, !d.isSince, let day = d.day else { return false }
            return abs(story.ordinal - day.ordinal) >= 2 && namesAttackByItsDay(d)
        }
        var otherDaySentences = Set(told.filter(otherDay).map(\.sentence))
        var kept: [ArticleFrame] = []
        for a in asides.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            if otherDaySentences.contains(a.sentence) { continue }
            if otherDaySentences.contains(a.sentence - 1), !a.namesPlaceOrDay {
                otherDaySentences.insert(a.sentence)
                continue
            }
            kept.append(a)
        }
        return kept
    }

    /// "A sixth US service member was injured in Thursday's drone attack near Hasakah ... The number of American troops
    /// wounded in the attack now stands at six": a clause naming no site right after one placed only as written goes on
    /// telling that attack, not the story's first base. Taught by ao15 (CNN live blog).
    func continuedWrittenSite(_ written: (draft: Int, sentence: Int)?, lastBase: Int?, frame: ArticleFrame,
                              frames: [ArticleFrame]) -> Int? {
        guard let written, frame.dates.isEmpty, frame.weapons.isEmpty, !frame.casualties.isEmpty, lastBase.map({ $0 < written.sentence }) ?? true,
              continuesSite(told: written.sentence, frame: frame, frames: frames) else { return nil }
        return written.draft
    }

    /// "Wednesday's attack", "Thursday's rocket barrage": a day in the possessive, an attack noun within three words.
    private func namesAttackByItsDay(_ d: DateMention) -> Bool {
        let first = d.tokens.lowerBound
        guard text.tokens[first].text.hasSuffix("'s") || (d.tokens.upperBound - 1 > first
                && text.tokens[d.tokens.upperBound - 1].text.hasSuffix("'s")) else { return false }
        let after = d.tokens.upperBound..<min(text.tokens.count, d.tokens.upperBound + 3)
        return after.contains { Lexicon.attackWords.contains(text.tokens[$0].text) || ["barrage", "bombardment"].contains(text.tokens[$0].text) }
    }

    /// The figures of the asides told of another day go to the mention of that day, when it has none of its own.
    func givingFigures(of otherDay: [ArticleFrame], toMentionsIn incidents: inout [ExtractedIncident]) {
        guard let day = otherDay.first?.dates.first?.day,
              let m = incidents.firstIndex(where: { $0.kind == .mention && $0.date.day == day }),
              incidents[m].usKilled.isUnknown, incidents[m].usInjured.isUnknown else { return }
        var facts = incidents[m].facts
        applyUSFigures(otherDay.flatMap(\.casualties), to: &incidents[m], facts: &facts)
        incidents[m].facts = facts
    }
}
