/// "No U.S. or partner forces were injured", "no U.S. or Iraqi casualties", "no Coalition or Iraqi casualties": a
/// zero told of the US (or the whole coalition) and another party together is a zero of each of them, so it is the
/// US's zero too. A count is never shared out this way ("two U.S. and Iraqi soldiers were wounded" does not say how
/// many were American), so only a zero is read so.
extension CasualtyFinder {
    /// Words that join two parties in one noun phrase.
    private static let partyJoiners: Set<String> = ["or", "and", "nor"]

    /// True when `phrase` names a US word (or "coalition") joined by "or", "and" or "nor" to another party: "U.S. or
    /// partner", "Iraqi or U.S.", "coalition or Iraqi".
    static func joinsUSWithAnotherParty(_ phrase: Range<Int>, tokens: [Token]) -> Bool {
        for k in phrase where partyJoiners.contains(tokens[k].text) && k > phrase.lowerBound && k + 1 < phrase.upperBound {
            let before = tokens[k - 1]
            let after = tokens[k + 1]
            if isUSSide(before) || isUSSide(after) { return true }
        }
        return false
    }

    /// True when the word at `m` is "or"/"and"/"nor" between a US word (or "coalition") and another party's word,
    /// inside the modifiers of a person noun: "No U.S. or partner forces".
    static func joinsPartyAfterUS(at m: Int, floor: Int, head: Int, tokens: [Token]) -> Bool {
        guard m - 1 >= floor, m + 1 < head, partyJoiners.contains(tokens[m].text) else { return false }
        return isUSSide(tokens[m - 1]) && isOtherParty(tokens[m + 1])
    }

    private static func isUSSide(_ t: Token) -> Bool { Lexicon.isUS(t) || t.text == "coalition" }

    private static func isOtherParty(_ t: Token) -> Bool {
        ["partner", "partners", "allied", "local", "iraqi", "sdf", "kurdish", "peshmerga", "syrian", "jordanian"]
            .contains(t.stem) || Lexicon.otherNationalities.contains(t.stem)
    }
}
