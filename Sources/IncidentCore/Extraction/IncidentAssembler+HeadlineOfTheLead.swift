/// "US contractor killed, five service members wounded in drone attack in Syria" over "A US contractor was killed and
/// five US service members ... were wounded when a drone ... struck a maintenance facility on a coalition base near
/// Hasakah ... on Thursday": a headline that names no site tells the lead's attack. Left to the first base the story
/// names, it gave its toll to a later attack at Green Village on Friday. Round 16 (ar13).
extension IncidentAssembler {
    /// Where the headline's siteless attack clause belongs when it was put with another attack than the lead's: the
    /// draft holding the lead (the first attack clause after the headline, naming a site of its own) and the drafts
    /// holding the headline clause instead. Nil when the headline names a site, counts several sites, or already sits
    /// with the lead.
    func headlineOfTheLead(drafts: [[ArticleFrame]], attackFrames: [ArticleFrame])
        -> (headline: ArticleFrame, lead: Int, others: [Int])? {
        guard let headline = attackFrames.first, headline.sentence == 0, isHeadlineSentence(0),
              headline.places.isEmpty, headline.writtenPlace == nil, headline.writtenTown == nil,
              !aboutSeveralSites(attackFrames).contains(where: { $0.tokens == headline.tokens }),
              // The lead names its own site, known or written (a lead placing nothing was itself put with some site).
              let leadFrame = attackFrames.first(where: { $0.sentence > 0 }),
              !leadFrame.places.isEmpty || leadFrame.writtenPlace != nil || leadFrame.writtenTown != nil,
              let lead = drafts.firstIndex(where: { d in d.contains { $0.tokens == leadFrame.tokens } }) else { return nil }
        let holding = drafts.indices.filter { i in drafts[i].contains { $0.tokens == headline.tokens } }
        guard !holding.isEmpty, !holding.contains(lead) else { return nil }
        return (headline, lead, holding)
    }
}
