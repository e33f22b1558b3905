/// "Secondo il Pentagono, i feriti sono almeno 34", "los heridos son 34", "os feridos são 34": Romance reporting
/// gives a toll as "the injured are N" (read "the injured are at least 34").
/// Like a toll that rose to a figure, it counts the same people as the count told before it, now as many as this,
/// so it is read with no party of its own; as deaths when the noun is the dead.
extension CasualtyFinder {
    private static let casualtyNouns: [String: Bool] = [
        "injured": false, "wounded": false, "dead": true, "killed": true,
    ]
    private static let countVerbs: Set<String> = ["are", "were", "is"]

    /// The counts "the injured are N" gives in `range`.
    static func casualtiesAre(in range: Range<Int>, tokens: [Token]) -> [CasualtyMention] {
        var found: [CasualtyMention] = []
        for k in range where k + 2 < range.upperBound && tokens[k].text == "the" {
            guard let killed = casualtyNouns[tokens[k + 1].text], countVerbs.contains(tokens[k + 2].text),
                  // "are 34", "are at least 34": the phrase opens right after the verb, its number a few words in.
                  let p = (k + 3..<min(range.upperBound, k + 7)).lazy.compactMap({
                      NumberReader.phrase(numberAt: $0, in: tokens, lowerBound: k + 3, limit: range.upperBound)
                  }).first, p.start == k + 3, let count = p.figure.count, count > 0 else { continue }
            // "the injured are 34", "the injured are 34 soldiers", not "the injured were two days in hospital".
            if p.end < range.upperBound, tokens[p.end].isWord, !Lexicon.personNouns.contains(tokens[p.end].stem) { continue }
            // "i feriti sono otto contractor e un soldato americano": a breakdown by kind of people, not one count of them.
            if p.end + 1 < range.upperBound, Lexicon.personNouns.contains(tokens[p.end].stem), tokens[p.end + 1].text == "and" {
                continue
            }
            found.append(CasualtyMention(party: nil, killed: killed, figure: p.figure,
                                         span: TextSpan(start: tokens[k].start, end: tokens[p.end - 1].end),
                                         anchor: p.start, endToken: p.end))
        }
        return found
    }
}
