/// "These operations come after the heroic operation in which our fighters struck the Taji base last week": in a
/// group's own statement, an earlier operation it tells in its own voice is one it claims, though the claim verb
/// of the statement names only today's operations.
extension IncidentAssembler {
    /// The statement's group and its span, when the recalled `frame` is told in the group's own voice ("our
    /// fighters", "we struck", "the mujahideen").
    func ownOperationClaim(_ frame: ArticleFrame) -> (String, TextSpan)? {
        guard let group = statementClaimant, GroupMatcher.isActor(group.group) else { return nil }
        let tokens = text.tokens
        let voice: Set<String> = ["our", "we", "mujahideen", "mujahidin"]
        guard frame.tokens.contains(where: { voice.contains(tokens[$0].text) }) else { return nil }
        return (group.group.name, group.span)
    }
}

/// "Last week ... ballistic missiles struck a residential area of Erbil on Jan. 15 ... The IRGC said it had targeted
/// 'spy headquarters'": a claim told right after an event of another day, naming a target of its own and not "the
/// attack", claims that event, not the story's attack.
extension IncidentAssembler {
    func claimsEventOfSentenceBefore(_ frame: ArticleFrame, than day: CalendarDay?) -> Bool {
        guard let claim = frame.claim, let day, frame.dates.isEmpty, frame.places.isEmpty, frame.writtenPlace == nil,
              frame.sentence > 0 else { return false }
        let tokens = text.tokens
        // "claimed the attack", "claimed responsibility": the attack the reader knows, the story's.
        let pointsAtAttack = (claim.tokens.lowerBound..<frame.tokens.upperBound).contains {
            FrameBuilder.eventNouns.contains(tokens[$0].text) || tokens[$0].text == "responsibility"
        }
        guard !pointsAtAttack else { return false }
        let before = DateFinder.find(in: sentences[frame.sentence - 1], tokens: tokens, published: published)
        return !before.isEmpty && before.allSatisfy { $0.day != nil && $0.day != day }
    }
}
