/// A statement, a communiqué, a channel's posts, a press release or a briefing tells its own news, and tells it by
/// dates: "On Aug. 26, at approximately 9:40 p.m., U.S. and Coalition forces at Mission Support Site Green Village
/// were attacked", "the mujahideen ... targeted, on the evening of Sunday, the American occupation base at Rumaylan",
/// "on Tuesday night there was a drone attack near the airport in Erbil". The attacks such a document dates to the
/// day it was issued or the two days before are what it reports, not background: no rule that reads news copy
/// for earlier events recalls them. Older days ("On Aug. 9, a one-way attack UAS struck Rumalyn") are still recalled.
extension IncidentAssembler {
    /// How many days before its issue a document's dates still tell its own news.
    static let documentNewsDays = 2

    /// Words of a headline or heading line that name a document speaking for itself rather than a story about it.
    static let documentHeadingWords: Set<String> = Lexicon.statementDocumentNouns.union([
        "communique", "communiques", "post", "posts", "claims", "release", "briefing", "transcript",
    ])

    /// True when the article is a document of its own: a group's statement (`statementClaimant`), or a text whose
    /// headline, or a short heading line before its lead ("Military communiqué no. 9"), names a document.
    func isDocumentOfItsOwn() -> Bool {
        if statementClaimant != nil { return true }
        let headline = title.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split { !$0.isLetter }.map(String.init)
        if headline.contains(where: { IncidentAssembler.documentHeadingWords.contains($0) }) { return true }
        let tokens = text.tokens
        let lead = leadSentence() ?? min(5, sentences.count)
        return sentences.prefix(lead).contains { s in
            !s.isEmpty && (tokens[s.lowerBound].newlineBefore || s.lowerBound == 0)
                && StatementClaimant.isHeadingLine(s, naming: IncidentAssembler.documentHeadingWords, tokens: tokens)
        }
    }

    /// True when the document reports a US strike: its headline or its lead tells one, and the headline tells no
    /// attack ("U.S. Conducts Defensive Strikes in Iraq and Syria"). The attacks it dates are what the strike
    /// answered, background to it as in a strike story.
    func documentReportsStrike(strikeFrames: [ArticleFrame]) -> Bool {
        guard !headlineTellsAttack() else { return false }
        let lead = leadSentence() ?? 0
        return strikeFrames.contains { $0.sentence <= lead }
    }

    /// True when `frame` tells an attack on a day of its own (not a day someone spoke) from the document's day of
    /// issue back to `documentNewsDays` before it.
    func isDocumentNews(_ frame: ArticleFrame) -> Bool {
        // "... carried out strikes in Hilla, after its base in Erbil was hit yesterday": an attack told as what came
        // before something else is recalled, in a document as in a story.
        let tokens = text.tokens
        let opening = max(0, frame.tokens.lowerBound - 1)...min(frame.tokens.lowerBound, tokens.count - 1)
        if opening.contains(where: { IncidentAssembler.recallWords.contains(tokens[$0].text) }) { return false }
        guard let published, let date = frame.dates.first(where: { $0.precision == .day && !$0.isTelling }),
              let day = date.day else { return false }
        return (0...IncidentAssembler.documentNewsDays).contains(published.ordinal - day.ordinal)
    }
}
