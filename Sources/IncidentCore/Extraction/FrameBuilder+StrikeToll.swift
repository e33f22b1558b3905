/// A toll told right after a strike, naming no one's side: those the strike killed or hurt.
extension FrameBuilder {
    /// "The United States had struck two facilities in eastern Syria on Sunday. The Syrian Observatory for Human Rights
    /// reported at least eight dead.": a toll in the sentence right after a strike, naming no US party and no troops,
    /// counts the strike's dead (its frame takes them), not US casualties of the story's attack.
    func givingTollsToStrikes(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        var out = frames
        for i in out.indices.dropFirst() where out[i].role == .orphan {
            let before = out[i - 1]
            guard before.role == .strike, before.sentence == out[i].sentence - 1,
                  !out[i].tokens.contains(where: { Lexicon.isUS(tokens[$0]) || Lexicon.militaryNouns.contains(tokens[$0].text) })
            else { continue }
            let theirs = out[i].casualties.filter { $0.usesDefaultParty && $0.party == .us }
            out[i].casualties.removeAll { $0.usesDefaultParty && $0.party == .us }
            out[i - 1].casualties += theirs.map { c in
                var moved = c
                moved.party = .militia
                return moved
            }
        }
        return out
    }
}
