/// The day a verb of telling carries is when something was told, in the word orders of translated copy too: "según
/// informó el lunes el Observatorio" (read "according reported the monday"), "Biden a promis lundi de riposter après la
/// mort de trois soldats ... dimanche", "Biden promised on Monday to retaliate after ... on Sunday". A promise, a
/// vow or a warning is a telling: what it answers happened on the other day of the sentence.
extension FrameBuilder {
    /// Verbs of promising and warning: a day next to one dates the words, not the attack they answer.
    private static let promiseVerbs: Set<String> = ["promised", "vowed", "pledged", "warned", "threatened"]

    /// True when `date` follows a verb of telling with only an article between ("reported the monday"), or stands
    /// next to a verb of promising ("promised on Monday", "promised monday").
    static func datesAPromiseOrArticledTelling(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        let before = date.tokens.lowerBound - 1
        let after = date.tokens.upperBound
        guard before >= range.lowerBound else { return false }
        // "the Monday attack": the day names the attack.
        if after < range.upperBound, Lexicon.attackWords.contains(tokens[after].text) { return false }
        if promiseVerbs.contains(tokens[before].text) { return true }
        if after < range.upperBound, promiseVerbs.contains(tokens[after].text) { return true }
        if ["the", "this"].contains(tokens[before].text), before - 1 >= range.lowerBound,
           Lexicon.reportingVerbs.contains(tokens[before - 1].text) || promiseVerbs.contains(tokens[before - 1].text) {
            return true
        }
        return false
    }
}
