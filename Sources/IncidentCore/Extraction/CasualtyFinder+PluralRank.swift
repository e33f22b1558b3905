/// The dead named after one plural rank: "matou os sargentos William Rivers, Kennedy Sanders e Breonna Moffett" (ap24,
/// read "killed the sergeants William Rivers, Kennedy Sanders and Breonna Moffett"). Translated copy writes the rank
/// once, in lower case, for the whole list; each name is one person.
extension CasualtyFinder {
    /// Plural ranks and words for troops that may open a list of names.
    private static let pluralRanks: Set<String> = [
        "sergeants", "specialists", "corporals", "privates", "soldiers", "marines", "reservists", "servicemembers",
    ]

    /// "killed (the) sergeants A B, C D and E F": one person per name, at least two names, of the clause's default
    /// party unless a nation is written before the rank.
    static func namesAfterPluralRank(verb k: Int, killed: Bool, range: Range<Int>, tokens: [Token],
                                     defaultParty: CasualtyParty?) -> CasualtyMention? {
        var i = k + 1
        if i < range.upperBound, tokens[i].text == "the" { i += 1 }
        let nounStart = i
        while i < range.upperBound, !pluralRanks.contains(tokens[i].text), i - nounStart < 2 { i += 1 }
        guard i < range.upperBound, pluralRanks.contains(tokens[i].text) else { return nil }
        let rank = i
        var names = 0
        var inName = false
        var end = rank
        i += 1
        while i < range.upperBound {
            let t = tokens[i]
            if t.isWord, t.isCapitalized {
                if !inName { names += 1 }
                inName = true
                end = i
            } else if t.text == "," || t.text == "and" {
                guard inName else { return nil }
                inName = false
            } else {
                break
            }
            i += 1
        }
        guard names >= 2, inName || tokens[end].isCapitalized else { return nil }
        guard let party = party(of: nounStart..<rank + 1, head: rank, tokens: tokens, defaultParty: defaultParty),
              party == .us else { return nil }
        return CasualtyMention(party: .us, killed: killed, figure: Figure(count: names),
                               span: TextSpan(start: tokens[k].start, end: tokens[end].end), anchor: rank,
                               endToken: end + 1, usesDefaultParty: false, hasPersonNoun: true, head: "soldiers")
    }
}
