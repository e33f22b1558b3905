/// "Several senators opened with tributes to the three soldiers killed Jan. 28 when a drone struck ... Tower 22. ...
/// Kurilla said that the drone that hit Tower 22 had arrived at the same time as a U.S. drone": a clause that tells
/// again, with no day of its own, an attack the story has already recalled at that site is that earlier attack, not
/// an attack of the publication day. Round 14 (ap10).
extension IncidentAssembler {
    /// Nouns a clause names an attack by when it points at one the reader knows ("the drone that hit Tower 22").
    private static let echoNouns: Set<String> = FrameBuilder.eventNouns.union([
        "drone", "drones", "rocket", "rockets", "missile", "missiles", "bomb", "explosion",
    ])

    /// Attack clauses that echo an earlier-told mention, each with the index of that mention: the clause has no day of
    /// its own, is told after the lead and after the mention, names only sites the mention names, calls the event by a
    /// definite noun ("the drone", "the attack"), and no other attack clause of the story tells news at those sites; none
    /// when the lead tells an attack's weapon or toll.
    func echoesOfMentions(attackFrames: [ArticleFrame], mentionFrames: [ArticleFrame]) -> [(frame: ArticleFrame, mention: Int)] {
        let tokens = text.tokens
        let lead = leadSentence() ?? 0
        func sites(_ f: ArticleFrame) -> Set<String> { Set(f.places.map(\.base.name)) }
        func ownDay(_ f: ArticleFrame) -> Bool { f.dates.contains { !$0.isTelling && $0.day != nil } }
        func definite(_ f: ArticleFrame) -> Bool {
            f.tokens.dropLast().contains { tokens[$0].text == "the" && IncidentAssembler.echoNouns.contains(tokens[$0 + 1].text) }
        }
        // "The number of U.S. service members diagnosed with traumatic brain injuries after Iran's ballistic missile attack
        // on a base in Iraq ... has risen to 50": a lead telling an attack's weapon or toll makes it the story's news.
        if (attackFrames + mentionFrames).contains(where: { $0.sentence <= lead && (!$0.weapons.isEmpty || $0.casualties.contains { $0.party == .us }) }) {
            return []
        }
        return attackFrames.compactMap { f in
            guard f.sentence > lead, !ownDay(f), !sites(f).isEmpty, definite(f),
                  let m = mentionFrames.lastIndex(where: { $0.sentence < f.sentence && ownDay($0) && sites(f).isSubset(of: sites($0)) }),
                  !attackFrames.contains(where: { o in
                      o.tokens != f.tokens && !sites(o).isDisjoint(with: sites(f)) && (ownDay(o) || o.sentence <= lead)
                  })
            else { return nil }
            return (f, m)
        }
    }
}
