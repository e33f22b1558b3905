import Testing
@testable import IncidentCore

/// Round 20: "the third attack on US interests in Iraq and Syria in less than 24 hours": a lead that numbers its attack
/// within a short span tells a series, and each attack of that series the story tells in a sentence of its own is news
/// of the story, an `attack`; one told as what the story's attack "came after" is recalled, a `mention`.
@Suite struct OrdinalAttackLeadTests {
    private let lead = """
        Rockets hit Ain al-Asad base, third attack in 24 hours

        At least 14 rockets struck Ain al-Asad air base in western Iraq on Wednesday, lightly wounding two American \
        service members, in the third attack on US interests in Iraq and Syria in less than 24 hours.
        """

    @Test func anAttackToldInASentenceOfItsOwnIsNewsOfTheSeries() {
        let incidents = ExtractionFixtures.extract(lead + """


            Late on Tuesday, a drone attack targeted Erbil international airport, where coalition troops are stationed. \
            The drone fell near the airport's perimeter and caused no casualties.
            """, published: "2021-07-08").incidents
        let erbil = incidents.first { $0.location == "Erbil Air Base" }
        #expect(erbil?.kind == .attack)
        #expect(erbil?.date.day?.iso == "2021-07-06")
    }

    @Test func anAttackTheStorysCameAfterIsRecalled() {
        let incidents = ExtractionFixtures.extract(lead + """


            The attack came just hours after a drone was shot down near Erbil international airport late on Tuesday, \
            Kurdish officials said.
            """, published: "2021-07-08").incidents
        #expect(incidents.first { $0.location == "Erbil Air Base" }?.kind == .mention)
    }

    @Test func withoutTheOrdinalAnEarlierDayIsRecalled() {
        let incidents = ExtractionFixtures.extract("""
            Rockets hit Ain al-Asad base

            At least 14 rockets struck Ain al-Asad air base in western Iraq on Wednesday, lightly wounding two American \
            service members, officials said.

            Late on Tuesday, a drone attack targeted Erbil international airport, where coalition troops are stationed. \
            The drone fell near the airport's perimeter and caused no casualties.
            """, published: "2021-07-08").incidents
        #expect(incidents.first { $0.location == "Erbil Air Base" }?.kind == .mention)
    }
}
