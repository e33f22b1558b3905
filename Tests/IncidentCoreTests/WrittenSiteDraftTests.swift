import Testing
@testable import IncidentCore

/// Round 7: one attack per site also where the site is only written: a clause telling an attack at a place the
/// gazetteer does not know, other than the site it would join, forms its own incident; the base's own town or
/// province, or a place the gazetteer knows, is the same site told two ways.
@Suite struct WrittenSiteDraftTests {
    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func twoConvoysAtTwoTownsAreTwoAttacks() {
        let a = attacks("""
            A roadside bomb struck a convoy carrying supplies for US forces near al-Mahmudiyah on Tuesday evening, \
            damaging one truck, Iraqi police said. On Wednesday, another explosive device hit a US-led coalition \
            supply convoy near the city of al-Kut, a security source said.
            """, published: "2020-07-16")
        #expect(a.map(\.location) == ["al-Mahmudiyah", "al-Kut"])
        #expect(a.map { $0.date.day?.iso } == ["2020-07-14", "2020-07-15"])
    }

    @Test func aWrittenBaseElsewhereIsNotTheNamedBase() {
        let a = attacks("""
            Ten rockets struck Mission Support Site Green Village in eastern Syria on Friday morning, the US military \
            said, causing no injuries. Hours earlier, a drone struck a maintenance facility on a coalition base near \
            Kobani, wounding five US service members.
            """, published: "2023-03-25")
        #expect(a.count == 2)
        #expect(a.first?.location == "Al-Omar oil field (Green Village)")
        #expect(a.contains { $0.location?.contains("Kobani") == true && $0.usInjured.count == 5 })
    }

    @Test func theBasesOwnTownIsTheSameSite() {
        let a = attacks("""
            Rockets hit Iraqi base near Kirkuk, killing US contractor

            More than 30 rockets struck the K-1 military base near Kirkuk on Friday evening, killing a U.S. civilian \
            contractor and wounding several U.S. service members.
            """, published: "2019-12-28")
        #expect(a.count == 1)
        #expect(a.first?.location == "K-1 Air Base")
    }

    @Test func theLaunchersTownIsNoSiteOfItsOwn() {
        let a = attacks("""
            A Katyusha rocket fell on the K1 base in Kirkuk on Sunday evening without causing casualties. Security \
            forces later found the launch platform in the al-Wasiti area, a security source said.
            """, published: "2020-01-06")
        #expect(a.count == 1)
        #expect(a.first?.location == "K-1 Air Base")
    }

    @Test func whatTheBaseHasIsNoSiteOfItsOwn() {
        let a = attacks("""
            Five Katyusha rockets targeted Ain al-Asad airbase on Wednesday, security sources said. An official of the \
            coalition said the base's C-RAM defence system had engaged the rockets.
            """, published: "2022-01-06")
        #expect(a.count == 1)
        #expect(a.first?.location == "Ain al-Asad Air Base")
    }
}
