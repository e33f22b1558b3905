import Testing
@testable import IncidentCore

/// "The base was targeted on the 16th of this month by two drones": copy translated from Arabic gives a day as an
/// ordinal of the month of publication, of the month before, or of a month named. Each is a day; without one the
/// recalled attack had no date, and so no mention.
@Suite struct DayOfAMonthTests {
    private func day(_ sentence: String, published: String) -> String? {
        let text = ScannedText(sentence)
        return DateFinder.find(in: 0..<text.tokens.count, tokens: text.tokens, published: CalendarDay(iso: published))
            .first { $0.precision == .day }?.day.map { "\($0)" }
    }

    @Test(arguments: [
        ("The base was targeted on the 16th of this month by two drones.", "2024-07-25", "2024-07-16"),
        ("It had been hit on the 25th of last month by Katyusha rockets.", "2024-08-06", "2024-07-25"),
        ("The attack of the 3rd of last month wounded no one.", "2024-01-10", "2023-12-03"),
        ("A drone fell inside the base on the 27th of June, officials said.", "2024-07-02", "2024-06-27"),
    ])
    func anOrdinalDayOfAMonthIsADay(_ sentence: String, _ published: String, _ expected: String) {
        #expect(day(sentence, published: published) == expected)
    }

    @Test func anOrdinalOfSomethingElseIsNoDay() {
        #expect(day("It was the 16th of the attacks claimed this year.", published: "2024-07-25") == nil)
        #expect(day("The 4th of the drones fell outside the fence.", published: "2024-07-25") == nil)
    }

    @Test func theRecalledAttackOnThatDayIsAMention() {
        let body = """
        Two Katyusha rockets fall near Ain al-Assad base

        A security source said this evening, Thursday, that two Katyusha rockets fell near Ain al-Assad air base, without causing losses.

        The base was targeted on the 16th of this month by two drones, one of which was shot down.
        """
        let mentions = ExtractionFixtures.extract(body, published: "2024-07-25").incidents.filter { $0.kind == .mention }
        #expect(mentions.contains { $0.location == "Ain al-Asad Air Base" && $0.date.day.map { "\($0)" } == "2024-07-16" })
    }
}
