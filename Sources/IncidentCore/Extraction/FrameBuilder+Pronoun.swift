/// "The al-Tanf base is home to U.S. troops ... It has been targeted several times, including in October last
/// year.": "it" as the target of an attack is the one site the sentence before named.
extension FrameBuilder {
    /// The site "it" stands for when a clause opens with "it" and an attack word follows within three words
    /// ("It has been targeted", "It was hit") or "it" follows an attack verb ("have targeted it"), and the
    /// sentence before names exactly one site.
    func siteCarriedByIt(_ part: Range<Int>, sentence: Int) -> [PlaceMatch] {
        let tokens = text.tokens
        // "It has been targeted", or "it" as the object of the attack verb: "Iran-backed militias have targeted
        // it before, including an August 2022 drone attack".
        let opensWithIt = tokens[part.lowerBound].text == "it"
            && (part.lowerBound + 1..<min(part.upperBound, part.lowerBound + 4)).contains(where: {
                Lexicon.attackWords.contains(tokens[$0].text)
            })
        let itAsObject = part.dropFirst().contains { k in
            tokens[k].text == "it" && ["targeted", "attacked", "hit", "struck", "shelled"].contains(tokens[k - 1].text)
        }
        guard sentence > 0, places.matches(in: part, tokens: tokens).isEmpty else { return [] }
        if !(opensWithIt || itAsObject) { return siteOfTheSameArea(part, sentence: sentence) }
        let before = places.matches(in: sentences[sentence - 1], tokens: tokens).filter { !isBareCity($0, tokens: tokens) }
        return Set(before.map(\.base.name)).count == 1 ? [before[0]] : []
    }

    /// Nouns of a place, not a site, that "the same" points back at: "a drone was downed in the same area". ("the same
    /// base" is the story's own site, which the mention's place reader gives it: `siteToldBefore`.)
    static let sameAreaNouns: Set<String> = ["area", "place", "location", "spot", "vicinity"]

    /// "A drone was shot down near Erbil International Airport ... Last Wednesday, a drone was downed in the same area":
    /// an attack told at "the same area" (place, spot) is at the site told last before it, the closest of the
    /// three sentences before that names exactly one.
    func siteOfTheSameArea(_ part: Range<Int>, sentence: Int) -> [PlaceMatch] {
        let tokens = text.tokens
        let pointsBack = part.contains { k in
            k >= part.lowerBound + 2 && FrameBuilder.sameAreaNouns.contains(tokens[k].text)
                && tokens[k - 1].text == "same" && tokens[k - 2].text == "the"
        }
        guard pointsBack else { return [] }
        for s in stride(from: sentence - 1, through: max(0, sentence - 3), by: -1) {
            let named = places.matches(in: sentences[s], tokens: tokens).filter { !isBareCity($0, tokens: tokens) }
            if named.isEmpty { continue }
            return Set(named.map(\.base.name)).count == 1 ? [named[0]] : []
        }
        return []
    }
}

/// "waves of US retaliatory strikes in Iraq and Syria in February": a run of strikes with its own date and country.
extension FrameBuilder {
    /// True when a clause about a run of strikes names a country and a month or a day of its own.
    func datesRunOfStrikes(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let dated = DateFinder.find(in: range, tokens: tokens, published: published).contains {
            !$0.isSince && !$0.isPeriodEnd && ($0.precision == .month || $0.precision == .day)
        }
        let country = range.contains { Lexicon.isCountryName(tokens[$0]) }
        return dated && country
    }
}
