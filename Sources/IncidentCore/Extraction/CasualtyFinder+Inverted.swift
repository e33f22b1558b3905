/// Casualty statements with the subject after the participle, as German and translated copy writes
/// them: "Getötet wurde niemand" ("killed was nobody"), "Verletzt wurde bei dem Angriff keiner".
extension CasualtyFinder {
    private static let nobodyWords: Set<String> = ["nobody", "none", "noone", "niemand", "keiner"]

    /// "killed was (at the attack) nobody": the participle opens its clause and "nobody" follows within ten
    /// words before any punctuation. Nobody of the clause's default party. Ten, not seven: German wire copy puts its
    /// source in between ("Verletzt wurde dabei nach Angaben der kurdischen Regionalregierung niemand").
    static func invertedNobody(at k: Int, killed: Bool, range: Range<Int>, tokens: [Token],
                               defaultParty: CasualtyParty?) -> CasualtyMention? {
        guard let party = defaultParty else { return nil }
        let opensClause = k == range.lowerBound || tokens[k].newlineBefore || tokens[k - 1].isPunct
        guard opensClause else { return nil }
        var j = k + 1
        while j < min(range.upperBound, k + 11), !tokens[j].isPunct {
            if nobodyWords.contains(tokens[j].text) {
                return CasualtyMention(party: party, killed: killed, figure: Figure(count: 0),
                                       span: TextSpan(start: tokens[k].start, end: tokens[j].end), anchor: j,
                                       endToken: j + 1, usesDefaultParty: true)
            }
            j += 1
        }
        return nil
    }
}
