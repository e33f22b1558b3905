import Testing
@testable import IncidentCore

/// European copy writes its own clock ("le 23.30 di martedì in Italia", "am Dienstag gegen 23.30 Uhr MEZ", "jeudi
/// vers 23h15 heure de Paris"): two hours behind the bases, so a late evening there is already the next day at the
/// base.
@Suite struct EuropeanHomeClockTests {
    @Test func italianEveningAtHomeIsTheNextDayAtTheBase() {
        let body = """
        L'Iran ha colpito con una raffica di missili balistici la base aerea di Ain al-Asad in Iraq. L'attacco è \
        cominciato intorno all'1.30 ora locale (le 23.30 di martedì in Italia) e ha preso di mira la base di Ain al-Asad.
        """
        let attacks = ExtractionFixtures.extract(body, published: "2020-01-08").incidents.filter { $0.kind == .attack }
        #expect(attacks.first?.location == "Ain al-Asad Air Base")
        #expect(attacks.first?.date.day == CalendarDay(iso: "2020-01-08"))
    }

    @Test func parisClockMovesTheDayToo() {
        let body = """
        Un drone a été abattu jeudi vers 23h15 heure de Paris à proximité de la base aérienne d'Harir, qui accueille des \
        forces de la coalition, ont annoncé les autorités kurdes.
        """
        let attacks = ExtractionFixtures.extract(body, published: "2024-01-05").incidents.filter { $0.kind == .attack }
        #expect(attacks.first?.date.day == CalendarDay(iso: "2024-01-05"))
    }
}
