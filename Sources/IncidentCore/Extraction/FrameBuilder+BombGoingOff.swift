/// A bomb going off told without an attack word: "The explosive device went off on Sunday".
extension FrameBuilder {
    /// "The explosive device went off": "went off" after a bomb's noun, not "sirens went off".
    func bombWentOff(at k: Int, in part: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard tokens[k].text == "went", k + 1 < part.upperBound, tokens[k + 1].text == "off" else { return false }
        let bombs: Set<String> = ["device", "devices", "bomb", "bombs", "ied", "ieds", "charge", "charges", "mine", "mines"]
        return (max(part.lowerBound, k - 3)..<k).contains { bombs.contains(tokens[$0].text) }
    }
}
