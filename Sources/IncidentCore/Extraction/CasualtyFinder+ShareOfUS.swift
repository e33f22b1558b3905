/// "wounding four coalition service members ... two of the four were Americans", "Two of the three wounded
/// coalition troops are Americans", "the three wounded coalition members were American": how many of a count
/// told for all the coalition were US.
extension CasualtyFinder {
    private static let beVerbs: Set<String> = ["were", "are", "was", "is"]
    private static let americanWords: Set<String> = ["american", "americans"]

    /// The share written as "N of the (M) ... were/are American(s)".
    static func sharesOfUS(in range: Range<Int>, tokens: [Token]) -> [CasualtyMention] {
        var result: [CasualtyMention] = []
        for k in range {
            guard let (n, afterN) = NumberReader.number(at: k, in: tokens, limit: range.upperBound),
                  afterN < range.upperBound else { continue }
            // "the three wounded coalition members were American": all of a count told before.
            let wholeCount = k - 1 >= range.lowerBound && ["the", "all"].contains(tokens[k - 1].text)
                && !(k - 2 >= range.lowerBound && tokens[k - 2].text == "of")
            guard tokens[afterN].text == "of" || wholeCount else { continue }
            // "of the four", "of them", "of those wounded", then a verb of being within a few words.
            var j = tokens[afterN].text == "of" ? afterN + 1 : afterN
            var between: [String] = []
            while j < min(range.upperBound, afterN + 8), !beVerbs.contains(tokens[j].text), !tokens[j].isPunct {
                between.append(tokens[j].stem)
                j += 1
            }
            guard j + 1 < range.upperBound, beVerbs.contains(tokens[j].text) else { continue }
            // "were Americans", "were American", "are U.S. citizens", "were U.S. service members".
            let next = tokens[j + 1]
            // Not "were American-made".
            let madeIn = j + 2 < range.upperBound && tokens[j + 2].text == "-"
            let isUS = (americanWords.contains(next.stem) && !madeIn) || (next.isUSAbbreviation && j + 2 < range.upperBound
                && Lexicon.personNouns.contains(tokens[j + 2].stem))
            guard isUS else { continue }
            let killed = between.contains { ["killed", "dead", "died"].contains($0) }
            // "Five of the wounded contractors are Americans": US contractors, not service members.
            let contractors = isShareOfContractors(countAt: k, shareWords: between, floor: range.lowerBound, tokens: tokens)
            result.append(CasualtyMention(party: contractors ? .other("US contractor") : .us, killed: killed, figure: Figure(count: n),
                                          span: TextSpan(start: tokens[k].start, end: next.end), anchor: k,
                                          endToken: j + 2, hasPersonNoun: true, head: next.stem, isShareOfUS: true))
        }
        return result
    }
}
