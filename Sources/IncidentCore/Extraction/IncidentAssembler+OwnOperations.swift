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
