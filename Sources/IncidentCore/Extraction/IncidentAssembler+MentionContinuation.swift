/// "... in response to attacks ..., including one on Tuesday at Ain al-Asad airbase. That attack wounded eight US
/// personnel": a clause that opens by pointing back at an earlier event tells more of that event, not of the
/// story's own attack.
extension IncidentAssembler {
    /// Clauses (attack clauses or asides) naming no site that open with "That attack", "That earlier attack",
    /// "The earlier barrage", or tell "in that attack" with no day, in the sentence right after a mention's, each
    /// with the index of that mention.
    static func mentionContinuations(clauses: [ArticleFrame], mentionFrames: [ArticleFrame],
                                     tokens: [Token]) -> [(frame: ArticleFrame, mention: Int)] {
        clauses.compactMap { f in
            guard f.places.isEmpty, f.writtenPlace == nil,
                  pointsBack(f.tokens, tokens: tokens) || (f.dates.isEmpty && namesThatEvent(f.tokens, tokens: tokens)),
                  let m = mentionFrames.lastIndex(where: { $0.sentence == f.sentence - 1 }) else { return nil }
            return (f, m)
        }
    }

    /// "No one was hurt in that attack either": "that attack" later in a clause that names no day points back too.
    private static func namesThatEvent(_ range: Range<Int>, tokens: [Token]) -> Bool {
        range.dropFirst().contains { k in
            k + 1 < range.upperBound && tokens[k].text == "that" && FrameBuilder.eventNouns.contains(tokens[k + 1].text)
                && ["in", "from", "by", "during"].contains(tokens[k - 1].text)
        }
    }

    /// "That attack", "that earlier attack", "the earlier barrage", "the previous attack" at the start of a clause.
    private static func pointsBack(_ range: Range<Int>, tokens: [Token]) -> Bool {
        let words = range.prefix(3).map { tokens[$0].text }
        guard let first = words.first else { return false }
        let nouns = FrameBuilder.eventNouns, earlier = FrameBuilder.earlierWords
        if first == "that", words.count > 1 {
            return nouns.contains(words[1]) || (words.count > 2 && earlier.contains(words[1]) && nouns.contains(words[2]))
        }
        return first == "the" && words.count > 2 && earlier.contains(words[1]) && nouns.contains(words[2])
    }
}
