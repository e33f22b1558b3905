/// Tells whether US officials confirmed an attack ("a U.S. defense official said", "the Pentagon
/// confirmed", a CENTCOM statement) rather than only its attackers claiming it.
enum ConfirmationFinder {
    private static let officialNouns: Set<String> = [
        "official", "officials", "spokesman", "spokesperson", "spokeswoman", "secretary", "statement", "command",
        "military", "department", "officer", "officers",
    ]
    private static let speechVerbs: Set<String> = Lexicon.sayingVerbs.union(["confirms", "according"])
    private static let negations: Set<String> = ["not", "no", "declined", "n't", "didn't", "refused", "without"]

    /// The phrase showing US confirmation in the range, or nil.
    static func find(in range: Range<Int>, tokens: [Token]) -> TextSpan? {
        func word(_ k: Int) -> String { range.contains(k) ? tokens[k].text : "" }
        for k in range {
            let t = tokens[k]
            let isUSSide = t.isUSAbbreviation || ["pentagon", "centcom", "american", "defense", "washington"].contains(t.stem)
                || (t.text == "central" && word(k + 1) == "command")
            guard isUSSide else { continue }
            // The US voice speaks within a few words, not negated ("did not comment").
            let window = (k + 1)..<min(range.upperBound, k + 9)
            let speaks = window.contains { speechVerbs.contains(tokens[$0].text) }
                || stride(from: k - 1, through: max(range.lowerBound, k - 8), by: -1).contains { speechVerbs.contains(tokens[$0].text) }
            let official = ["pentagon", "centcom"].contains(t.stem) || (t.text == "central")
                || window.prefix(4).contains { officialNouns.contains(tokens[$0].stem) }
            // Denied when a negation comes before the US voice speaks ("did not comment", "declined to confirm"),
            // not when what it says is negative ("said there were no injuries").
            let firstSpeech = window.first { speechVerbs.contains(tokens[$0].text) } ?? window.upperBound
            let denied = stride(from: max(range.lowerBound, k - 3), to: firstSpeech, by: 1)
                .contains { negations.contains(tokens[$0].text) }
                || window.contains { tokens[$0].text == "comment" || tokens[$0].text == "declined" }
            if speaks, official, !denied {
                return TextSpan(start: t.start, end: tokens[min(range.upperBound, k + 3) - 1].end)
            }
        }
        return nil
    }
}
