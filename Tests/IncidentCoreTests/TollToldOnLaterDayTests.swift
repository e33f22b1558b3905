import Testing
@testable import IncidentCore

/// Round 11, tolls: a toll of an earlier event told later, dated only by the day it was told, is that event's.
@Suite struct TollToldOnLaterDayTests {
    private func incidents(_ text: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(text, published: published).incidents
    }

    @Test func aDiagnosisToldOnFridayIsTheEarlierAttacksToll() {
        let found = incidents("""
            A rocket hit a dining hall at the U.S. Embassy in Baghdad on Sunday evening, officials said.

            Tensions have been high since Jan. 8, when Iran fired ballistic missiles at Al Asad Air Base in western \
            Iraq. The Pentagon said Friday that 34 service members at Al Asad had since been diagnosed with traumatic \
            brain injuries.
            """, published: "2020-01-27")
        let asad = found.filter { $0.location == "Ain al-Asad Air Base" }
        #expect(asad.count == 1)
        #expect(asad.first?.date.day == CalendarDay(iso: "2020-01-08"))
        #expect(asad.first?.usInjured.spelled == "34")
    }

    @Test func aTollAcknowledgedLastWeekIsTheEarlierAttacksToll() {
        let found = incidents("""
            Three rockets slammed into Baghdad's Green Zone late Monday. There were no casualties.

            Iran retaliated on Jan. 8 by firing ballistic missiles at Ain al-Asad air base in western Iraq. No \
            Americans were killed in that attack, but the Pentagon acknowledged last week that 11 service members at \
            Ain al-Asad had been injured.
            """, published: "2020-01-21")
        let asad = found.filter { $0.location == "Ain al-Asad Air Base" }
        #expect(asad.count == 1)
        #expect(asad.first?.usInjured.spelled == "11")
        #expect(asad.first?.usKilled.spelled == "0")
    }

    @Test func aTollToldWithAnAttackOfItsOwnKeepsItsDay() {
        // Must not trigger: the clause tells an attack ("rockets struck"), so its day is an event's, not a telling's.
        let found = incidents("""
            Iran fired ballistic missiles at Ain al-Asad air base on Jan. 8. Rockets struck Ain al-Asad again on \
            Monday, wounding two U.S. soldiers, the coalition said.
            """, published: "2020-01-21")
        let monday = found.first { $0.location == "Ain al-Asad Air Base" && $0.date.day == CalendarDay(iso: "2020-01-20") }
        #expect(monday?.usInjured.spelled == "2")
    }
}
