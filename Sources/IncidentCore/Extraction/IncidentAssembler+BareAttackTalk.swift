/// "The United States will not stand for attacks on our forces": in a story led by a US strike whose dated attacks
/// were all told as what the strike answered, the attack clauses left that name no site, day, weapon or figure are
/// talk about attacks, no attack of the story's own. Round 16 (ar02).
extension IncidentAssembler {
    /// True when every attack clause left is bare (no site, place, day, weapon or US figure), the lead tells a US
    /// strike before any attack, and the story recalls at least one attack: those clauses make no incident.
    func leavesOnlyAttackTalk(attackFrames: [ArticleFrame], mentionFrames: [ArticleFrame],
                              strikeFrames: [ArticleFrame]) -> Bool {
        guard !attackFrames.isEmpty, !mentionFrames.isEmpty, let lead = leadSentence(),
              let leadStrike = strikeFrames.map(\.sentence).min(), leadStrike <= lead,
              !headlineTellsAttack() else { return false }
        return attackFrames.allSatisfy { f in
            !f.namesPlaceOrDay && f.weapons.isEmpty && !f.casualties.contains { $0.party == .us && $0.figure.count != nil }
        }
    }
}
