/// "wounding four coalition personnel", "About a dozen other coalition personnel were wounded": a count of the
/// whole coalition that says nothing of how many were American is no US figure. A zero still is ("no coalition
/// personnel were hurt" leaves no American hurt), and so is a share told apart ("two of the four were Americans").
extension CasualtyFinder {
    /// The mentions with every non-zero count whose only US word is "coalition" given to the coalition.
    static func coalitionCountsApart(_ mentions: [CasualtyMention], range: Range<Int>, tokens: [Token]) -> [CasualtyMention] {
        mentions.map { m in
            if m.party == .us, !m.isShareOfUS, m.figure.count != 0, isCountedOfTheCoalition(m, range: range, tokens: tokens) {
                var apart = m
                apart.party = .other("coalition personnel")
                return apart
            }
            guard m.party == .us, !m.usesDefaultParty, !m.isShareOfUS, m.figure.count != 0 else { return m }
            let words = range.filter { tokens[$0].start >= m.span.start && tokens[$0].end <= m.span.end }
            var coalition = false
            for k in words {
                let t = tokens[k]
                guard Lexicon.isUS(t) || ["servicemember", "servicemembers"].contains(t.stem) else { continue }
                // "the U.S.-led coalition": a description of the coalition, not of the people counted.
                if k + 2 < tokens.count, tokens[k + 1].text == "-", ["led", "backed"].contains(tokens[k + 2].text) { continue }
                if t.text == "coalition" { coalition = true } else { return m }
            }
            guard coalition else { return m }
            var apart = m
            apart.party = .other("coalition personnel")
            return apart
        }
    }
}
