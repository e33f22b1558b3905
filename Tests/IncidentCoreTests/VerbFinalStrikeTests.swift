import Testing
@testable import IncidentCore

/// Strikes told with the verb at the clause's end, as German tells them, and the country across a border.
@Suite struct VerbFinalStrikeTests {
    typealias F = ExtractionFixtures

    private func strike(_ sentence: String) -> Range<Int>? {
        let text = ScannedText(sentence)
        return ResponseFinder.marker(in: 0..<text.tokens.count, tokens: text.tokens, afterStrike: false)
    }

    @Test(arguments: [
        "In the night to Monday had jets of type F-15 and F-16 on order of President Joe Biden three targets attacked.",
        "Two F-15E jets had in the night on order of the president several buildings at a border crossing attacked, the Pentagon said.",
        "In retaliation the US military has positions of a militia in eastern Syria bombed.",
        "The fire came hours after two F-15 fighters American have shelled, Wednesday, a depot near Maysaloun.",
    ])
    func aStrikeVerbEndingTheClauseIsTheWarplanesOrUSForces(_ sentence: String) {
        #expect(strike(sentence) != nil)
    }

    @Test(arguments: [
        "Iraqi F-16s had on Monday positions of the Islamic State in the desert attacked.",
        "US troops at the base that militants attacked.",
        "US officials said the drone had for a long time the base attacked.",
    ])
    func noStrikeWhenAnotherSubjectCanOwnTheVerb(_ sentence: String) {
        #expect(strike(sentence) == nil)
    }

    @Test func aGermanWarplaneStrikeIsAUSStrike() {
        let body = """
        Zwei Kampfflugzeuge vom Typ F-15E hatten in der Nacht zum Freitag auf Anordnung von Präsident Joe Biden mehrere \
        Gebäude an einem Grenzübergang bei Albukamal angegriffen, teilte das Pentagon mit.
        """
        let s = F.extract(body, published: "2021-02-26").incidents.first { $0.kind == .usStrike }
        #expect(s?.location == "Albukamal")
        #expect(s?.country == "Syria")
    }

    @Test func theCountryAcrossTheBorderIsNotTheStrikes() {
        let body = """
        US jets struck a training camp near the town of Albukamal on the border with Iraq on Sunday, the Pentagon said.
        """
        let s = F.extract(body, published: "2023-11-13").incidents.first { $0.kind == .usStrike }
        #expect(s?.country == "Syria")
    }

    @Test func theAttackAnsweredBeforeTheActorDoesNotDateTheStrike() {
        // No comma between the attack answered and the strike: the strike starts at its actor.
        let body = """
        Am Samstag schlugen erneut Raketen auf dem Stützpunkt Tadschi ein. Als Vergeltung für den tödlichen Angriff vom \
        Mittwoch hatten die USA in der Nacht zum Freitag Stellungen der Miliz Kataib Hisbollah im Irak bombardiert.
        """
        let s = F.extract(body, published: "2020-03-15").incidents.first { $0.kind == .usStrike }
        #expect(s?.date.day == CalendarDay(year: 2020, month: 3, day: 12))
    }
}
