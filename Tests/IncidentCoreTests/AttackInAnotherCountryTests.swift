import Testing
@testable import IncidentCore

/// Weapons fired in another country, where the story names no site, are an attack of their own there.
@Suite struct AttackInAnotherCountryTests {
    @Test(arguments: [
        "Two drones targeted Ain al-Asad air base on Friday. In Syria, several rockets were fired at a base housing US troops in the east of the country.",
        "A drone targeted the Harir air base on Saturday. Hours later, several rockets were fired at a U.S. base in Syria.",
        "Rockets hit the Conoco gas field base on Sunday. Later that day, two drones attacked a base hosting coalition troops in Iraq.",
    ])
    func anotherCountryIsAnotherAttack(_ body: String) {
        let e = ExtractionFixtures.extract(body, published: "2023-11-06")
        let attacks = e.incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 2, "\(ExtractionFixtures.dump(e, body: body))")
        #expect(Set(attacks.compactMap(\.country)).count == 2)
        #expect(attacks.contains { $0.location == nil })
    }

    @Test(arguments: [
        // Recalled as what came before: no attack of the story.
        "Rockets hit Ain al-Asad air base on Thursday. Militias had largely halted attacks since February, after Washington carried out strikes in response to a drone attack that killed three U.S. soldiers at a base in Jordan.",
        // The headline names only the country, then the site: one attack.
        "Drone attack on US base in Syria. A drone struck the al-Shaddadi base on Monday, the group said.",
        // A claim tells the attack already told, whatever country its group is named after.
        "Deux drones ont visé dimanche soir la base du champ gazier de Conoco, en Syrie. La Résistance islamique en Irak a publié un communiqué affirmant avoir visé la base avec deux drones.",
    ])
    func otherCountriesThatTellNoNewAttack(_ body: String) {
        let e = ExtractionFixtures.extract(body, published: "2024-01-02")
        #expect(e.incidents.filter { $0.kind == .attack }.count == 1, "\(ExtractionFixtures.dump(e, body: body))")
    }
}
