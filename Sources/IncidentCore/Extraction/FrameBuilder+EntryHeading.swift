/// A dated entry's heading on a line of its own, with the entry's text on the lines under it.
extension FrameBuilder {
    /// "AUG. 24: U.S. HELICOPTERS RESPOND" over "Within minutes, U.S. AH-64 Apache attack helicopters ... hit
    /// militants": a short dated line with no full stop heads the lines under it, so its day reaches them even when it
    /// names no site.
    static func isBareHeadingLine(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard sentence.count <= 12, let last = sentence.last else { return false }
        return ![".", "!", "?", ";", ","].contains(tokens[last].text)
            && sentence.upperBound < tokens.count && tokens[sentence.upperBound].newlineBefore
    }
}
