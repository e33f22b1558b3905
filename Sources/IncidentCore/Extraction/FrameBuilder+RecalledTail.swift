/// "Rockets struck the Qayyarah air base on Saturday, ..., days after a drone targeted US-led forces in the
/// north": the tail after "days after" tells an earlier event. Told without a site, nothing places it, and its
/// weapons and casualties are not the story's.
extension FrameBuilder {
    /// The part without a tail that starts at "<period> after" and names an attack but no site.
    func withoutRecalledTail(_ part: Range<Int>) -> Range<Int> {
        let tokens = text.tokens
        for k in part where tokens[k].text == "after" && k - 1 > part.lowerBound
            && Lexicon.periodUnits.contains(tokens[k - 1].text) {
            let tail = k..<part.upperBound
            guard tail.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) }),
                  places.matches(in: tail, tokens: tokens).isEmpty,
                  !tail.contains(where: { Lexicon.countries[tokens[$0].stem] != nil && tokens[$0].isCapitalized }),
                  DateFinder.find(in: tail, tokens: tokens, published: published).isEmpty else { continue }
            // The period itself: "days", "a few days", "two weeks".
            var start = k - 1
            while start - 1 > part.lowerBound, NumberReader.vagueWords[tokens[start - 1].text] != nil
                || NumberReader.number(at: start - 1, in: tokens, limit: start) != nil
                || ["a", "few", "just", "only", "several"].contains(tokens[start - 1].text) {
                start -= 1
            }
            while start - 1 > part.lowerBound, tokens[start - 1].text == "," { start -= 1 }
            return part.lowerBound..<start
        }
        return part
    }
}
