import Testing
@testable import IncidentCore

/// Holidays on a fixed day, as reporting names them instead of writing the date.
@Suite struct HolidayDatesTests {
    typealias F = ExtractionFixtures

    @Test(arguments: [
        ("A drone struck the Al-Shaddadi base on New Year's Day, officials said.", "2024-01-01"),
        ("A drone attack on Erbil air base on Christmas Day wounded three U.S. service members.", "2023-12-25"),
        ("Rockets hit Ain al-Asad air base on New Year's Eve, officials said.", "2023-12-31"),
        ("Milizen haben am Neujahrstag den Stützpunkt Schaddadi mit einer Drohne angegriffen.", "2024-01-01"),
        ("Bei einem Drohnenangriff auf den Flughafen Erbil wurden am ersten Weihnachtstag drei US-Soldaten verletzt.", "2023-12-25"),
        ("Des roquettes ont visé la base d'Aïn al-Assad le jour de l'An, selon des sources de sécurité.", "2024-01-01"),
    ])
    func aHolidayIsItsDay(_ sentence: String, _ day: String) throws {
        let attack = try #require(F.extract(sentence, published: "2024-01-02").incidents.first { $0.kind == .attack })
        #expect(attack.date.day == F.day(day))
        #expect(attack.date.precision == .day)
    }

    @Test func aHolidayTakesTheYearWrittenAfterIt() {
        let text = ScannedText("on Christmas Day 2019 rockets hit K-1")
        let found = DateFinder.find(in: 0..<text.tokens.count, tokens: text.tokens, published: F.day("2024-01-02"))
        #expect(found.first?.day == F.day("2019-12-25"))
    }

    @Test func christmasAloneIsNoDay() {
        let text = ScannedText("attacks slowed over Christmas and the new year")
        #expect(DateFinder.find(in: 0..<text.tokens.count, tokens: text.tokens, published: F.day("2024-01-02")).isEmpty)
    }
}
