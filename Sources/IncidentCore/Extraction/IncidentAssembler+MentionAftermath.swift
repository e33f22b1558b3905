/// "Last Monday, a barrage of rockets hit the city of Erbil ... A foreign civilian contractor was killed, and one US
/// service member was among several people wounded. A little-known group ... said it was behind that attack.": the
/// sentences right after a recalled attack that name no site and no day of their own go on telling that attack — its
/// toll, its claim — not the story's, which the reporter has left.
extension IncidentAssembler {
    /// Clauses (attack clauses or asides) naming no site, no place as written and no day, in the sentences after a
    /// mention's and in its paragraph, with no story clause between, each with the index of that mention. The mention must be
    /// told after the story's attack (`storyAttack`); one told in the sentence of a story clause is an aside of the
    /// story: what follows is the story's again.
    static func mentionAftermath(clauses: [ArticleFrame], mentionFrames: [ArticleFrame], storyFrames: [ArticleFrame],
                                 tokens: [Token]) -> [(frame: ArticleFrame, mention: Int)] {
        // Only once the story's own attack has been told: a recall comes after the news. A story whose attack clauses
        // place and date nothing (a hearing, an analysis: "Kurilla said air defenses had intercepted most of the
        // missiles") has no news to come back to: every recall's aftermath is the recall's (round 14, ap10).
        let storyEnd: Int
        if let story = storyAttack(storyFrames)?.frame {
            storyEnd = story.tokens.upperBound
        } else if !storyFrames.isEmpty, storyFrames.allSatisfy({ !$0.namesPlaceOrDay }) {
            storyEnd = 0
        } else {
            return []
        }
        var found: [(frame: ArticleFrame, mention: Int)] = []
        for f in clauses.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            guard !f.namesPlaceOrDay, f.entryStart == nil,
                  let m = mentionFrames.indices.last(where: { mentionFrames[$0].tokens.upperBound <= f.tokens.lowerBound }),
                  mentionFrames[m].tokens.lowerBound >= storyEnd,
                  f.sentence > mentionFrames[m].sentence else { continue }
            let mention = mentionFrames[m]
            // Another clause of the story between them (not one already found to tell the mention), or in the mention's
            // own sentence, ends the recall.
            let storyBetween = storyFrames.contains { s in
                s.tokens != f.tokens && !found.contains(where: { $0.frame.tokens == s.tokens }) && (s.sentence == mention.sentence
                    || (s.tokens.lowerBound > mention.tokens.lowerBound && s.tokens.lowerBound < f.tokens.lowerBound))
            }
            let newParagraph = (mention.tokens.upperBound...f.tokens.lowerBound).contains { $0 < tokens.count && tokens[$0].newlineBefore }
            guard !storyBetween, !newParagraph else { continue }
            found.append((f, m))
        }
        return found
    }
}
