import Testing
@testable import IncidentCore

/// Round 6: a zero told before its clause names any site holds for every site of the sentence before; a zero told
/// after its own site is that site's alone.
@Suite struct ZeroOfSitesToldBeforeTests {
    private let lead = "Drones targeted Ain al-Asad air base and al-Harir air base on Friday, a US official said. "

    private func injured(_ body: String, at site: String) -> String? {
        ExtractionFixtures.extract(lead + body, published: "2023-11-18").incidents
            .first { $0.kind == .attack && $0.location == site }?.usInjured.spelled
    }

    @Test func aZeroBeforeATrailingSiteHoldsForBothSites() {
        let body = "\"There were no injuries\" in those two attacks, the official said, adding that air defenses engaged the drones at Harir."
        #expect(injured(body, at: "Ain al-Asad Air Base") == "0")
        #expect(injured(body, at: "Al-Harir Air Base") == "0")
    }

    @Test func aZeroAfterItsOwnSiteIsThatSitesAlone() {
        let body = "The drone at Harir was shot down and caused no injuries."
        #expect(injured(body, at: "Al-Harir Air Base") == "0")
        #expect(injured(body, at: "Ain al-Asad Air Base") == "unknown")
    }

    @Test func aZeroOfAnotherSiteToldAfterItIsThatSitesAlone() {
        let body = "A drone also struck Tal Baydar, where no one was hurt."
        #expect(injured(body, at: "Tal Baydar") == "0")
        #expect(injured(body, at: "Ain al-Asad Air Base") == "unknown")
    }
}
