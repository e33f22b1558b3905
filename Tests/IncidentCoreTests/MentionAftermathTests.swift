import Testing
@testable import IncidentCore

/// The sentences right after a recalled attack that name no site and no day of their own tell more of that attack.
@Suite struct MentionAftermathTests {
    private let story = "Rockets struck Ain al-Asad air base on Tuesday, causing no casualties."

    private func incidents(_ text: String) -> (story: ExtractedIncident?, erbil: ExtractedIncident?, dump: String) {
        let e = ExtractionFixtures.extract(text, published: "2024-01-17")
        return (e.incidents.first { $0.kind == .attack }, e.incidents.first { $0.kind == .mention },
                ExtractionFixtures.dump(e, body: text))
    }

    @Test func theTollAfterARecalledAttackIsItsToll() {
        let r = incidents(story + " Last month, a drone hit the coalition base at Erbil airport. Three U.S. service members were wounded.")
        #expect(r.erbil?.usInjured.spelled == "3", "\(r.dump)")
        #expect(r.story?.usInjured.spelled == "0", "\(r.dump)")
    }

    @Test func aChainOfSentencesKeepsTellingIt() {
        let r = incidents(story + """
             On Sunday, a drone hit the coalition base at Erbil airport. The drone struck a housing unit. Two U.S. \
            troops were hurt, one of them seriously.
            """)
        #expect(r.erbil?.usInjured.spelled == "2", "\(r.dump)")
    }

    @Test func aNewParagraphReturnsToTheStory() {
        let r = incidents("Rockets struck Ain al-Asad air base on Tuesday. Last month, a drone hit the coalition base at Erbil airport.\n\nTwo U.S. troops were wounded, officials said.")
        #expect(r.story?.usInjured.spelled == "2", "\(r.dump)")
        #expect(r.erbil?.usInjured.isUnknown != false, "\(r.dump)")
    }

    @Test func aRecallInsideTheStorysSentenceIsAnAside() {
        let r = incidents("Rockets struck Ain al-Asad air base on Tuesday, two days after a drone hit the coalition base at Erbil airport. Two U.S. troops were wounded.")
        #expect(r.story?.usInjured.spelled == "2", "\(r.dump)")
    }
}
