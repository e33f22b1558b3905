/// "Mercredi, dans une allocution à la Maison Blanche, il a assuré qu'« aucun Américain n'a été blessé »" (round 21,
/// av03): a day told right before "in a speech" (an address, an interview, a news conference) is the day of that
/// telling, not of the attack it speaks of, which the story dated "dans la nuit de mardi à mercredi".
extension FrameBuilder {
    /// Nouns of a telling given in person.
    private static let speechNouns: Set<String> = ["speech", "address", "interview", "briefing", "conference"]

    /// True when `date` is followed, after at most a comma, by "in a speech", "in a televised address", "in an
    /// interview", "at a news conference".
    static func datesASpeech(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        var k = date.tokens.upperBound
        if k < range.upperBound, tokens[k].text == "," { k += 1 }
        guard k + 1 < range.upperBound, ["in", "at", "during"].contains(tokens[k].text),
              ["a", "an", "his", "her", "the"].contains(tokens[k + 1].text) else { return false }
        return (k + 2..<min(range.upperBound, k + 5)).contains { speechNouns.contains(tokens[$0].text) }
    }
}
