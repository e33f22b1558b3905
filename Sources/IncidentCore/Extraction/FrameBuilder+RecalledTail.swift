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

    /// "The attack on Conoco comes days after a drone attack on the coalition's Rumailan base in Hasakah countryside
    /// on 9 August": a tail after "<days, weeks or months> after" that names an attack at another site on a day of its own is a
    /// clause of its own, the earlier event, and lends the story's site neither its weapons nor its day. Other
    /// parts lose only a tail that names no site (`withoutRecalledTail`).
    func splittingRecalledEvent(_ part: Range<Int>) -> [Range<Int>] {
        let tokens = text.tokens
        // Hours apart, both are the day's news ("The mortar attack on Shaddadi came hours after a drone attack on
        // al-Tanf"); days apart, the one after "after" is past.
        let daysOrMore = Lexicon.periodUnits.subtracting(["hours", "hour", "minutes", "minute"])
        for k in part where tokens[k].text == "after" && k - 1 > part.lowerBound && daysOrMore.contains(tokens[k - 1].text) {
            let head = part.lowerBound..<k, tail = (k + 1)..<part.upperBound
            let headSites = Set(places.matches(in: head, tokens: tokens).map(\.base.name))
            let tailSites = Set(places.matches(in: tail, tokens: tokens).map(\.base.name))
            guard !headSites.isEmpty, !tailSites.isEmpty, headSites.isDisjoint(with: tailSites),
                  tail.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) }),
                  !DateFinder.find(in: tail, tokens: tokens, published: published).isEmpty else { continue }
            return [head, tail]
        }
        if let since = sinceEarlierEvent(part) { return [part.lowerBound..<since, (since + 1)..<part.upperBound] }
        return [withoutRecalledTail(part)]
    }

    /// "Wednesday's attack was the deadliest against U.S. forces in Iraq since the Dec. 27 rocket strike on K-1 that
    /// killed a U.S. contractor": an attack named after "since the", at a site and on a day of its own, is the earlier
    /// event the story's is measured against, a clause of its own; its site and day are not the story's. "since
    /// Oct. 17" (a date, no event) opens a period and is left alone, and so does "since the U.S. drone strike that
    /// killed Soleimani" (the US's strike, no attack on its forces). Returns the position of that "since".
    func sinceEarlierEvent(_ part: Range<Int>) -> Int? {
        let tokens = text.tokens
        for k in part where tokens[k].text == "since" && k > part.lowerBound && k + 2 < part.upperBound
            && ["the", "a", "an"].contains(tokens[k + 1].text) {
            let tail = (k + 1)..<part.upperBound
            guard let verb = tail.first(where: { Lexicon.attackWords.contains(tokens[$0].text) }),
                  // "since the U.S. drone strike that killed Soleimani": a US strike, no attack on US forces.
                  !(tail.lowerBound..<verb).contains(where: { Lexicon.isUS(tokens[$0]) }),
                  !places.matches(in: tail, tokens: tokens).isEmpty,
                  DateFinder.find(in: tail, tokens: tokens, published: published).contains(where: { $0.day != nil && !$0.isTelling })
            else { continue }
            return k
        }
        return nil
    }
}
