/// "Militias in Iraq largely stopped attacking U.S. forces in February after a drone strike in January killed three
/// U.S. soldiers at a base in Jordan": attacks that stopped, paused or were halted are no attack, and their month is
/// no event's; the event told after "after" is what made them stop.
extension FrameBuilder {
    static let cessationVerbs: Set<String> = [
        "stopped", "halted", "paused", "suspended", "ceased", "stop", "halt", "pause", "suspend", "cease",
    ]

    /// The part without a head that tells attacks stopping, when a dated event follows its "after": that event.
    func withoutCessation(_ part: Range<Int>) -> Range<Int> {
        let tokens = text.tokens
        guard let stop = part.first(where: { k in
            FrameBuilder.cessationVerbs.contains(tokens[k].text)
                && (k + 1..<min(part.upperBound, k + 4)).contains { ["attacks", "attacking", "operations"].contains(tokens[$0].text) }
        }) else { return part }
        // What made them stop is an earlier event only when it has a day or month of its own to be told at; told
        // without one, the part stays whole, its "since February" marking it as the past.
        guard let after = (stop..<part.upperBound).first(where: { tokens[$0].text == "after" }), after + 1 < part.upperBound,
              !DateFinder.find(in: (after + 1)..<part.upperBound, tokens: tokens, published: published).isEmpty
        else { return part }
        return (after + 1)..<part.upperBound
    }
}
