/// "Un drone a été abattu dans la nuit de jeudi à vendredi ... intercepté peu après minuit": a night told from one day
/// to the next, and then the hour told as after midnight, in words rather than on a clock. The attack came on the
/// night's second day, as it does when a clock time before six in the morning is given.
extension FrameBuilder {
    /// Words for "after" before "midnight", in the languages of the corpus (folded: "après" → "apres").
    private static let afterWords: Set<String> = ["after", "past", "apres", "nach", "dopo", "despues", "pasada", "depois", "passada"]
    /// "midnight" in those languages; "meia-noite" is read as "meia" "noite".
    private static let midnightWords: Set<String> = ["midnight", "minuit", "mitternacht", "mezzanotte", "medianoche", "meia"]
    /// Articles that may stand between the two ("dopo la mezzanotte", "después de la medianoche", "depois da meia-noite").
    private static let linkWords: Set<String> = ["la", "de", "da", "del", "the"]

    /// True when the text tells an hour after midnight in words ("shortly after midnight", "peu après minuit", "kurz nach
    /// Mitternacht", "poco dopo la mezzanotte", "pasada la medianoche") in a sentence that tells the attack without a
    /// day of its own, or with its night, or that follows the night's attack with no day of its own: the hour of that
    /// night's attack. "Tehran warned shortly after midnight" and
    /// "it was shortly after midnight on 3 January" tell the hour of something else.
    func saysAttackAfterMidnight(_ frames: [ArticleFrame]) -> Bool {
        let tokens = text.tokens
        for (si, sentence) in sentences.enumerated() where sentence.contains(where: { FrameBuilder.opensAfterMidnight(at: $0, tokens) }) {
            if frames.contains(where: { $0.sentence == si && $0.role == .attack && ($0.dates.isEmpty || $0.dates[0].isNightSpan) }) {
                return true
            }
            // "Un drone a été abattu dans la nuit de jeudi à vendredi ... Il a été intercepté peu après minuit": the
            // sentence right after the night's attack, with no day of its own, goes on telling it.
            let nightBefore = frames.contains { $0.sentence == si - 1 && $0.role == .attack && $0.dates.first?.isNightSpan == true }
            if nightBefore, DateFinder.find(in: sentence, tokens: tokens, published: published).isEmpty { return true }
        }
        return false
    }

    /// True when "after midnight" in one of the corpus languages opens at token `k`.
    static func opensAfterMidnight(at k: Int, _ tokens: [Token]) -> Bool {
        guard afterWords.contains(tokens[k].text) else { return false }
        var j = k + 1
        while j < tokens.count, j <= k + 3, linkWords.contains(tokens[j].text) { j += 1 }
        guard j < tokens.count, midnightWords.contains(tokens[j].text) else { return false }
        // "meia" alone is "half": only "meia-noite" is midnight.
        return tokens[j].text != "meia" || (j + 2 < tokens.count && tokens[j + 2].text == "noite")
    }
}
