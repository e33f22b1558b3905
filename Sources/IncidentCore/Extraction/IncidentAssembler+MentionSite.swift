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
        let namesTheSite = frame.tokens.contains { k in
            k > frame.tokens.lowerBound && Lexicon.siteReferenceNouns.contains(tokens[k].text) && ["the", "that", "this", "same"].contains(tokens[k - 1].text)
        }
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
}
