import Testing
@testable import IncidentCore

/// Round 14 (days): a live page tells each day's attack at a base by its weekday; explosions heard at a named site are
/// an attack there; a false alarm opens no attack of its day.
@Suite struct TwoWeekdaysAtOneBaseTests {
    private typealias F = ExtractionFixtures

    @Test func explosionsHeardOnAnotherWeekdayAreAnotherAttack() {
        let body = """
            Three drones were launched at al-Asad air base in western Iraq on Wednesday. Two were shot down.

            Explosions were heard at Ain al-Asad air base on Thursday morning and sirens sounded across the base, two \
            Iraqi security sources said.
            """
        #expect(F.kindSiteDay(body, published: "2023-10-19") == [
            "attack Ain al-Asad Air Base 2023-10-18", "attack Ain al-Asad Air Base 2023-10-19",
        ])
    }

    @Test func aFalseAlarmIsNoAttackOfItsDay() {
        let body = """
            On Thursday, U.S. forces at Ain al-Asad air base were attacked with drones and rockets. No injuries were reported.

            Separately, a U.S. civilian contractor died of a cardiac episode on Wednesday while sheltering in place at Ain \
            al-Asad during a false alarm.
            """
        #expect(F.kindSiteDay(body, published: "2023-10-20") == ["attack Ain al-Asad Air Base 2023-10-19"])
    }

    @Test func lateAndEarlyAroundMidnightStayOneAttack() {
        let body = """
            Rockets struck Ain al-Asad air base late Wednesday. Early Thursday, more rockets landed inside Ain al-Asad, \
            officials said.
            """
        #expect(F.kindSiteDay(body, published: "2023-10-20").count == 1)
    }
}
