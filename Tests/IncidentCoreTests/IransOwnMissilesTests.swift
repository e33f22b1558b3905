import Testing
@testable import IncidentCore

/// What Iran's own forces fire at a base are ballistic missiles, whatever the word ("rockets", German "Raketen",
/// which names both); what Iran's proxies fire stays rockets.
@Suite struct IransOwnMissilesTests {
    typealias F = ExtractionFixtures

    @Test func rocketsFiredByIransGuardsAreMissiles() {
        #expect(F.weapons("The Iranian Revolutionary Guards fired more than a dozen rockets at Ain al-Asad air base.")
            == [.ballisticMissile])
    }

    @Test(arguments: ["Iran-backed militias fired rockets at Ain al-Asad air base.",
                      "Militias loyal to Iran fired rockets at Ain al-Asad air base."])
    func rocketsOfIransProxiesStayRockets(_ sentence: String) {
        #expect(F.weapons(sentence) == [.rocket])
    }

    @Test func germanRaketenOfAStoryOfBallisticMissilesAreThoseMissiles() {
        let e = F.extract("""
            Als Vergeltung für die Tötung von General Soleimani hat der Iran am frühen Mittwochmorgen einen von \
            US-Truppen genutzten Militärstützpunkt im Irak mit ballistischen Raketen beschossen.

            Nach Angaben des irakischen Militärs seien 17 Raketen auf dem Luftwaffenstützpunkt Ain al-Assad in der \
            Provinz Anbar eingeschlagen.
            """, published: "2020-01-09")
        #expect(e.incidents.first?.weapons == [.ballisticMissile], "\(F.dump(e, body: ""))")
    }
}
