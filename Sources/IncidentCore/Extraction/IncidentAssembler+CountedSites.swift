/// Where a roundup's attacks are when a clause does not name the site itself: a paragraph headed by its site
/// ("Al-Shaddadi, Syria (Saturday)."), or sites counted but not named ("drones targeted two separate bases").
extension IncidentAssembler {
    /// "Al-Shaddadi, Syria (Saturday). Two one-way attack drones flew toward the base south of Hasakah": a roundup
    /// writes each attack as a paragraph headed by its site; a short opening line that names one base and tells no
    /// event of its own heads the paragraph, so its clauses that name no site are at that base.
    func siteOfParagraphHeading(_ frame: ArticleFrame, frames: [ArticleFrame]) -> Base? {
        guard frame.places.isEmpty, frame.writtenPlace == nil, frame.writtenTown == nil else { return nil }
        let tokens = text.tokens
        var first = frame.sentence
        while first > 0, !sentences[first].isEmpty, !tokens[sentences[first].lowerBound].newlineBefore { first -= 1 }
        guard first < frame.sentence, basesBySentence.indices.contains(first) else { return nil }
        let heading = sentences[first]
        let words = heading.filter { tokens[$0].isWord }.count
        let bases = Set(basesBySentence[first].map(\.name))
        guard words <= 8, bases.count == 1, !frames.contains(where: { $0.sentence == first }) else { return nil }
        // Not a line that tells what happened ("Ain al-Asad was hit."): a heading has no verb of an attack.
        guard !heading.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) }) else { return nil }
        return basesBySentence[first].first
    }

    /// "— Early Sunday, drones targeted two separate bases housing U.S. forces in northeastern Syria": after the story
    /// has named its sites, a clause with a day of its own that counts bases it does not name tells that many
    /// attacks, each at no known place. Nil for a headline or lead that counts the sites the story then names ("Rockets
    /// were fired at two bases ... In Iraq, two rockets ... Ain al-Asad"), for a tally over a period ("the 11th since
    /// late October targeting bases"), and when a site is named in the next two sentences.
    func unnamedSitesCounted(_ frame: ArticleFrame, attackFrames: [ArticleFrame]) -> Int? {
        guard frame.places.isEmpty, frame.writtenPlace == nil, frame.writtenTown == nil,
              frame.dates.contains(where: { !$0.isTelling && !$0.isSince && $0.precision == .day }),
              frame.countries.filter({ !$0.isOrigin }).map(\.name).count <= 1,
              !tellsRunOfAttacks(frame), !isHabitOfAttacks(frame)
        else { return nil }
        let tokens = text.tokens
        let siteNouns: Set<String> = ["bases", "sites", "positions", "outposts", "installations", "facilities"]
        let between: Set<String> = ["separate", "different", "other", "us", "u.s", "american", "coalition", "military"]
        var count: Int?
        for k in frame.tokens {
            guard let (value, end) = NumberReader.number(at: k, in: tokens, limit: frame.tokens.upperBound),
                  (2...5).contains(value) else { continue }
            var n = end
            while n < frame.tokens.upperBound, n - end < 3, between.contains(tokens[n].text) || tokens[n].text == "." { n += 1 }
            if n < frame.tokens.upperBound, siteNouns.contains(tokens[n].text) { count = value; break }
        }
        guard let count else { return nil }
        if frame.tokens.contains(where: { ["since", "times", "tally", "total"].contains(tokens[$0].text) }) { return nil }
        let namedBefore = attackFrames.contains { $0.sentence < frame.sentence && !$0.places.isEmpty }
        let namedAfter = (frame.sentence...frame.sentence + 2).contains { basesBySentence.indices.contains($0) && !basesBySentence[$0].isEmpty }
        return namedBefore && !namedAfter ? count : nil
    }
}
