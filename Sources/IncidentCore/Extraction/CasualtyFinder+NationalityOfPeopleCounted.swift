/// "Five other contractors, four of them Americans, and one U.S. Army soldier were wounded", "Five of the wounded
/// contractors are Americans", "One civilian contractor, who was not an American, was killed": a nationality told of
/// people already named says where they come from, not that they are service members. A share of contractors that
/// were American is US contractors; "not an American" names nobody.
extension CasualtyFinder {
    private static let contractorWords: Set<String> = ["contractor", "contractors"]
    private static let backReferences: Set<String> = ["them", "whom", "those", "these"]

    /// True when the share counted at `start` ("four of them", "five of whom", "five of the wounded contractors")
    /// is a share of contractors: the words of the share name them, or the share points back ("of them") to the
    /// contractors counted just before it in the clause.
    static func isShareOfContractors(countAt start: Int, shareWords: [String], floor: Int, tokens: [Token]) -> Bool {
        if shareWords.contains(where: { contractorWords.contains($0) }) { return true }
        guard shareWords.contains(where: { backReferences.contains($0) }) else { return false }
        var k = start - 1
        while k >= floor, k >= start - 10 {
            let t = tokens[k]
            if t.isPunct, [".", ";", ":"].contains(t.text) { return false }
            if contractorWords.contains(t.stem) { return true }
            if Lexicon.personNouns.contains(t.stem), !contractorWords.contains(t.stem) { return false }
            k -= 1
        }
        return false
    }

    /// The words of a share after its count: "of them" → ["of", "them"], up to the nationality noun at `head`.
    static func shareWords(from start: Int, to head: Int, tokens: [Token]) -> [String] {
        guard start < head else { return [] }
        return (start..<head).map { tokens[$0].stem }
    }

    /// True when the count at `start` follows "not" ("who was not an American"): a nationality denied, no count.
    static func isDenied(countAt start: Int, floor: Int, tokens: [Token]) -> Bool {
        start - 1 >= floor && ["not", "non", "never"].contains(tokens[start - 1].text)
    }
}
