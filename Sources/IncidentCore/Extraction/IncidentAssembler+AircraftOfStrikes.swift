/// The aircraft that carried out the story's strikes, told in a sentence of their own: "Long-range B-1 bombers ...
/// dropped more than 125 precision munitions", "Officials said Monday's strikes were carried out by manned and unmanned
/// aircraft".
extension IncidentAssembler {
    /// Words that tell aircraft delivering the strikes, not only flying.
    private static let deliveryWords: Set<String> = [
        "strike", "strikes", "struck", "munitions", "bombs", "dropped", "carried", "conducted", "hit", "fired", "raid", "raids",
    ]
    /// Other states' air forces: their aircraft are no US strike's.
    private static let otherAirForces: Set<String> = ["turkish", "russian", "israeli", "syrian", "iraqi", "iranian", "jordanian"]

    /// A US strike told only as "strikes" (no weapon in its own clauses) whose aircraft the story names in a sentence of
    /// their own, delivering them and dated no other day, is an air strike: the guide's `[]` is for strikes told with no
    /// aircraft at all. A story with strikes on several days, or a sentence of another time ("a wave of airstrikes in
    /// February"), names no aircraft for these.
    func givingAircraftOfStrikes(_ incidents: [ExtractedIncident], frames: [ArticleFrame]) -> [ExtractedIncident] {
        let strikes = incidents.indices.filter { incidents[$0].kind == .usStrike }
        let days = Set(strikes.compactMap { incidents[$0].date.day?.ordinal })
        guard !strikes.isEmpty, (days.max() ?? 0) - (days.min() ?? 0) <= 1 else { return incidents }
        let tokens = text.tokens
        let attackSentences = Set(frames.filter { $0.role == .attack && !$0.weapons.isEmpty }.map(\.sentence))
        var evidence: WeaponMention?
        for (si, sentence) in sentences.enumerated() where !attackSentences.contains(si) {
            guard sentence.contains(where: { Self.deliveryWords.contains(tokens[$0].text) }),
                  !sentence.contains(where: { Self.otherAirForces.contains(tokens[$0].text) }) else { continue }
            let dated = DateFinder.find(in: sentence, tokens: tokens, published: published).compactMap { $0.day?.ordinal }
            guard dated.allSatisfy({ d in days.contains { abs($0 - d) <= 1 } }) else { continue }
            if let air = StrikeDetailFinder.weapons(in: [sentence], tokens: tokens).first(where: { $0.weapon == .airStrike }) {
                evidence = air
                break
            }
        }
        guard let evidence else { return incidents }
        var result = incidents
        for i in strikes where result[i].weapons.isEmpty {
            result[i].weapons.insert(.airStrike)
            result[i].facts.append(Fact(field: "weapon", value: Weapon.airStrike.rawValue, span: evidence.span))
            result[i].confidence["weapons"] = .inferred
        }
        return result
    }
}
