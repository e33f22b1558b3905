extension FrameBuilder {
    /// Words for who speaks a claim that name a government's or an official's voice, not a group's: "a spokesman
    /// said they had hit", "the ministry said it had".
    private static let officialSpeakers: Set<String> = [
        "spokesman", "spokesperson", "spokeswoman", "official", "officials", "ministry", "minister", "government",
        "army", "police", "command", "governor", "source", "sources",
    ]

    /// Whether the claim's speaker, told just before its verb, can be a group met earlier ("it said", "the group
    /// said", "the faction announced"): not a government's spokesman or an official.
    func speaksForAGroup(before claimStart: Int, in range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let clauseStart = stride(from: claimStart - 1, through: range.lowerBound, by: -1)
            .first { [",", ";", ":", "\""].contains(tokens[$0].text) }.map { $0 + 1 } ?? range.lowerBound
        let subject = max(clauseStart, claimStart - 4)..<claimStart
        return !subject.contains { Self.officialSpeakers.contains(tokens[$0].text) }
    }
}
