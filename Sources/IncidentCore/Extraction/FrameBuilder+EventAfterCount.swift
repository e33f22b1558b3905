/// "Groups ... had carried out more than 150 attacks on US forces from mid-October until early February, when
/// Kataib Hezbollah announced the suspension of its operations after a drone attack in late January killed three
/// US soldiers at a base in Jordan": a sentence that counts attacks can still end by telling one event.
extension FrameBuilder {
    /// The clause after the last "after" of a counting sentence, when it tells an attack of its own: an attack
    /// word, a weapon, US forces and a date of its own (not the start of a counted period).
    static func eventAfterCount(_ range: Range<Int>, tokens: [Token], published: CalendarDay?) -> Range<Int>? {
        guard let after = range.last(where: { tokens[$0].text == "after" }), after + 1 < range.upperBound else { return nil }
        let clause = (after + 1)..<range.upperBound
        guard clause.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) }),
              clause.contains(where: { Lexicon.isUS(tokens[$0]) }),
              !WeaponFinder.find(in: clause, tokens: tokens).weapons.isEmpty,
              DateFinder.find(in: clause, tokens: tokens, published: published).contains(where: { !$0.isSince })
        else { return nil }
        return clause
    }
}
