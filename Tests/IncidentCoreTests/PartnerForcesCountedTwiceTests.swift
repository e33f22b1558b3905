import Testing
@testable import IncidentCore

/// Partner forces hurt near a US site, counted more than once: by nationality in the headline, then without it ("two
/// of our heroic security personnel"), as "members of the service" (the Counter-Terrorism Service), or with a
/// partitive ("two soldiers, one of them seriously"). None of these counts is a US toll.
@Suite struct PartnerForcesCountedTwiceTests {
    typealias F = ExtractionFixtures

    private func first(_ headline: String, _ lead: String) -> ExtractedIncident? {
        F.extract("\(headline)\n\n\(lead)", published: "2021-04-19").incidents.first
    }

    @Test func partnersCountedAgainWithoutANationalityAreNoUSToll() {
        let i = first("Two Iraqi soldiers injured as rockets hit air base at Baghdad airport",
                      "Three Katyusha rockets fell on the Iraqi Air Force base at Baghdad International Airport on Sunday, wounding two of our heroic security personnel, the Security Media Cell said.")
        #expect(i?.kind == .partner)
        #expect(i?.usInjured.isUnknown == true)
    }

    @Test func membersOfAPartnerServiceAreNotServiceMembers() {
        let i = first("Rockets hit compound at Baghdad airport",
                      "Five Katyusha rockets landed on Sunday evening inside a compound of the Counter-Terrorism Service at Baghdad International Airport, wounding six members of the service, the Security Media Cell said.")
        #expect(i?.kind == .partner)
        #expect(i?.usInjured.isUnknown == true)
    }

    /// "wounding two soldiers, one of them seriously": the one is among the two, not a count of its own.
    @Test func onePartOfACountIsNotACountOfItsOwn() {
        let i = first("Rockets hit Ain al-Asad",
                      "Rockets struck Ain al-Asad air base on Sunday, wounding two soldiers, one of them seriously, officials said.")
        #expect(i?.usInjured.count == 2)
    }

    /// "three coalition service members, two of them Americans": a share named by who they are still counts.
    @Test func aShareNamedByNationalityStillCounts() {
        let i = first("Rockets hit Camp Taji",
                      "Rockets struck Camp Taji on Sunday, wounding three coalition service members, two of them Americans, officials said.")
        #expect(i?.usInjured.count == 2)
    }
}
