/// The day of a killing a claim says it avenges, which is not the day of the attack claimed.
extension FrameBuilder {
    private static let avengingWords: Set<String> = ["avenge", "avenging", "revenge", "vengeance", "retaliation", "reprisal"]
    private static let killingWords: Set<String> = ["killing", "killed", "assassination", "assassinated", "death", "murder"]

    /// "... said it had acted to avenge the deputy commander of the PMF killed in January 2020", "in revenge for the
    /// killing of Soleimani on Jan. 3": a date told after an avenging word and a killing, in a clause with a claim, dates
    /// the killing. The killing of US troops is not avenged by their attackers, so "soldiers" stops it; "the U.S.
    /// killing of" names who killed, and does not. Unclaimed, only that killing by the US: "Iranian forces fired ... in
    /// retaliation for the U.S. killing of ... Soleimani in Baghdad on Jan. 3" dates the killing too.
    static func datesAvengedKilling(_ date: DateMention, in range: Range<Int>, tokens: [Token], claimed: Bool) -> Bool {
        let start = date.tokens.lowerBound
        guard let avenging = stride(from: start - 1, through: max(range.lowerBound, start - 28), by: -1)
            .first(where: { avengingWords.contains(tokens[$0].text) }) else { return false }
        let between = avenging + 1..<start
        // "in retaliation for the U.S. killing of ... Soleimani": the US named as who killed.
        let killer = { (k: Int) in k + 1 < start && killingWords.contains(tokens[k + 1].text) }
        // Unclaimed, only a killing the US is named as doing: "Iran's own retaliation for the killing – the IRGC
        // ballistic missile attack on Ain al-Asad on Jan. 8, 2020" dates the retaliation.
        guard claimed || between.contains(where: { Lexicon.isUS(tokens[$0]) && killer($0) }) else { return false }
        return between.contains { killingWords.contains(tokens[$0].text) }
            && !between.contains { tokens[$0].text == "." || tokens[$0].text == ";" || (Lexicon.isUS(tokens[$0]) && !killer($0))
                || Lexicon.militaryNouns.contains(tokens[$0].text) }
    }
}
