import Testing
@testable import IncidentCore

/// Round 22: in a story counting the years since an attack, "Os militares em Ain al-Assad tinham sido avisados ...
/// Semanas depois, o Pentágono admitiu que 110 militares tinham sido diagnosticados": a toll with no site or day of its
/// own is the recalled event at the one site its paragraph named before it; "across the two bases" is no one site's.
@Suite struct TollOfTheParagraphSiteTests {
    private static let lead = """
        Five years on, the night Iran fired missiles at US troops

        Five years ago today, Iran launched the largest direct attack in its history on United States forces.

        On January 8, 2020, Iran's Revolutionary Guards fired ballistic missiles at Ain al-Asad air base in Anbar. \
        Other missiles fell near Erbil airport.


        """

    @Test func aTollJoinsTheSiteItsParagraphNamed() {
        let incidents = ExtractionFixtures.extract(Self.lead + """
            The troops at Ain al-Asad had been warned hours ahead and sheltered in old bunkers. Weeks later, the \
            Pentagon said 110 service members had been treated for traumatic brain injuries.
            """, published: "2025-01-08").incidents
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.usInjured.count == 110)
    }

    @Test func aTollAcrossTwoBasesJoinsNeither() {
        let incidents = ExtractionFixtures.extract(Self.lead + """
            The troops at Ain al-Asad had been warned hours ahead and sheltered in old bunkers. Weeks later, the \
            Pentagon said 110 service members had been treated for injuries across both bases.
            """, published: "2025-01-08").incidents
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.usInjured.count != 110)
    }
}
