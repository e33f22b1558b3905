import Testing
@testable import IncidentCore

/// A weapon the story compares with ("harder to detect than rockets") is not one fired; a passive claim may say where
/// it was posted before its claimant ("was claimed on Telegram by").
@Suite struct ComparedWeaponAndPostedClaimTests {
    typealias F = ExtractionFixtures

    @Test func aWeaponComparedWithIsNotFired() {
        let e = F.extract("""
            Drones, which are cheaper and harder to track than rockets, struck the al-Tanf garrison in \
            Syria on Thursday.
            """, published: "2023-10-20")
        #expect(e.incidents.first?.weapons == [.drone], "\(F.dump(e, body: ""))")
    }

    @Test func aCountBeforeTheWeaponIsStillFired() {
        let e = F.extract("More than 10 rockets struck Ain al-Asad air base on Wednesday.", published: "2021-03-04")
        #expect(e.incidents.first?.weapons == [.rocket], "\(F.dump(e, body: ""))")
    }

    @Test func aClaimPostedOnTelegramByAGroup() {
        let e = F.extract("""
            Two drones struck the al-Tanf garrison in Syria on Thursday. The attack was claimed on Telegram by the Islamic \
            Resistance in Iraq.
            """, published: "2023-10-20")
        #expect(e.incidents.first?.claimedBy == "Islamic Resistance in Iraq", "\(F.dump(e, body: ""))")
    }
}
