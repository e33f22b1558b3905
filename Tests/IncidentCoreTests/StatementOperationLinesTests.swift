import Testing
@testable import IncidentCore

/// Round 8 (places): a claim statement's numbered operation lines are one attack each, against the enemy the statement
/// names, whatever the line calls it ("the occupation"); "blew up a convoy" tells an attack; a note naming the town of
/// one operation tells more of that operation.
@Suite struct StatementOperationLinesTests {
    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    private let heading = """
        In the name of God, the Most Gracious, the Most Merciful

        Statement issued by Ashab al-Kahf

        Our heroes carried out the following operations against the American occupation:

        """

    @Test func anotherConvoyOfTheOccupationIsAnAttackOfItsOwn() {
        let a = attacks(heading + """
            First: On Tuesday evening, our heroes targeted a logistics convoy of the American occupation army near \
            al-Yusufiyah with an explosive device.

            Second: At dawn on Wednesday, our mujahideen targeted another convoy of the occupation with an explosive \
            device near al-Diwaniyah.
            """, published: "2020-07-15")
        #expect(a.map(\.location) == ["al-Yusufiyah", "al-Diwaniyah"])
        #expect(a.allSatisfy { $0.weapons == [.ied] })
    }

    @Test func aLineWithoutASiteDoesNotJoinTheLineBefore() {
        let a = attacks(heading + """
            First: At dawn today, Thursday, the drones of the brigades struck the American occupation base at Ain \
            al-Asad.

            Second: This morning, Thursday, our mujahideen blew up a logistic convoy belonging to the American \
            occupation on the road in the governorate of Diwaniyah.
            """, published: "2021-05-27")
        #expect(a.count == 2)
        #expect(a.first { $0.location == "Ain al-Asad Air Base" }?.weapons == [.drone])
        #expect(a.contains { $0.location == "Diwaniyah" && $0.weapons.isEmpty })
    }

    @Test func aNoteNamingTheTownOfOneOperationIsThatOperations() {
        let a = attacks(heading + """
            First: On Wednesday evening, our mujahideen blew up a logistic convoy of the occupation near the city of \
            al-Nasiriyah.

            Second: At dawn today, Thursday, our heroes targeted another convoy of the occupation near al-Rumaitha.

            [Translator's note: A police source said an explosive device had damaged a truck near al-Rumaitha early \
            on Thursday and that nobody was hurt.]
            """, published: "2021-08-12")
        let nasiriyah = a.first { $0.location == "al-Nasiriyah" }
        let rumaitha = a.first { $0.location == "al-Rumaitha" }
        #expect(nasiriyah?.usInjured.isUnknown == true)
        #expect(nasiriyah?.weapons.isEmpty == true)
        #expect(rumaitha?.usInjured == Figure(count: 0))
        #expect(rumaitha?.weapons == [.ied])
    }

    @Test func talksThatBlewUpAreNoAttack() {
        let a = attacks("""
            Talks between Baghdad and Washington on the future of the coalition blew up on Tuesday over the timetable, \
            officials said.
            """, published: "2024-01-10")
        #expect(a.isEmpty)
    }

    @Test func aNewsStoryWithNumberedPointsIsNoStatement() {
        // Outside a claim statement, a list line naming no site still tells more of the site before it.
        let a = attacks("""
            Rockets struck Ain al-Asad air base on Tuesday, the coalition said.

            - Two of the rockets landed inside the perimeter on Tuesday.
            """, published: "2024-01-10")
        #expect(a.count == 1)
    }
}
