/// Cuts off the part of a sentence about events that are not attacks on US forces (Israeli strikes in
/// Damascus, the war in Gaza, Hezbollah in Lebanon), so that their weapons and casualties are not read.
enum UnrelatedFilter {
    private static let markers: Set<String> = [
        "israel", "israeli", "israelis", "damascus", "gaza", "hamas", "lebanon", "lebanese", "houthi", "houthis",
        "yemen", "yemeni", "mossad", "zionist", "tehran",
    ]
    private static let boundaries: Set<String> = [
        ",", ";", ":", "(", "after", "when", "while", "as", "following", "since", "that", "which", "because", "amid",
    ]

    /// The part of `range` that can describe an attack on US forces: the part before the first unrelated event
    /// ("... after the October 7 Hamas attack on Israel and the war in Gaza"), or, when that part names no weapon
    /// and the clause after the unrelated one does ("Attacks on them surged after the Hamas attack on Israel,
    /// peaking with a drone strike on a remote outpost in Jordan in late January"), that clause.
    static func kept(_ range: Range<Int>, tokens: [Token]) -> Range<Int> {
        let end = cut(range, tokens: tokens)
        guard end < range.upperBound else { return range }
        let before = range.lowerBound..<end
        guard WeaponFinder.find(in: before, tokens: tokens).weapons.isEmpty,
              let comma = (end + 1..<range.upperBound).first(where: { [",", ";"].contains(tokens[$0].text) }),
              comma + 1 < range.upperBound else { return before }
        let rest = (comma + 1)..<range.upperBound
        let after = rest.lowerBound..<cut(rest, tokens: tokens)
        let namesUS = after.contains { Lexicon.isUS(tokens[$0]) }
        guard !after.isEmpty, namesUS, !WeaponFinder.find(in: after, tokens: tokens).weapons.isEmpty else { return before }
        return after
    }

    /// Nouns that open a description of a group set off by commas: ", the umbrella name adopted by ...,", ", a
    /// coalition of factions formed after ...,".
    private static let groupDescriptionNouns: Set<String> = [
        "umbrella", "coalition", "group", "alliance", "network", "name", "term", "faction", "collective", "grouping",
    ]

    /// The closing comma of a description of a group that holds token `m`: it opens right after a comma with
    /// one of `groupDescriptionNouns` among its first words, and closes with a comma before the sentence ends.
    private static func closingOfGroupDescription(around m: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        guard let open = stride(from: m - 1, through: range.lowerBound, by: -1).first(where: { tokens[$0].text == "," }),
              (open + 1..<min(m, open + 5)).contains(where: { groupDescriptionNouns.contains(tokens[$0].text) }),
              let close = (m + 1..<range.upperBound).first(where: { tokens[$0].text == "," }),
              close + 1 < range.upperBound, !(open + 1..<m).contains(where: { tokens[$0].text == ";" }) else { return nil }
        return close
    }

    /// Words that make a war a time: "the outbreak of the Gaza war", "the start of the war in Gaza".
    private static let warBeginnings: Set<String> = ["outbreak", "start", "beginning", "onset", "eruption"]

    /// "During the wave of attacks that followed the outbreak of the Gaza war in October 2023, the base was struck again
    /// and again": a war told by its beginning dates the clause, no other event; the sentence goes on after the comma
    /// that closes it. The comma closing the phrase that holds token `m`, or nil. Round 14 (ap12).
    private static func closingOfWarAsTime(around m: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        guard (max(range.lowerBound, m - 4)..<m).contains(where: { warBeginnings.contains(tokens[$0].text) }),
              let close = (m + 1..<min(range.upperBound, m + 12)).first(where: { tokens[$0].text == "," }),
              close + 1 < range.upperBound,
              !(m + 1..<close).contains(where: { markers.contains(tokens[$0].stem) || Lexicon.attackWords.contains(tokens[$0].text) })
        else { return nil }
        return close
    }

    /// The phrases of `range` that tell a war by its beginning ("the outbreak of the Gaza war in October 2023,"): from the
    /// beginning word to the comma that closes it. A date in one is when a run began, no event's day.
    static func warsAsTime(in range: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        range.compactMap { m -> Range<Int>? in
            guard markers.contains(tokens[m].stem), let close = closingOfWarAsTime(around: m, range: range, tokens: tokens),
                  let start = (max(range.lowerBound, m - 4)..<m).first(where: { warBeginnings.contains(tokens[$0].text) })
            else { return nil }
            return start..<close
        }
    }

    /// The end of the part of `range` that can describe an attack on US forces.
    static func cut(_ range: Range<Int>, tokens: [Token]) -> Int {
        var m = range.lowerBound
        while m < range.upperBound {
            let w = tokens[m].stem
            // "in support of our people in Gaza": the reason given for an attack, not another event.
            let isReason = stride(from: m - 1, through: max(range.lowerBound, m - 8), by: -1).contains {
                ["support", "solidarity", "revenge", "avenge", "retaliation", "response", "massacres", "crimes", "our",
                 // the target of a US strike: "targets linked to Iran's Revolutionary Guards"
                 "linked", "affiliated", "used", "belonging", "tied", "associated", "operated"]
                    .contains(tokens[$0].text)
            }
            // "the American-Zionist occupation base": the claimants' name for the US target, not Israel.
            let joinedToUS = { (n: Int) in n >= range.lowerBound && n < range.upperBound && Lexicon.isUS(tokens[n]) }
            let usZionist = w == "zionist"
                && ((m >= 2 && tokens[m - 1].text == "-" && joinedToUS(m - 2))
                    || (m + 2 < tokens.count && tokens[m + 1].text == "-" && joinedToUS(m + 2)))
            // "an umbrella term for armed groups backed by Tehran, claimed": Tehran describing the group.
            let describesGroup = w == "tehran" && stride(from: m - 1, through: max(range.lowerBound, m - 3), by: -1).contains {
                ["backed", "aligned", "allied", "loyal", "funded", "sponsored", "supported", "armed", "directed"].contains(tokens[$0].text)
            }
            if markers.contains(w) && !(w == "tehran" && tokens[m].text != w) && !isReason && !usZionist && !describesGroup {
                // "The Islamic Resistance in Iraq, the umbrella name adopted by militias since the start of the
                // Israel–Hamas war, claimed the attacks": the war dates the group's name; the sentence goes on after it.
                if let close = closingOfGroupDescription(around: m, range: range, tokens: tokens)
                    ?? closingOfWarAsTime(around: m, range: range, tokens: tokens) {
                    m = close + 1
                    continue
                }
                break
            }
            // "The Islamic Revolutionary Guard Corps (IRGC) claimed responsibility ..., saying it had fired missiles at Ain
            // al-Asad": Iran's own claim of an attack on US forces is the story, not another event.
            // So is any claim it makes of a target not itself another event ("Iran's Revolutionary Guard said it carried
            // out the strikes", "A statement attributed to the Islamic Revolutionary Guard Corps ... says the operation
            // ... was carried out in revenge"); not its strike on an "espionage headquarters of the Zionist Mossad".
            let claimsAttack = { (min(m + 2, range.upperBound)..<min(range.upperBound, m + 10)).contains {
                ["claimed", "claims", "responsibility"].contains(tokens[$0].text)
            } || (ClaimFinder.find(in: m..<range.upperBound, tokens: tokens).map { !$0.isGeneral && !$0.isNegated } ?? false
                && !(m + 2..<range.upperBound).contains { markers.contains(tokens[$0].stem) }) }
            // "the Revolutionary Guards have launched missiles at the Ayn al-Asad airbase": Iran's force firing is the
            // story too; only a Guards that is hit or named as a target is another event.
            // "The Islamic Revolutionary Guard Corps announced on Wednesday that it had fired dozens of missiles at
            // the Ain al-Asad air base": the firing told in its own clause, however far the speech verb sets it.
            let firesItself = { () -> Bool in
                for k in min(m + 2, range.upperBound)..<min(range.upperBound, m + 14) {
                    if [",", ";", "after", "when", "while", "as"].contains(tokens[k].text) || markers.contains(tokens[k].stem) { return false }
                    if ["launched", "fired", "targeted", "attacked", "struck", "shelled"].contains(tokens[k].text) {
                        // "had struck, with ballistic missiles, an 'espionage headquarters of the Zionist Mossad'": not at US forces.
                        return !(k + 1..<min(range.upperBound, k + 16)).contains { markers.contains(tokens[$0].stem) }
                    }
                }
                return false
            }
            if w == "revolutionary", m + 1 < range.upperBound, tokens[m + 1].stem.hasPrefix("guard"), !isReason, !claimsAttack(),
               !firesItself() { break }
            m += 1
        }
        guard m < range.upperBound else { return range.upperBound }
        var b = m - 1
        while b >= range.lowerBound {
            let t = tokens[b]
            if boundaries.contains(t.text) || (t.text == "-" && t.spaceBefore) { return b }
            b -= 1
        }
        return range.lowerBound
    }
}
