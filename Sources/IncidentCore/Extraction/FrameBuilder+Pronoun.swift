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
        guard sentence > 0, opensWithIt || itAsObject, places.matches(in: part, tokens: tokens).isEmpty else { return [] }
        let before = places.matches(in: sentences[sentence - 1], tokens: tokens).filter { !isBareCity($0, tokens: tokens) }
        return Set(before.map(\.base.name)).count == 1 ? [before[0]] : []
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
        let country = range.contains { Lexicon.countries[tokens[$0].stem] != nil && tokens[$0].isCapitalized }
        return dated && country
    }
}
