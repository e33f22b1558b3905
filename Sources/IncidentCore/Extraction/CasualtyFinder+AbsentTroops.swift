/// "No coalition personnel were in the convoy", "no coalition personnel had been traveling with it", "coalition
/// personnel were not affected by either incident": troops said not to have been there, or not touched, were not hurt.
/// Supply convoys of the coalition are driven by local contractors, and a coalition spokesman says so to tell that no
/// American was among the casualties: nobody of the US killed, nobody injured.
extension CasualtyFinder {
    /// Where the troops were not: "in", "with", "aboard", "traveling" (with), "involved", "present", "affected".
    private static let presenceWords: Set<String> = [
        "in", "with", "aboard", "traveling", "travelling", "involved", "present", "affected", "inside",
    ]
    /// The troops named: "coalition personnel", "U.S. troops", "American forces", "US service members".
    private static let troopHeads: Set<String> = [
        "personnel", "troops", "forces", "soldiers", "servicemembers", "members", "staff",
    ]

    /// The zeros of troops said to have been absent or untouched in `range`.
    static func absentTroops(in range: Range<Int>, tokens: [Token]) -> [CasualtyMention] {
        var found: [CasualtyMention] = []
        for k in range where tokens[k].isWord && troopHeads.contains(tokens[k].stem) {
            // The troops are the US's or the coalition's, named right before the head.
            let named = (max(range.lowerBound, k - 3)..<k).filter { Lexicon.isUS(tokens[$0]) || tokens[$0].isUSAbbreviation
                || tokens[$0].text == "coalition" }
            guard let first = named.first else { continue }
            // "no coalition personnel were in the convoy" or "coalition personnel were not affected".
            let opensWithNo = first - 1 >= range.lowerBound && tokens[first - 1].text == "no"
            var j = k + 1
            // "Coalition forces at the base were not affected": a short place phrase between the troops and the verb.
            if j < range.upperBound, ["at", "in", "on", "near", "inside", "stationed"].contains(tokens[j].text),
               let aux = (j + 1..<min(range.upperBound, j + 5)).first(where: { Lexicon.auxiliaries.contains(tokens[$0].text) }),
               !(j..<aux).contains(where: { tokens[$0].isPunct }) {
                j = aux
            }
            let verbFrom = j
            var negated = false
            while j < range.upperBound, j <= verbFrom + 4, Lexicon.auxiliaries.contains(tokens[j].text) || tokens[j].text == "not" {
                if tokens[j].text == "not" { negated = true }
                j += 1
            }
            guard j < range.upperBound, j > verbFrom, presenceWords.contains(tokens[j].text), opensWithNo != negated else { continue }
            let start = opensWithNo ? first - 1 : first
            found.append(CasualtyMention(party: .us, killed: false, both: true, figure: Figure(count: 0),
                                         span: TextSpan(start: tokens[start].start, end: tokens[j].end), anchor: start,
                                         endToken: j + 1, usesDefaultParty: false))
        }
        return found
    }
}
