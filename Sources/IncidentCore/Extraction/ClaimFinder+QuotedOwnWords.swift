/// "\"Our mujahideen targeted the occupation base at Ain al-Asad with two drones,\" the Islamic Resistance in Iraq said in
/// a statement": a group's own words, quoted before the verb that gives them to it, claim the attack when they tell in
/// the active voice that the speaker ("we", "our fighters", or the speaker named again: "the brave soldiers of the
/// IRGC Aerospace Force launched ...") did it. An official quoted so ("\"Militants fired rockets,\" an official said")
/// names no one of his own and claims nothing. Taught by ao03 (Fars, the IRGC's first statement) and two probes.
extension ClaimFinder {
    private static let ownWords: Set<String> = ["we", "our"]
    /// Verbs of the deed a group tells of its own fighters (also read by `ownFightersOfNamedGroup`).
    static let deedVerbs: Set<String> = [
        "launched", "targeted", "attacked", "struck", "fired", "hit", "shelled", "bombed", "pounded", "carried",
    ]
    private static let groupNouns: Set<String> = ["group", "militia", "faction", "movement", "organization"]
    private static let passiveMarkers: Set<String> = ["was", "were", "been", "be", "is", "are", "being"]

    /// The start of the quoted deed that the saying verb at `i` gives to its speaker, or nil.
    static func quotedOwnDeed(sayingAt i: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        // The closing quote, a few words before the verb: ',"' then the speaker ("the IRGC", "the group").
        guard let close = stride(from: i - 1, through: max(range.lowerBound, i - 10), by: -1)
                .first(where: { tokens[$0].text == "\"" }),
              close - 1 >= range.lowerBound, [",", "."].contains(tokens[close - 1].text),
              !(close + 1..<i).contains(where: { tokens[$0].isPunct && !["-", "'"].contains(tokens[$0].text) })
        else { return nil }
        let speaker = Set((close + 1..<i).filter { tokens[$0].isWord && tokens[$0].isCapitalized }.map { tokens[$0].text })
        let open = stride(from: close - 1, through: range.lowerBound, by: -1).first { tokens[$0].text == "\"" } ?? range.lowerBound
        // "the group said": a group speaking of a name it gives in its own words ("the Islamic Resistance in Iraq fired").
        let groupSpeaks = (close + 1..<i).contains { groupNouns.contains(tokens[$0].text) }
        var ownSubject = false
        for k in open..<close {
            let t = tokens[k]
            let named = t.isCapitalized && (speaker.contains(t.text) || (groupSpeaks && k > open + 1 && !t.isUSAbbreviation))
            if t.isWord, ownWords.contains(t.text) || named { ownSubject = true }
            if ownSubject, deedVerbs.contains(t.text), k - 1 >= open, !passiveMarkers.contains(tokens[k - 1].text) {
                return k
            }
        }
        return nil
    }
}
