import Testing
@testable import IncidentCore

/// "Terminal High Altitude Area Defense" is an air-defence system: a capitalised "Area" inside a longer name is no town
/// word, so the name before it is no place. A town word that ends a name still is ("the al-Daghara area").
@Suite struct TownWordInsideANameTests {
    typealias F = ExtractionFixtures

    private func town(_ sentence: String) -> String? {
        let text = ScannedText(sentence)
        return WrittenTownFinder.find(in: 0..<text.tokens.count, tokens: text.tokens).map { text.text($0.span) }
    }

    @Test func anAirDefenceSystemIsNoPlace() {
        #expect(town("The Pentagon is deploying air defense systems, including Terminal High Altitude Area Defense and "
                     + "Patriot batteries, to protect troops in the region.") == nil)
    }

    @Test func aTownWordEndingANameIsStillOne() {
        #expect(town("A roadside bomb struck a convoy in the al-Daghara area on Monday.") == "al-Daghara")
        #expect(town("The rockets were fired from the Al-Rashid District of Baghdad.") == "Al-Rashid")
    }

    @Test func aTownWordEndingANameStillTellsTheTown() {
        let body = "A roadside bomb struck a convoy carrying coalition equipment in the al-Daghara area on Monday."
        let found = F.extractor.extract(title: "", body: body, published: F.day("2021-05-25")).incidents
        #expect(found.first?.location == "al-Daghara")
    }
}
