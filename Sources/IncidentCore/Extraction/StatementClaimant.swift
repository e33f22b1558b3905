/// The group speaking in a claim statement ("Statement of the Islamic Resistance in Iraq ... our
/// mujahideen struck ..."): every operation it lists is claimed by it.
enum StatementClaimant {
    /// Words only the attackers use of themselves.
    private static let selfWords: Set<String> = ["mujahideen", "mujahidin", "our", "we"]

    static func find(title: String, text: ScannedText, sentences: [Range<Int>], groups: GroupMatcher) -> GroupMatch? {
        let tokens = text.tokens
        let head = sentences.prefix(3).flatMap { $0 }
        let titleWords = TextScanner.tokens(of: title).map(\.text)
        let isStatement = titleWords.contains("statement") || titleWords.contains("communique")
            || head.contains { ["statement", "communique", "bayan"].contains(tokens[$0].text) }
        guard isStatement else { return nil }
        let speaksForItself = tokens.contains { selfWords.contains($0.text) }
        guard speaksForItself else { return nil }
        for sentence in sentences.prefix(3) {
            if let g = groups.matches(in: sentence, tokens: tokens).first(where: { GroupMatcher.isActor($0.group) }) {
                return g
            }
        }
        return nil
    }
}
