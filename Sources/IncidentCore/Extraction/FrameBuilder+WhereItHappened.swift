/// "Five Italian soldiers were wounded ... It happened at around 11 a.m. near the town of Kifri", "L'esplosione è
/// avvenuta nella zona di Kifri", "The blast occurred near Rutba": a clause that only says where or when the event just
/// told took place carries on that event, with its place and time, though it names no weapon and no attack.
extension FrameBuilder {
    /// Verbs of taking place (Italian, Portuguese and German ones are read as "happened" by `ForeignVocabulary`).
    private static let happenVerbs: Set<String> = ["happened", "occurred", "took", "unfolded"]

    /// True when `part` opens with a verb of taking place within its first four words ("It happened", "The attack
    /// took place", "È avvenuto"), after nothing but a pronoun, an article, an auxiliary or the event's noun.
    static func tellsWhereItHappened(_ part: Range<Int>, tokens: [Token]) -> Bool {
        let opening = part.lowerBound..<min(part.upperBound, part.lowerBound + 4)
        guard let verb = opening.first(where: { happenVerbs.contains(tokens[$0].text) }) else { return false }
        if tokens[verb].text == "took", !(verb + 1 < part.upperBound && tokens[verb + 1].text == "place") { return false }
        let leading: Set<String> = ["it", "this", "that", "the", "is", "was", "has", "had", "then", "sich", "si", "se"]
        return (part.lowerBound..<verb).allSatisfy { k in
            leading.contains(tokens[k].text) || Lexicon.attackWords.contains(tokens[k].text)
                || ["blast", "explosion", "incident", "bombing", "ambush"].contains(tokens[k].text)
        }
    }
}
