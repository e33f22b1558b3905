/// A bomb going off told without an attack word: "The explosive device went off on Sunday", "our mujahideen blew up a
/// logistic convoy".
extension FrameBuilder {
    /// Nouns of a bomb: what goes off or blows up.
    private static let bombNouns: Set<String> = ["device", "devices", "bomb", "bombs", "ied", "ieds", "charge", "charges", "mine", "mines"]
    /// What a bomb is set off against on the road: "blew up a convoy", "blew up two of its vehicles".
    private static let blownUpTargets: Set<String> = [
        "convoy", "convoys", "vehicle", "vehicles", "truck", "trucks", "patrol", "patrols", "tanker", "tankers",
    ]

    /// "The explosive device went off": "went off" after a bomb's noun, not "sirens went off". "blew up a logistic
    /// convoy", "a roadside bomb blew up": a bomb blowing up, or something on the road blown up, not "the talks blew up".
    func bombWentOff(at k: Int, in part: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard k + 1 < part.upperBound else { return false }
        let before = max(part.lowerBound, k - 3)..<k
        if tokens[k].text == "went", tokens[k + 1].text == "off" {
            return before.contains { Self.bombNouns.contains(tokens[$0].text) }
        }
        guard ["blew", "blown", "blow", "blowing"].contains(tokens[k].text), tokens[k + 1].text == "up" else { return false }
        let after = (k + 2)..<min(part.upperBound, k + 6)
        return before.contains { Self.bombNouns.contains(tokens[$0].text) }
            || after.contains { Self.blownUpTargets.contains(tokens[$0].text) }
            // "blew up an explosive device on a convoy": the bomb itself blown up, told after the verb.
            || after.contains { Self.bombNouns.contains(tokens[$0].text) }
            // "a convoy was blown up": the target told before the passive.
            || (max(part.lowerBound, k - 5)..<k).contains { Self.blownUpTargets.contains(tokens[$0].text) }
    }
}
