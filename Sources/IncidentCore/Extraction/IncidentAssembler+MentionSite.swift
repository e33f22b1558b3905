extension IncidentAssembler {
    /// "At-Tanf Garrison sits near the border. Forces at the garrison have been targeted several times,
    /// including an August 2022 attack": an earlier event told at "the garrison" is at the one base named in
    /// the sentence before it.
    /// "In April, an explosive-laden drone struck the coalition's hangar at the same airport", "On May 4, rockets
    /// struck the base" after a sentence that names no base: the site of the story's own attack (`storySite`),
    /// when the story tells one.
    func siteToldBefore(_ frame: ArticleFrame, frames: [ArticleFrame], storySite: Base?) -> Base? {
        guard frame.places.isEmpty, frame.writtenPlace == nil, frame.areas.isEmpty else { return nil }
        let tokens = text.tokens
        // "It was previously targeted by drones on October 17 and again on Monday night": the part of each day keeps
        // the one site the whole clause was told at (here carried by "it" from the sentence before).
        if let whole = frames.first(where: { w in
            w.sentence == frame.sentence && w.tokens != frame.tokens
                && w.tokens.lowerBound <= frame.tokens.lowerBound && w.tokens.upperBound >= frame.tokens.upperBound
        }), let site = whole.places.first, whole.places.allSatisfy({ $0.base.name == site.base.name }) {
            return site.base
        }
        let namesTheSite = frame.tokens.contains { k in
            k > frame.tokens.lowerBound && Lexicon.siteReferenceNouns.contains(tokens[k].text) && ["the", "that", "this", "same"].contains(tokens[k - 1].text)
        } || pointsBackAtSite(frame)
        guard namesTheSite, frame.sentence > 0 else { return nil }
        // "a July 25 rocket attack on the same base": the story's own site, whatever the sentence before names.
        let namesTheSameSite = frame.tokens.contains { k in
            k > frame.tokens.lowerBound && Lexicon.siteReferenceNouns.contains(tokens[k].text) && tokens[k - 1].text == "same"
        }
        if namesTheSameSite, let storySite { return storySite }
        // The frame's own sentence before it, else the sentence before.
        let own = frames.filter { $0.sentence == frame.sentence && $0.tokens.upperBound <= frame.tokens.lowerBound }.flatMap(\.places)
        if !own.isEmpty { return Set(own.map(\.base.name)).count == 1 ? own[0].base : nil }
        // "... a base aérea de Ain al-Asad ... Não houve feridos. A base já tinha sido atacada em janeiro de 2020":
        // the last sentence that names a base, a sentence or two back; none, and "the base" is the story's own site.
        let back = stride(from: frame.sentence - 1, through: max(0, frame.sentence - 3), by: -1)
        guard let told = back.first(where: { basesBySentence.indices.contains($0) && !basesBySentence[$0].isEmpty }) else {
            return storySite
        }
        let bases = basesBySentence[told]
        return Set(bases.map(\.name)).count == 1 ? bases.first : nil
    }

    /// An earlier event told "there" ("a drone packed with explosives hit a hangar there"), at "the base's
    /// gate", or at "the coalition's airport base" is at the site told before it, as "the base" is: a place adverb
    /// or a definite site noun points back. "There were no casualties" is no place, nor is "a base in Jordan".
    func pointsBackAtSite(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        let range = frame.tokens
        return range.contains { k in
            let word = tokens[k].text
            if word == "there" {
                let next = k + 1 < range.upperBound ? tokens[k + 1].text : ""
                return k > range.lowerBound && !IncidentAssembler.existentialFollowers.contains(next)
            }
            // "the base's gate": a site noun in the possessive after "the".
            if word.hasSuffix("'s"), Lexicon.siteReferenceNouns.contains(String(word.dropLast(2))) {
                return k > range.lowerBound && tokens[k - 1].text == "the"
            }
            // "the coalition's airport base": a site noun owned by someone named with "the".
            guard Lexicon.siteReferenceNouns.contains(word), k > range.lowerBound + 1 else { return false }
            return (max(range.lowerBound + 1, k - 2)..<k).contains { j in
                tokens[j].text.hasSuffix("'s") && tokens[j - 1].text == "the"
            }
        }
    }

    /// Words after an existential "there" ("there were no casualties", "there has been"), which is no place.
    private static let existentialFollowers: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might", "be", "been",
        "seems", "seemed", "appears", "appeared", "remain", "remains", "remained",
    ]
}
