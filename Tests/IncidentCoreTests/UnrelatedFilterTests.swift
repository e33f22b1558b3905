import Testing
@testable import IncidentCore

/// The part of a sentence about other wars (Gaza, Israel, Lebanon) is cut off; what describes a group is not.
@Suite struct UnrelatedFilterTests {
    private func kept(_ sentence: String) -> String {
        let text = ScannedText(sentence)
        let range = UnrelatedFilter.kept(0..<text.tokens.count, tokens: text.tokens)
        return text.tokens[range].map(\.text).joined(separator: " ")
    }

    @Test func anotherWarEndsWhatCanTellAnAttackOnUSForces() {
        #expect(kept("Rockets hit the base after the Hamas attack on Israel killed 1,200 people.") == "rockets hit the base")
    }

    @Test func aGroupDescribedByTheWarStillClaims() {
        let sentence = "The Islamic Resistance in Iraq, the umbrella name adopted by Iranian-backed militias since the start "
            + "of the Israel–Hamas war, claimed the attacks on Ain al-Asad and Al-Shaddadi."
        #expect(kept(sentence).hasSuffix("claimed the attacks on ain al - asad and al - shaddadi ."))
        let attacks = ExtractionFixtures.extract("Drones struck Ain al-Asad air base and Al-Shaddadi on Wednesday. " + sentence,
                                                 published: "2023-11-23").incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 2)
        #expect(attacks.allSatisfy { $0.claimedBy == "Islamic Resistance in Iraq" })
    }

    @Test func aDescriptionThatRunsToTheEndIsStillCut() {
        // No closing comma: nothing after the war is the sentence's own.
        let sentence = "The attack was claimed by the Islamic Resistance in Iraq, a coalition formed after the war in Gaza began."
        #expect(!kept(sentence).contains("gaza"))
    }
}
