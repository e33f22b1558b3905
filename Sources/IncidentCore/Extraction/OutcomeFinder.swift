/// Reads what an attack did: "impacted the base", "were intercepted", "shot down", "caused no damage".
enum OutcomeFinder {
    struct Found: Sendable {
        var outcome: AttackOutcome
        var span: TextSpan
    }

    private static let interceptWords: Set<String> = ["intercepted", "intercept", "intercepting", "downed", "interception"]
    private static let impactWords: Set<String> = ["impacted", "damaged", "damaging", "destroyed", "landed", "exploded", "crashed"]
    private static let negations: Set<String> = ["no", "not", "without", "neither", "nor", "none"]

    /// Every outcome phrase in the range.
    static func find(in range: Range<Int>, tokens: [Token]) -> [Found] {
        var found: [Found] = []
        func word(_ k: Int) -> String { range.contains(k) ? tokens[k].text : "" }
        func negated(_ k: Int) -> Bool {
            stride(from: k - 1, through: max(range.lowerBound, k - 4), by: -1).contains { negations.contains(tokens[$0].text) }
        }
        // "most of the missiles were intercepted": the rest got through, so not an interception.
        func partial(_ k: Int) -> Bool {
            stride(from: k - 1, through: max(range.lowerBound, k - 8), by: -1).contains {
                ["most", "majority", "some", "several", "part"].contains(tokens[$0].text)
            }
        }
        for k in range {
            let w = tokens[k].text
            var outcome: AttackOutcome?
            var end = k + 1
            if ["hit", "struck"].contains(w), word(k + 1) == "inside" || (word(k + 1) == "the" && word(k + 2) == "base") {
                // "others hit the base", "struck inside the compound"
                outcome = negated(k) ? nil : .impacted
                end = k + 2
            } else if interceptWords.contains(w) {
                outcome = negated(k) || partial(k) ? nil : .intercepted
            } else if w == "shot" || w == "brought", word(k + 1) == "down" {
                outcome = negated(k) || partial(k) ? nil : .intercepted
                end = k + 2
            } else if w == "damage" || w == "damages" {
                outcome = negated(k) ? .noDamage : (["material", "minor", "some", "significant", "heavy", "caused"].contains(word(k - 1)) ? .impacted : nil)
            } else if impactWords.contains(w) {
                guard !negated(k) else { continue }
                if w == "destroyed", word(k + 1) == "by" || word(k + 1) == "in" {
                    // "engaged and destroyed by U.S. forces", "destroyed in flight": brought down.
                    outcome = partial(k) ? nil : .intercepted
                } else if w == "landed" || w == "exploded" || w == "crashed" {
                    // "landed inside the base", "exploded on the base", not "landed near" or "in an open area".
                    let next = word(k + 1)
                    outcome = ["inside", "on", "within"].contains(next) ? .impacted : nil
                } else {
                    outcome = .impacted
                }
            }
            if let outcome {
                found.append(Found(outcome: outcome, span: TextSpan(start: tokens[k].start, end: tokens[end - 1].end)))
            }
        }
        return found
    }
}
