import Testing
@testable import IncidentCore

/// A blank line ends a paragraph (and only a blank line): a tracker's entry does not run on past it, and a second
/// entry of a day headed above it ("Also SUN 7 JAN: ...") opens an entry of its own, on its own day.
@Suite struct ParagraphBreakTests {
    typealias F = ExtractionFixtures

    @Test func theParagraphOfATokenStartsAfterTheLastBlankLine() throws {
        let text = ScannedText("Rockets hit Erbil.\nNo one was hurt.\n\nA drone hit Ain al-Asad.  It was shot down.")
        let shot = try #require(text.tokens.firstIndex { $0.text == "shot" })
        let drone = try #require(text.tokens.firstIndex { $0.text.lowercased() == "a" })
        let hurt = try #require(text.tokens.firstIndex { $0.text == "hurt" })
        // A single line break and a double space are no paragraph break; a blank line is.
        #expect(text.paragraphStart(of: shot) == drone)
        #expect(text.paragraphStart(of: hurt) == 0)
    }

    @Test func aSecondEntryOfTheDayKeepsItsDay() {
        let e = F.extract("""
            DAILY LOG

            SAT 6 JAN 2024
            Ain al-Asad Air Base, Anbar, Iraq. Two rockets, both intercepted. No injuries (US official). Claimed: IRI.

            Also SUN 7 JAN: Partner. A drone hit a position of the Syrian Democratic Forces near the Conoco gas \
            field, wounding three SDF fighters.

            MON 8 JAN 2024
            Al-Tanf Garrison, Syria. One-way attack drone shot down. No casualties. Claimed: IRI.
            """, published: "2024-01-09")
        let conoco = e.incidents.first { $0.kind == .partner }
        #expect(conoco?.date.day == F.day("2024-01-07"), "\(F.dump(e, body: ""))")
    }
}
