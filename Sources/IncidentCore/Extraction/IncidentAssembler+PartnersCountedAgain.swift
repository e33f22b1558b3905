/// "Two Iraqi soldiers injured as rockets hit air base at Baghdad airport ... the rockets fell on the Iraqi Air Force
/// base, wounding two of our heroic security personnel": partner forces counted once by who they are, then again
/// without a nationality, are the same people. The second count is not a US toll.
extension IncidentAssembler {
    /// `casualties` without the US figures whose party was only assumed (not written) and whose count and kind of harm
    /// repeat a figure of partner forces told in the attack's clauses (`partners`).
    func withoutPartnersCountedAgain(_ casualties: [CasualtyMention], partners: [CasualtyMention]) -> [CasualtyMention] {
        let partnerFigures = partners.compactMap { c -> (killed: Bool, count: Int)? in
            guard case .other(let who)? = c.party, Lexicon.isPartnerForce(who), let count = c.figure.count, count > 0 else { return nil }
            return (c.killed, count)
        }
        guard !partnerFigures.isEmpty else { return casualties }
        return casualties.filter { c in
            !(c.party == .us && c.usesDefaultParty && partnerFigures.contains { $0.killed == c.killed && $0.count == c.figure.count })
        }
    }
}
