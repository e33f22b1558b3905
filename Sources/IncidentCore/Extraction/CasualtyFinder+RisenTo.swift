/// "By Sunday evening, a US official said the number had risen to 34", "the toll of wounded rose to 34": a figure that
/// a toll rises to counts the same people as the count told before it, now more of them. It is read as a count of no
/// party of its own, which continues the party of the figure before it ("Another 24 were injured" does the same), and
/// as deaths only when the words before it say so ("the death toll rose to four").
extension CasualtyFinder {
    static let riseVerbs: Set<String> = [
        "risen", "rose", "rises", "rising", "climbed", "climbs", "increased", "grew", "grown", "jumped", "reached",
    ]
    private static let tollNouns: Set<String> = ["number", "toll", "count", "figure", "tally", "total"]
    private static let deathWords: Set<String> = ["death", "deaths", "dead", "killed", "fatalities"]
    private static let casualtyWords: Set<String> = [
        "injured", "wounded", "hurt", "injuries", "casualties", "dead", "deaths", "killed", "fatalities",
    ]

    /// The counts a toll is said to have risen to in `range`.
    static func risenTo(in range: Range<Int>, tokens: [Token]) -> [CasualtyMention] {
        var found: [CasualtyMention] = []
        for k in range where riseVerbs.contains(tokens[k].text) && k + 2 < range.upperBound && tokens[k + 1].text == "to" {
            // "to 34", "to more than 40": the phrase opens right after "to", its number a few words in.
            guard let p = (k + 2..<min(range.upperBound, k + 6)).lazy.compactMap({
                NumberReader.phrase(numberAt: $0, in: tokens, lowerBound: k + 2, limit: range.upperBound)
            }).first, p.start == k + 2, let count = p.figure.count, count > 0 else { continue }
            // "to 34 troops", "to 34", but not "to 34 attacks" or "to 2,500 troops deployed" (no toll before the verb).
            if p.end < range.upperBound, tokens[p.end].isWord, !Lexicon.personNouns.contains(tokens[p.end].stem),
               !["injured", "wounded", "hurt"].contains(tokens[p.end].text) { continue }
            let before = max(range.lowerBound, k - 6)..<k
            guard let noun = before.last(where: { tollNouns.contains(tokens[$0].text) }),
                  !before.contains(where: { tokens[$0].isPunct && $0 > noun }) else { continue }
            // "the number of wounded", "the number of troops hurt", not "the number of attacks".
            if noun + 1 < k, tokens[noun + 1].text == "of", !(noun + 2..<k).contains(where: {
                casualtyWords.contains(tokens[$0].text) || Lexicon.personNouns.contains(tokens[$0].stem)
            }) { continue }
            let killed = (max(range.lowerBound, noun - 1)..<k).contains { deathWords.contains(tokens[$0].text) }
            found.append(CasualtyMention(party: nil, killed: killed, figure: p.figure,
                                         span: TextSpan(start: tokens[noun].start, end: tokens[p.end - 1].end),
                                         anchor: p.start, endToken: p.end))
        }
        return found
    }
}
