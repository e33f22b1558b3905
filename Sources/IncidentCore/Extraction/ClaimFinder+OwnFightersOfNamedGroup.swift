/// '"With God's help, the heroes of Qabdat al-Mahdi targeted a logistics convoy of the American occupation army"': a
/// statement quoted whole, in which the group names itself in the third person as the one whose fighters did the deed,
/// claims the deed. Outside quotes ("fighters of Kataib Hezbollah attacked the base", in a reporter's words) it is an
/// attribution, not a claim. Taught by aj21 (a monitoring digest of two translated statements).
extension ClaimFinder {
    /// Words a statement uses for its own fighters before "of" and its name.
    private static let ownFighterNouns: Set<String> = [
        "heroes", "men", "mujahideen", "fighters", "lions", "soldiers", "knights", "youth", "sons",
    ]

    /// The phrase "the heroes of" at `k`, when a capitalised name follows it and a deed verb comes within a few words
    /// after, inside an open quotation: the claimant is the name after it (a passive-style claim). Nil otherwise.
    static func ownFightersOfNamedGroup(at k: Int, range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        guard ownFighterNouns.contains(tokens[k].text), k + 2 < range.upperBound, tokens[k + 1].text == "of",
              tokens[k + 2].isCapitalized,
              (k + 3..<min(range.upperBound, k + 10)).contains(where: { deedVerbs.contains(tokens[$0].text) }),
              insideQuotation(k, tokens: tokens) else { return nil }
        return k..<(k + 2)
    }

    /// True when an odd number of quotation marks stands between the start of the paragraph and token `k`.
    private static func insideQuotation(_ k: Int, tokens: [Token]) -> Bool {
        var marks = 0
        var p = k - 1
        while p >= 0 {
            if tokens[p].text == "\"" { marks += 1 }
            if tokens[p].newlineBefore { break }
            p -= 1
        }
        return marks % 2 == 1
    }
}
