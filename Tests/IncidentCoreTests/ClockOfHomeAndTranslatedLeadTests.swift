import Testing
@testable import IncidentCore

/// Round 14 (days): an American evening with no clock ("late Tuesday night Washington time") is already the next day
/// at the bases; and German wire copy's "sind ... Raketen ... niedergegangen" (came down) tells the dated attack.
@Suite struct ClockOfHomeAndTranslatedLeadTests {
    private typealias F = ExtractionFixtures

    @Test func washingtonEveningIsTheNextDayAtTheBase() {
        let found = F.incidents("""
            Defense officials said there were no US casualties in the ballistic missile attack on Ain al-Asad late \
            Tuesday night Washington time.
            """, published: "2020-01-09")
        #expect(found.first?.date.day == CalendarDay(iso: "2020-01-08"))
    }

    @Test func baghdadEveningStaysItsDay() {
        let found = F.incidents("Rockets hit Ain al-Asad air base late Tuesday night, officials said.", published: "2020-01-09")
        #expect(found.first?.date.day == CalendarDay(iso: "2020-01-07"))
    }

    @Test func missilesThatCameDownDateTheAttack() {
        let found = F.incidents("""
            Am Samstagabend sind mehrere ballistische Raketen auf einen Stützpunkt im Westirak niedergegangen. Getroffen \
            wurde nach Angaben des US-Zentralkommandos der Luftwaffenstützpunkt Ain al-Assad in der Provinz Anbar.
            """, published: "2024-01-21")
        #expect(found.first?.location == "Ain al-Asad Air Base")
        #expect(found.first?.date.day == CalendarDay(iso: "2024-01-20"))
    }
}
