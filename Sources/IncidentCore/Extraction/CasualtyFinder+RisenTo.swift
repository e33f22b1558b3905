/// "By Sunday evening, a US official said the number had risen to 34", "the toll of wounded rose to 34": a figure that
/// a toll rises to counts the same people as the count told before it, now more of them. It is read as a count of no
/// party of its own, which continues the party of the figure before it ("Another 24 were injured" does the same), and
/// as deaths only when the words before it say so ("the death toll rose to four").
extension CasualtyFinder {
    private static let tollNouns: Set<String> = ["number", "toll", "count", "figure", "tally", "total"]
    /// Words that may follow the figure risen to and open a time, not a counted noun (round 16, ar15).
    private static let timeWordsAfterFigure: Set<String> = ["later", "on", "by", "overnight", "early", "late", "this", "last", "as"]
    private static let deathWords: Set<String> = ["death", "deaths", "dead", "killed", "fatalities"]
    private static let casualtyWords: Set<String> = [
        "injured", "wounded", "hurt", "injuries", "casualties", "dead", "deaths", "killed", "fatalities",
    ]

    /// The counts a toll is said to have risen to in `range`.
    static func risenTo(in range: Range<Int>, tokens: [Token]) -> [CasualtyMention] {
        var found: [CasualtyMention] = []
        for k in range where Lexicon.risingVerbs.contains(tokens[k].text) && k + 2 < range.upperBound && tokens[k + 1].text == "to" {
            // "to 34", "to more than 40": the phrase opens right after "to", its number a few words in.
            guard let p = (k + 2..<min(range.upperBound, k + 6)).lazy.compactMap({
                NumberReader.phrase(numberAt: $0, in: tokens, lowerBound: k + 2, limit: range.upperBound)
            }).first, p.start == k + 2, let count = p.figure.count, count > 0 else { continue }
            // "to 34 troops", "to 34", but not "to 34 attacks" or "to 2,500 troops deployed" (no toll before the verb).
            // "raised to 34 later Sunday", "rose to 34 on Monday": a time told after the figure counts nothing else.
            if p.end < range.upperBound, tokens[p.end].isWord, !Lexicon.personNouns.contains(tokens[p.end].stem),
               !["injured", "wounded", "hurt"].contains(tokens[p.end].text), !timeWordsAfterFigure.contains(tokens[p.end].text),
               Lexicon.weekdays[tokens[p.end].text] == nil { continue }
            let before = max(range.lowerBound, k - 6)..<k
            let near = before.last(where: { tollNouns.contains(tokens[$0].text) })
            guard let noun = near ?? subjectToll(before: k, range: range, tokens: tokens),
                  !(noun + 1..<k).contains(where: { tokens[$0].isPunct && [",", ";", ":"].contains(tokens[$0].text) }),
                  near == nil || !before.contains(where: { tokens[$0].isPunct && $0 > noun }) else { continue }
            // "the number of wounded", "the number of troops hurt", not "the number of attacks".
            if noun + 1 < k, tokens[noun + 1].text == "of", !(noun + 2..<k).contains(where: {
                casualtyWords.contains(tokens[$0].text) || Lexicon.personNouns.contains(tokens[$0].stem)
            }) { continue }
            let killed = (max(range.lowerBound, noun - 1)..<k).contains { deathWords.contains(tokens[$0].text) }
            // "the number of American troops diagnosed ...": a toll whose subject names US people is the US's.
            let ofUS = noun + 1 < k && tokens[noun + 1].text == "of" && (noun + 2..<min(k, noun + 5)).contains {
                Lexicon.isUS(tokens[$0]) || ["american", "americans"].contains(tokens[$0].text)
            }
            found.append(CasualtyMention(party: ofUS ? .us : nil, killed: killed, figure: p.figure,
                                         span: TextSpan(start: tokens[noun].start, end: tokens[p.end - 1].end),
                                         anchor: p.start, endToken: p.end, isRisenTo: true))
        }
        return found
    }

    /// "The number of U.S. service members diagnosed with traumatic brain injuries after Iran's ballistic missile attack
    /// on a base in Iraq earlier this month has risen to 50": a subject that counts people ("the number of troops",
    /// "the toll of wounded") may carry a long tail before its verb. The toll noun opening the clause's subject, when
    /// the first word its "of" governs (past "US", "American", "coalition") names people or casualties.
    /// Taught by ao04 (Politico) and a Defense One probe ("has risen to 109").
    private static func subjectToll(before k: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        let reach = max(range.lowerBound, k - 32)..<k
        guard let noun = reach.first(where: { n in
            tollNouns.contains(tokens[n].text) && n > range.lowerBound && tokens[n - 1].text == "the"
                && n + 2 < k && tokens[n + 1].text == "of"
        }) else { return nil }
        var j = noun + 2
        while j < k, Lexicon.isUS(tokens[j]) || ["american", "coalition", "u", "s", "."].contains(tokens[j].text) { j += 1 }
        guard j < k, casualtyWords.contains(tokens[j].text) || Lexicon.personNouns.contains(tokens[j].stem)
                || tokens[j].text == "service" else { return nil }
        return noun
    }
}
