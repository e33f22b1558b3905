import Testing
@testable import IncidentCore

/// "U.S. jets struck targets in Iraq and Syria ... In Iraq, the strikes hit a depot near al-Qaim. In Syria, the jets
/// targeted two facilities near Albu Kamal": each country's strike is at the town a later sentence about the strikes
/// names there.
@Suite struct StrikeTownByCountryTests {
    @Test func eachCountrysStrikeTakesTheTownToldForIt() {
        let body = """
        U.S. fighter jets struck facilities used by Iran-backed militias in Iraq and Syria on Sunday night, the Pentagon \
        said Monday.

        In Iraq, the strikes hit a weapons storage site near the town of al-Qaim, Iraqi security officials said. In Syria, \
        the jets targeted two operational facilities near Albu Kamal, according to a war monitor.
        """
        let strikes = ExtractionFixtures.extract(body, published: "2021-06-28").incidents.filter { $0.kind == .usStrike }
        #expect(strikes.contains { $0.country == "Iraq" && $0.location == "al-Qaim" })
        #expect(strikes.contains { $0.country == "Syria" && $0.location == "Albu Kamal" })
    }

    @Test func aTownTheGazetteerDoesNotKnowIsTakenAsWrittenUnderItsCountry() {
        let body = """
        The U.S. military carried out strikes on Sunday against three locations in Iraq and two in Syria belonging to \
        Kataib Hezbollah.

        In Iraq, the strikes hit the militia's headquarters near al-Qaim. In Syria, the two targets were near the border \
        town of Boukamal, according to a Pentagon spokesman.
        """
        let strikes = ExtractionFixtures.extract(body, published: "2019-12-30").incidents.filter { $0.kind == .usStrike }
        #expect(strikes.contains { $0.country == "Syria" && $0.location == "Boukamal" })
        #expect(strikes.contains { $0.country == "Iraq" && $0.location == "al-Qaim" })
    }
}
