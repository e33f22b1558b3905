extension FrameBuilder {
    private static let convoyWords: Set<String> = ["convoy", "convoys"]

    /// Whether the story's opening (headline and first two sentences) tells convoys as the coalition's or the US's:
    /// "IEDs hit coalition logistics convoys", "convoys carrying logistical equipment for the US-led coalition".
    func storyConvoysAreCoalitions() -> Bool {
        let tokens = text.tokens
        return sentences.prefix(3).contains { s in
            s.contains { Self.convoyWords.contains(tokens[$0].text) } && s.contains { Lexicon.isUS(tokens[$0]) }
        }
    }

    /// Whether a sentence names a convoy ("a second explosive device hit a convoy in al-Rifai district", "the bomb went
    /// off near al-Diwaniyah, damaging the last truck of a convoy").
    func namesConvoy(_ part: Range<Int>) -> Bool {
        part.contains { Self.convoyWords.contains(text.tokens[$0].text) }
    }
}
