/// A zero told of a counted group of attacks: "Neither attack caused injuries", "both attacks", "the two attacks"
/// speak of two attacks, the two the story has just told; attacks told after the zero (claims of further attacks the
/// official "could not confirm") are not among them.
extension IncidentAssembler {
    /// The indexes (into `attacks`) of the attacks a zero told of the attacks together covers: every attack, unless
    /// the zero counts them ("neither", "both", "either", "the two attacks") and as many were told before it, when it
    /// covers the last attacks told before it.
    func attacksGathered(by zero: ArticleFrame, among attacks: [ExtractedIncident]) -> [Int] {
        let all = Array(attacks.indices)
        guard let count = countOfAttacksGathered(in: zero.tokens) else { return all }
        let tokens = text.tokens
        let zeroStart = tokens[zero.tokens.lowerBound].start
        let toldBefore = all.filter { i in
            guard let place = attacks[i].facts.first(where: { $0.field == "location" }) else { return false }
            return place.span.start < zeroStart
        }
        guard toldBefore.count >= count else { return all }
        return Array(toldBefore.sorted { placeStart(attacks[$0]) < placeStart(attacks[$1]) }.suffix(count))
    }

    private func placeStart(_ incident: ExtractedIncident) -> Int {
        incident.facts.first(where: { $0.field == "location" })?.span.start ?? 0
    }

    /// How many attacks the words before "attack(s)" count: two for "neither", "either", "both", a number written
    /// ("the two attacks", "all three attacks"); nil when they gather all ("none of the attacks", "the attacks").
    private func countOfAttacksGathered(in range: Range<Int>) -> Int? {
        let tokens = text.tokens
        for k in range where ["attack", "attacks", "barrages", "operations", "incidents"].contains(tokens[k].text) {
            for j in stride(from: k - 1, through: max(range.lowerBound, k - 3), by: -1) {
                let word = tokens[j].text
                if ["neither", "either", "both"].contains(word) { return 2 }
                if let (value, end) = NumberReader.number(at: j, in: tokens, limit: k + 1), end == k, value > 1 { return value }
            }
        }
        return nil
    }
}
