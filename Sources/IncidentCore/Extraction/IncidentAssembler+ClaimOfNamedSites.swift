/// "The Islamic Resistance in Iraq said it had struck 'the occupation base in the al-Omar field' and 'the occupation
/// forces near al-Rukban camp'": a claim that names several sites claims the attack told at each of them, not only
/// the one its clause was filed with.
extension IncidentAssembler {
    /// The claims of the story's own day that name two or more sites of the gazetteer, with those sites' names.
    func claimsNamingSites(_ frames: [ArticleFrame]) -> [(frame: ArticleFrame, sites: Set<String>)] {
        guard let places else { return [] }
        return frames.compactMap { f in
            guard f.role != .strike, !f.isBackground, let claim = f.claim, !claim.isGeneral, !claim.isNegated,
                  let group = f.claimGroup, GroupMatcher.isActor(group.group) else { return nil }
            let sites = Set(places.matches(in: f.tokens, tokens: text.tokens).map(\.base.name))
            return sites.count >= 2 ? (f, sites) : nil
        }
    }

    /// The claimant of the claim naming `site` among several, with the claim's span.
    func claimNamingSite(_ site: Base?, on day: CalendarDay?) -> (name: String, span: TextSpan)? {
        guard let site,
              let found = siteClaims.first(where: { $0.sites.contains(site.name) && !claimNamesOtherDays($0.frame, than: day) }),
              let claim = found.frame.claim, let group = found.frame.claimGroup else { return nil }
        return (group.group.name, claim.span)
    }
}
