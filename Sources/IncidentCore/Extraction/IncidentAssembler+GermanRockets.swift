/// "Iran hat zwei Militärstützpunkte mit ballistischen Raketen beschossen ... 22 Raketen seien eingeschlagen, 17
/// davon in Ain al-Assad": German "Raketen" names rockets and missiles both, so in a story whose missiles are named
/// ballistic, its bare "Raketen" are those missiles, not militia rockets.
extension IncidentAssembler {
    func readingGermanRocketsAsTheMissiles(_ incident: inout ExtractedIncident, facts: inout [Fact]) {
        guard incident.weapons == [.rocket], articleMissile?.weapon == .ballisticMissile else { return }
        let rocketFacts = facts.indices.filter { facts[$0].field == "weapon" && facts[$0].value == Weapon.rocket.rawValue }
        guard !rocketFacts.isEmpty, rocketFacts.allSatisfy({ n in
            let word = text.text(facts[n].span).lowercased()
            return word.hasPrefix("rakete") && !word.contains("katjuscha")
        }) else { return }
        incident.weapons = [.ballisticMissile]
        for n in rocketFacts { facts[n].value = Weapon.ballisticMissile.rawValue }
        incident.confidence["weapons"] = .inferred
    }
}
