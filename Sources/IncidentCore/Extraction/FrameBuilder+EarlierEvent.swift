/// "The attack followed a drone strike on Ain al-Asad air base on Jan. 20. That earlier attack wounded four U.S.
/// service members": a clause that names the earlier event as its subject tells more of that event, not of the
/// story's own attack.
extension FrameBuilder {
    /// Words that point back at an earlier event ("that earlier attack"), shared with `mentionContinuations`.
    static let earlierWords: Set<String> = ["earlier", "previous", "prior"]
    /// Nouns naming an attack in "that earlier attack", "the previous barrage".
    static let eventNouns: Set<String> = ["attack", "attacks", "barrage", "strike", "assault", "bombardment"]

    /// True when the part opens by pointing back at an earlier attack ("That earlier attack", "The previous
    /// barrage") or at its time ("Damals", "At the time").
    func refersToEarlierEvent(_ part: Range<Int>) -> Bool {
        let tokens = text.tokens
        let words = part.prefix(6).filter { tokens[$0].isWord }.map { tokens[$0].text }
        guard let first = words.first else { return false }
        // Not "At the time of the attack, ...", which is the story's own.
        if first == "damals" || (words.starts(with: ["at", "the", "time"]) && words.dropFirst(3).first != "of") { return true }
        guard ["that", "the", "this"].contains(first) else { return false }
        return zip(words.dropFirst(), words.dropFirst(2)).prefix(2).contains { a, b in
            FrameBuilder.earlierWords.contains(a) && FrameBuilder.eventNouns.contains(b)
        }
    }
}
