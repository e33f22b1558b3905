import Testing
@testable import IncidentCore

/// Round 22: an earlier event recalled first without its site ("Iran fired ballistic missiles at two bases in Iraq")
/// and then site by site on that very day is their sum: no mention of its own, and none of the sited ones alone.
@Suite struct SitelessSumOfSitesTests {
    @Test func aLooseMentionOfTwoSitedOnesIsDropped() {
        let incidents = ExtractionFixtures.extract("""
            A year after Iran's missiles

            Four years ago today, Iran fired ballistic missiles at two bases hosting US troops in Iraq.

            On January 8, 2020, Iran fired ballistic missiles at Ain al-Asad air base in Anbar. Other missiles struck \
            near Erbil airport the same night.
            """, published: "2024-01-08").incidents
        #expect(incidents.count == 2)
        #expect(Set(incidents.compactMap(\.location)) == ["Ain al-Asad Air Base", "Erbil Air Base"])
    }
}
