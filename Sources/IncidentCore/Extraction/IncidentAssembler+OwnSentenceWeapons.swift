/// A site told in a sentence of its own, with its weapon ("the mujahideen struck, on the evening of Tuesday, the
/// occupation base at Tal Baydar with a salvo of rockets"), has its weapon: a later sentence about several sites
/// ("a US official confirmed a drone attack on Harir and said there was no record of an attack on Tal Baydar") lends
/// it none of the weapons it tells against the others.
extension IncidentAssembler {
    /// True when one of the site's clauses names the site alone and a weapon of the attack (not of another event it
    /// tells, `+OtherEventWeapons`).
    func toldWithOwnWeapon(_ base: Base?, frames: [ArticleFrame]) -> Bool {
        guard let base else { return false }
        let tokens = text.tokens
        return frames.contains { f in
            guard !f.places.isEmpty, f.places.allSatisfy({ $0.base.name == base.name }), !isHeadlineOfSeveralEvents(f) else { return false }
            let turn = otherEventStart(f).map { tokens[$0].start } ?? Int.max
            return f.weapons.contains { $0.span.start < turn }
        }
    }
}
