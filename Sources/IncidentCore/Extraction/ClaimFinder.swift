/// An explicit claim of responsibility found in a clause.
struct ClaimMention: Sendable {
    var tokens: Range<Int>
    var span: TextSpan
    /// The claimant follows ("was claimed by X") rather than precedes ("X claimed responsibility").
    var passive: Bool
    /// About many past attacks ("claimed responsibility for most of the attacks"): not a claim for this one.
    var isGeneral: Bool
    /// "No group has claimed responsibility".
    var isNegated: Bool
}

/// Finds explicit claims: "claimed responsibility", "claimed the attack", "responsibility was claimed by",
/// "took responsibility", "claimed to have targeted", "said in a statement it carried out".
enum ClaimFinder {
    private static let claimVerbs: Set<String> = ["claimed", "claims", "claim", "claiming"]
    private static let generalWords: Set<String> = [
        "most", "many", "majority", "dozens", "all", "series", "numerous", "scores", "several", "mostly", "largely",
        "frequently", "often", "repeatedly", "previous", "past", "hundreds",
    ]
    private static let negations: Set<String> = ["no", "not", "nobody", "never", "none", "yet", "without", "n't", "didn't"]
    private static let eventNouns: Set<String> = ["attack", "attacks", "strike", "operation", "bombing", "assault"]

    /// A word that makes a claim one of many past attacks: "most", "all", "a series of" — but not "all
    /// three attacks" (a count) or "in a series of statements" (many statements, one claim each).
    private static func isGeneralWord(at k: Int, tokens: [Token]) -> Bool {
        guard generalWords.contains(tokens[k].text) else { return false }
        let next = k + 1 < tokens.count ? tokens[k + 1].text : ""
        if tokens[k].text == "all", NumberReader.number(at: k + 1, in: tokens, limit: tokens.count) != nil { return false }
        if tokens[k].text == "series", next == "of", k + 2 < tokens.count,
           ["statements", "messages", "posts", "videos", "claims"].contains(tokens[k + 2].text) {
            return false
        }
        return true
    }

    static func find(in range: Range<Int>, tokens: [Token]) -> ClaimMention? {
        var best: ClaimMention?
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        var i = range.lowerBound
        while i < range.upperBound {
            let w = tokens[i].text
            var found: (Range<Int>, Bool)?
            if claimVerbs.contains(w) {
                if w == "claim" || w == "claimed", word(i + 1) == ":", tokens[i].isCapitalized, i + 2 < range.upperBound,
                   tokens[i + 2].isCapitalized {
                    // A tracker's "Claim: Islamic Resistance in Iraq." — the claimant follows.
                    found = (i..<(i + 2), true)
                } else if ["responsibility", "credit"].contains(word(i + 1)) {
                    found = (i..<(i + 2), false)
                } else if ["responsibility", "credit"].contains(word(i + 2)) {
                    found = (i..<(i + 3), false)
                } else if word(i + 1) == "by" {
                    found = (i..<(i + 2), true)
                } else if let to = [i + 1, i + 2, i + 3].first(where: { word($0) == "to" && word($0 + 1) == "have" }),
                          (i + 1..<to).allSatisfy({ word($0) == "on" || Lexicon.weekdays[word($0)] != nil }) {
                    // "claimed on Friday to have targeted", "claims to have launched"
                    found = (i..<(to + 2), false)
                } else if let n = (1...5).first(where: { eventNouns.contains(word(i + $0)) }),
                          (1..<n).allSatisfy({ ["the", "a", "an", "this", "that", "its", "latest", "drone", "rocket", "both",
                                               "missile", "yesterday's", "monday's", "tuesday's", "wednesday's",
                                               "thursday's", "friday's", "saturday's", "sunday's"].contains(word(i + $0))
                                               // "claimed two attacks", "claimed 3 drone attacks"
                                               || NumberReader.number(at: i + $0, in: tokens, limit: range.upperBound) != nil
                                               // "reivindicó este viernes dos ataques": the day of the claim first
                                               || Lexicon.weekdays[word(i + $0)] != nil || ["on", "this", "este"].contains(word(i + $0)) }) {
                    found = (i..<(i + n + 1), false)
                }
            } else if w == "responsibility", ["took", "take", "takes", "taking", "assumed", "announced", "bears"]
                        .contains(word(i - 1)) {
                found = ((i - 1)..<(i + 1), false)
            } else if w == "responsibility", ["its", "their", "full"].contains(word(i - 1)),
                      ["took", "take", "takes", "assumed", "announced", "announces", "bears", "declared", "claimed"]
                        .contains(word(i - 2)) {
                // "announced its responsibility for the attack", "declared their responsibility"
                found = ((i - 2)..<(i + 1), false)
            } else if ["said", "says", "announced", "stated"].contains(w) {
                var j = i + 1
                // "in a statement", "in a short Telegram statement", "in a video posted online"
                if word(j) == "in", word(j + 1) == "a" || word(j + 1) == "its" {
                    j += 3
                    // "in a series of statements on its Telegram channel that it was behind": over the channel.
                    let fighters: Set<String> = ["fighters", "forces", "units", "members", "mujahideen", "drones"]
                    while j < i + 14, word(j) != "", !["that", "it", "they"].contains(word(j)),
                          !(word(j) == "its" && fighters.contains(word(j + 1))),
                          !(["on", "late", "early"].contains(word(j)) && Lexicon.weekdays[word(j + 1)] != nil) { j += 1 }
                }
                // "on Saturday", "late Friday" before "that"
                if word(j) == "on" || word(j) == "late" || word(j) == "early", Lexicon.weekdays[word(j + 1)] != nil { j += 2 }
                if word(j) == "that" { j += 1 }
                if ["it", "they", "its"].contains(word(j)) {
                    j += 1
                    if word(j) == "fighters" { j += 1 }
                    if ["had", "has", "have"].contains(word(j)) { j += 1 }
                    if word(j) == "carried", word(j + 1) == "out" {
                        found = (i..<(j + 2), false)
                    } else if ["launched", "conducted", "targeted", "attacked", "struck"].contains(word(j)) {
                        found = (i..<(j + 1), false)
                    } else if word(j) == "was", word(j + 1) == "behind" {
                        found = (i..<(j + 2), false)
                    }
                }
            }
            if let (r, passive) = found {
                let before = stride(from: r.lowerBound - 1, through: max(range.lowerBound, r.lowerBound - 6), by: -1)
                let after = stride(from: r.upperBound, to: min(range.upperBound, r.upperBound + 5), by: 1)
                // "The Hezbollah Brigades, one of the most powerful factions, claimed": "most" describes
                // the group, not the attacks — look back only within the clause.
                let clauseStart = before.first { tokens[$0].isPunct && tokens[$0].text != "-" && tokens[$0].text != "'" }
                let general = before.contains { k in
                    isGeneralWord(at: k, tokens: tokens) && clauseStart.map { k > $0 } ?? true
                } || after.contains { isGeneralWord(at: $0, tokens: tokens) }
                let negated = stride(from: r.lowerBound - 1, through: max(range.lowerBound, r.lowerBound - 4), by: -1)
                    .contains { negations.contains(tokens[$0].text) }
                let mention = ClaimMention(tokens: r, span: TextSpan(start: tokens[r.lowerBound].start,
                                                                     end: tokens[r.upperBound - 1].end),
                                           passive: passive, isGeneral: general, isNegated: negated)
                // "KH has not claimed the attack, but the IRI said it was behind it": the claim made wins.
                if best == nil || (best!.isGeneral && !general) || (best!.isNegated && !negated && !general) { best = mention }
                i = r.upperBound
                continue
            }
            i += 1
        }
        return best
    }
}
