/// "Insgesamt habe es seit Sonntag vier Angriffe gegeben ... Verletzt worden sei dabei ... niemand" (four attacks in all
/// since Sunday; nobody was hurt in them), "U.S. forces were attacked three times on Sunday. No injuries were reported":
/// a lead that counts the story's attacks and then tells a zero tells the zero of those attacks, each of which the
/// body then details, not of the first one told.
extension IncidentAssembler {
    /// Plural attack nouns in the languages of the sets, and the "times" a count of attacks is told in.
    private static let countedAttackNouns: Set<String> = [
        "attacks", "angriffe", "attacken", "attaques", "attacchi", "ataques",
    ]
    private static let timesWords: Set<String> = ["times", "mal", "fois", "volte", "veces", "vezes"]

    /// True when the zero clause `frame` follows, in its own sentence or the one before, a count of two to nine
    /// attacks ("four attacks", "attacked three times"): a count of the story's news, not a campaign's running tally.
    func followsCountOfStoryAttacks(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        guard let s = sentences.firstIndex(where: { $0.contains(frame.tokens.lowerBound) }) else { return false }
        let before = (s > 0 ? sentences[s - 1].lowerBound : sentences[s].lowerBound)..<frame.tokens.lowerBound
        return before.contains { k in
            guard let (value, end) = NumberReader.number(at: k, in: tokens, limit: before.upperBound), (2...9).contains(value),
                  end < before.upperBound else { return false }
            let noun = tokens[end].text
            return Self.countedAttackNouns.contains(noun)
                || (Self.timesWords.contains(noun) && before.contains { Lexicon.attackWords.contains(tokens[$0].text) })
        }
    }
}
