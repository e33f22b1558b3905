/// "An improvised explosive device targeted a coalition convoy on Sunday in Al-Diwaniyah ... On Thursday, a similar
/// device exploded near a coalition supply convoy in the Jabala area": an attack the story calls "similar" (or "another
/// such") to its own is another event than the story's; told with a day before the story's, it is an earlier one, a
/// mention, wherever it was and whether or not the gazetteer knows the place; "a similar device" names the story's weapon.
extension IncidentAssembler {
    /// Words that make what follows another event of the same kind as the story's.
    static let likenessWords: Set<String> = ["similar", "identical"]

    /// Attack clauses after the story's own whose attack is "similar" to it, dated to a whole day before the story's.
    static func similarEarlierAttacks(attackFrames: [ArticleFrame], tokens: [Token]) -> [ArticleFrame] {
        guard let (own, ownDay) = storyAttack(attackFrames) else { return [] }
        return attackFrames.compactMap { f -> ArticleFrame? in
            guard f.sentence > own.sentence, f.entryStart == nil,
                  let date = f.dates.first, date.precision == .day, !date.isTelling, let day = date.day,
                  day.ordinal < ownDay.ordinal else { return nil }
            // "a similar device", "a similar attack on the same base": the likeness word opens the attack's noun phrase.
            let similar = f.tokens.contains { k in
                likenessWords.contains(tokens[k].text) && k > f.tokens.lowerBound && ["a", "an"].contains(tokens[k - 1].text)
            }
            guard similar else { return nil }
            // "a similar device" is of the story's kind of weapon when the clause names none of its own.
            var earlier = f
            if earlier.weapons.isEmpty { earlier.weapons = own.weapons }
            return earlier
        }
    }
}
