import Testing
@testable import IncidentCore

/// How the corpus and held-out scoring compares a label with what was extracted: labels written from the shared
/// data, which lacks the groups and sites we added, score the same as the canonical names.
@Suite struct CorpusMatchTests {
    @Test func aClaimantScoresByGroupIdentity() {
        #expect(Corpus.matches("claimed_by", expected: "Awliyaa al-Dam", actual: "Saraya Awliya al-Dam"))
        #expect(Corpus.matches("claimed_by", expected: "Saraya Awliya al Dam", actual: "Saraya Awliya al-Dam"))
        #expect(Corpus.matches("claimed_by", expected: "Revenge of al-Muhandis Brigade", actual: "Saraya Thar al-Muhandis"))
        #expect(Corpus.matches("claimed_by", expected: "Islamic Revolution Guards Corps", actual: "Islamic Revolutionary Guard Corps"))
        #expect(Corpus.matches("claimed_by", expected: "Qasem al-Jabbarin", actual: "Saraya Qasim al-Jabbarin"))
    }

    @Test func differentGroupsOrUnknownNamesStillDiffer() {
        #expect(!Corpus.matches("claimed_by", expected: "Awliyaa al-Dam", actual: "Kataib Hezbollah"))
        #expect(!Corpus.matches("claimed_by", expected: "Islamic Resistance in Iraq", actual: "Kataib Hezbollah"))
        #expect(!Corpus.matches("claimed_by", expected: "Awliyaa al-Dam", actual: nil))
        // A name no bundled group has is compared as written.
        #expect(!Corpus.matches("claimed_by", expected: "Liwa al-Yawm al-Mawood", actual: "Saraya Awliya al-Dam"))
        #expect(Corpus.matches("claimed_by", expected: "Liwa al-Yawm al-Mawood", actual: "Liwa al-Yawm al-Mawood"))
        // A longer name that only contains a group's is not that group.
        #expect(!Corpus.matches("claimed_by", expected: "a group close to Kataib Hezbollah", actual: "Kataib Hezbollah"))
    }

    @Test func aPlaceLabelAsWrittenIsFoundInTheCanonicalName() {
        #expect(Corpus.matches("location", expected: "Taji", actual: "Camp Taji"))
        #expect(Corpus.matches("location", expected: "K1", actual: "K-1 Air Base"))
        #expect(Corpus.matches("location", expected: "Balad airbase", actual: "Balad Air Base"))
        #expect(!Corpus.matches("location", expected: "Kirkuk", actual: "K-1 Air Base"))
        // A gazetteer name is compared exactly.
        #expect(!Corpus.matches("location", expected: "Camp Taji", actual: "Taji"))
    }

    @Test func anotherNameOfABaseIsThatBase() {
        #expect(Corpus.matches("location", expected: "Joint Base Balad", actual: "Balad Air Base"))
        #expect(Corpus.matches("location", expected: "Camp Anaconda", actual: "Balad Air Base"))
        #expect(!Corpus.matches("location", expected: "Camp Anaconda", actual: "Camp Taji"))
    }
}
