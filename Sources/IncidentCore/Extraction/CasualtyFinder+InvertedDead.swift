/// The dead told after their verb, as Romance languages and German write them: "sono morti due soldati americani",
/// "murieron tres soldados", "morreram três militares", "starben zwei Soldaten" ("died two soldiers").
extension CasualtyFinder {
    /// "died two American soldiers and a British servicewoman": a count of people right after "died"/"dead" is the
    /// verb's subject. Only counts of people ("died two days later" counts no one).
    static func invertedDeadSubject(at k: Int, range: Range<Int>, tokens: [Token],
                                    defaultParty: CasualtyParty?) -> [CasualtyMention] {
        let w = tokens[k].stem
        guard w == "dead" || w == "died", startsCount(at: k + 1, range: range, tokens: tokens) else { return [] }
        let chain = forwardChain(from: k, killed: true, range: range, tokens: tokens, defaultParty: defaultParty)
        guard chain.first?.hasPersonNoun == true else { return [] }
        return chain.filter(\.hasPersonNoun)
    }
}
