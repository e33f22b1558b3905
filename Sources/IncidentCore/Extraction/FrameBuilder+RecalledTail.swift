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
                  !tail.contains(where: { Lexicon.isCountryName(tokens[$0]) }),
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
        if let after = afterCountedDays(part) { return [part.lowerBound..<after, (after + 1)..<part.upperBound] }
        if let since = sinceEarlierEvent(part) { return [part.lowerBound..<since, (since + 1)..<part.upperBound] }
        if let after = afterAnEventOfAnotherDay(part) { return [part.lowerBound..<after, (after + 1)..<part.upperBound] }
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

extension FrameBuilder {
    /// "Saturday's barrage came three days after a similar attack on Camp Taji killed two Americans", "The attack
    /// came a day after a rocket hit Camp Taji, wounding three U.S. troops": what a counted number of days before
    /// the story's attack happened is another event, at the story's own site as much as at another;
    /// told as an attack at a site with a toll or a weapon, or as a "similar" one with a toll, it is a clause of its
    /// own (dated by counting back, `countedBackAttacks`), and its toll is never the story's. Returns the position of
    /// that "after". "hours after" is the same day's news; a vague "days after" is left to `withoutRecalledTail`, and
    /// "a week after" to `attacksDatedWeeksBefore`.
    func afterCountedDays(_ part: Range<Int>) -> Int? {
        let tokens = text.tokens
        for k in part where tokens[k].text == "after" && k - 2 >= part.lowerBound && k + 2 < part.upperBound
            && ["day", "days"].contains(tokens[k - 1].text) {
            let countAt = k - 2
            guard ["a", "one"].contains(tokens[countAt].text)
                    || NumberReader.number(at: countAt, in: tokens, limit: k - 1).map({ $0.1 == k - 1 }) == true else { continue }
            let tail = (k + 1)..<part.upperBound
            // "He had said a day after the attacks that ...": "the attacks" are the story's own, named again.
            if ["the", "these", "those", "that", "this", "its", "their"].contains(tokens[tail.lowerBound].text) { continue }
            guard tail.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) || bombWentOff(at: $0, in: tail) })
                    || !WeaponFinder.find(in: tail, tokens: tokens).weapons.isEmpty else { continue }
            let similar = tail.prefix(3).contains { IncidentAssembler.likenessWords.contains(tokens[$0].text) }
            let toll = CasualtyFinder.find(in: tail, tokens: tokens, defaultParty: .us).contains { ($0.figure.count ?? 0) > 0 }
            let weapon = !WeaponFinder.find(in: tail, tokens: tokens).weapons.isEmpty
            // At a site: with a toll or a weapon. "Similar" at no site the gazetteer knows: with a toll, which would
            // otherwise be the story's ("two days after a similar attack on a base in western Iraq" is left whole).
            let atSite = !places.matches(in: tail, tokens: tokens).isEmpty && (toll || weapon)
            guard atSite || (similar && toll) else { continue }
            return k
        }
        return nil
    }

    /// "Saturday's attack came after a rocket barrage Wednesday night that killed two American service members": the
    /// event an attack "came after", told with a whole day of its own that is not the story's, is a clause of its own;
    /// its toll is not the story's attack's. Returns the position of that "after".
    func afterAnEventOfAnotherDay(_ part: Range<Int>) -> Int? {
        let tokens = text.tokens
        for k in part where tokens[k].text == "after" && k - 1 > part.lowerBound && k + 2 < part.upperBound
            && ["came", "comes", "come", "followed", "follows"].contains(tokens[k - 1].text)
            && ["a", "an"].contains(tokens[k + 1].text) {
            let head = part.lowerBound..<(k - 1), tail = (k + 1)..<part.upperBound
            guard tail.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) || FrameBuilder.eventNouns.contains(tokens[$0].text) })
                    || !WeaponFinder.find(in: tail, tokens: tokens).weapons.isEmpty else { continue }
            let days = { (r: Range<Int>) in
                Set(DateFinder.find(in: r, tokens: tokens, published: self.published)
                    .filter { $0.precision == .day && !$0.isSince }.compactMap(\.day))
            }
            let tailDays = days(tail)
            guard !tailDays.isEmpty, tailDays.isDisjoint(with: days(head)) else { continue }
            return k
        }
        return nil
    }
}
