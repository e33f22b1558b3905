/// "the attack wounded seven people: five civilian contractors, none of them American, and two U.S. service
/// members": a total followed by a colon and its parts. Each part is counted for the people it names, and the
/// total is no one's figure.
extension CasualtyFinder {
    /// The mentions with every total that a colon breaks down replaced by its parts.
    static func brokenDown(_ mentions: [CasualtyMention], range: Range<Int>, tokens: [Token]) -> [CasualtyMention] {
        let used = Set(mentions.map(\.anchor))
        var out: [CasualtyMention] = []
        for m in mentions {
            // "wounded nine others: eight contractors ... and one US service member"
            let colon = m.endToken < range.upperBound && tokens[m.endToken].text == "others" ? m.endToken + 1 : m.endToken
            guard m.figure.count != nil, colon < range.upperBound, tokens[colon].text == ":" else {
                out.append(m)
                continue
            }
            var parts: [CasualtyMention] = []
            var k = colon + 1
            while k < range.upperBound, tokens[k].text != "." {
                guard !used.contains(k), let (n, after) = NumberReader.number(at: k, in: tokens, limit: range.upperBound),
                      var head = (after..<min(range.upperBound, after + 4)).first(where: { Lexicon.personNouns.contains(tokens[$0].stem) })
                else {
                    k += 1
                    continue
                }
                // "service members", "civilian contractors": the last noun is the head.
                if head + 1 < range.upperBound, Lexicon.personNouns.contains(tokens[head + 1].stem) { head += 1 }
                if let party = party(of: k..<(head + 1), head: head, tokens: tokens, defaultParty: nil) {
                    parts.append(CasualtyMention(party: party, killed: m.killed, figure: Figure(count: n),
                                                 span: TextSpan(start: tokens[k].start, end: tokens[head].end), anchor: k,
                                                 endToken: head + 1, hasPersonNoun: true, head: tokens[head].stem))
                }
                k = head + 1
            }
            if parts.isEmpty { out.append(m) } else { out += parts }
        }
        return out
    }
}
