/// "That attack killed Sgt. William Jerome Rivers, Spc. Kennedy Ladon Sanders and Spc. Breonna Alexsondria Moffett",
/// "U.S. Army Spc. Juan Miguel Mendez Covarrubias, 27, ... and British Army Lance Cpl. Brodie Gillon were killed": the
/// dead named one by one, each by a military rank, are counted by their names. A reporter who names the dead writes no
/// number; each rank opens one person, a service member, of the nation written before the rank or else of the clause's
/// default party.
extension CasualtyFinder {
    /// Ranks as English-language reports write them before a name ("Staff Sgt.", "Lance Cpl.", "Spc.", "Sergeant").
    private static let rankTitles: Set<String> = [
        "sgt", "spc", "pfc", "pvt", "cpl", "lcpl", "sfc", "ssg", "ssgt", "msgt", "tsgt", "sgm", "capt", "cpt", "lt",
        "maj", "col", "cmdr", "cdr", "cwo", "sergeant", "specialist", "corporal", "private", "captain", "lieutenant",
    ]
    /// Words of a list of names besides the names themselves: separators, ages, branches.
    private static let listWords: Set<String> = ["and", ",", ";", ".", "-", "of"]

    /// The counts of rank-named people killed or injured in `range`.
    static func rankedNames(in range: Range<Int>, tokens: [Token], defaultParty: CasualtyParty?) -> [CasualtyMention] {
        var found: [CasualtyMention] = []
        for k in range {
            let w = tokens[k].text
            let killed: Bool
            if ["killed", "killing", "died"].contains(w) { killed = true }
            else if ["wounded", "wounding", "injured", "injuring"].contains(w) { killed = false }
            else { continue }
            // "killed Sgt. ..., Spc. ... and Spc. ...": the names follow the active verb.
            if w != "died", k + 1 < range.upperBound, let m = names(from: k + 1, forward: true, killed: killed, verb: k,
                                                       range: range, tokens: tokens, defaultParty: defaultParty) {
                found.append(m)
                continue
            }
            // "killed sergeants William Rivers, Kennedy Sanders and Breonna Moffett" (`+PluralRank`).
            if w != "died", let m = namesAfterPluralRank(verb: k, killed: killed, range: range, tokens: tokens,
                                                         defaultParty: defaultParty) {
                found.append(m)
                continue
            }
            // "Sgt. ..., Spc. ... and Spc. ... were killed", "... of Owasso, Okla., died": they are the subject.
            var j = k - 1
            while j >= range.lowerBound, ["were", "was", "all", "had", "been", "-"].contains(tokens[j].text) { j -= 1 }
            guard j < k - 1 || w == "died", j >= range.lowerBound,
                  let m = names(from: j, forward: false, killed: killed, verb: k, range: range, tokens: tokens,
                                defaultParty: defaultParty) else { continue }
            found.append(m)
        }
        return found
    }

    /// True when the token at `i` opens a name with a rank: a capitalised rank followed by a capitalised word, its
    /// abbreviation's period aside, and not the second word of a rank ("Lt. Col."). A general's rank ("Maj. Gen.
    /// Qassem Soleimani", "Brig. Gen.") names a commander, whose killing is no toll of troops.
    private static func isRank(at i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard t.isWord, t.isCapitalized, rankTitles.contains(t.text) else { return false }
        var n = i + 1
        if n < range.upperBound, tokens[n].text == "." { n += 1 }
        guard n < range.upperBound, tokens[n].isWord, tokens[n].isCapitalized,
              !rankTitles.contains(tokens[n].text), !["gen", "general", "brig", "adm"].contains(tokens[n].text) else { return false }
        var p = i - 1
        if p >= range.lowerBound, tokens[p].text == "." { p -= 1 }
        return p < range.lowerBound || !rankTitles.contains(tokens[p].text)
    }

    /// The list of rank-named people that starts (or, going backward, ends) at `start`: names, ages, branches and
    /// separators, up to the first lower-case word. Nil unless it names at least one rank.
    private static func names(from start: Int, forward: Bool, killed: Bool, verb: Int, range: Range<Int>,
                              tokens: [Token], defaultParty: CasualtyParty?) -> CasualtyMention? {
        var i = start
        var lo = start, hi = start
        let inList = { (t: Token) in t.isCapitalized || t.kind == .number || listWords.contains(t.text) || Lexicon.isUS(t) }
        while range.contains(i), inList(tokens[i]) {
            lo = min(lo, i)
            hi = max(hi, i)
            i += forward ? 1 : -1
        }
        // The list ends at its last name or age, not at the separator before the next clause.
        while hi > lo, listWords.contains(tokens[hi].text) { hi -= 1 }
        while lo < hi, listWords.contains(tokens[lo].text) { lo += 1 }
        guard range.contains(lo), hi >= lo else { return nil }
        let ranks = (lo...hi).filter { isRank(at: $0, range: range, tokens: tokens) }
        // The list opens with its first rank (or the nation and branch before it) right after the verb.
        guard let first = ranks.first, !forward || first - start <= 4 else { return nil }
        var us = 0
        for (n, r) in ranks.enumerated() {
            // The person's own words: from the separator before the rank (or the list's start) to the rank.
            var from = r - 1
            while from >= lo, ![",", ";", "and"].contains(tokens[from].text) { from -= 1 }
            var lower = n > 0 ? max(from + 1, ranks[n - 1] + 1) : max(from + 1, lo)
            // "A British soldier, Lance Cpl. Brodie Gillon, was killed": the first name's apposition names the nation.
            if n == 0, lower == lo, lo - 1 > range.lowerBound, tokens[lo - 1].text == "," {
                lower = max(range.lowerBound, lo - 5)
            }
            if party(of: lower..<r, head: nil, tokens: tokens, defaultParty: defaultParty) == .us { us += 1 }
        }
        guard us > 0 else { return nil }
        return CasualtyMention(party: .us, killed: killed, figure: Figure(count: us),
                               span: TextSpan(start: tokens[min(lo, verb)].start, end: tokens[max(hi, verb)].end),
                               anchor: first, endToken: forward ? hi + 1 : verb + 1, usesDefaultParty: false,
                               hasPersonNoun: true, head: "soldiers")
    }
}
