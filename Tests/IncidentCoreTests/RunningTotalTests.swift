import Testing
@testable import IncidentCore

/// Round 6: a toll told in the present perfect beside a count of attacks over a period is the campaign's running
/// total, not the story's attack's; a toll told in the past tense, or with no count of attacks, still is the story's.
@Suite struct RunningTotalTests {
    private let lead = "Several rockets struck Ain al-Asad air base early on Friday, officials said. "
    private let count = "US forces in Iraq and Syria have been attacked at least 76 times since October 17. "

    private func attack(_ body: String, published: String = "2023-12-09") -> ExtractedIncident? {
        ExtractionFixtures.extract(body, published: published).incidents.first { $0.kind == .attack }
    }

    @Test func aPerfectTollAfterACountOfAttacksIsTheTotal() {
        #expect(attack(lead + count + "Around 60 US personnel have been injured.")?.usInjured.isUnknown == true)
        #expect(attack(lead + count + "Dozens of US personnel have suffered minor injuries.")?.usInjured.isUnknown == true)
    }

    @Test func aTollAsTheResultOfACountedRunIsTheTotal() {
        let a = attack("""
            A Katyusha rocket struck Baghdad airport late on Tuesday, security sources said. More than 30 rockets have \
            targeted US interests in Iraq since October, killing two American soldiers.
            """, published: "2020-06-17")
        #expect(a?.usKilled.isUnknown == true)
    }

    @Test func aPastTollAfterTheCountIsTheStorys() {
        #expect(attack(lead + count + "Two service members were wounded in the attack.")?.usInjured.count == 2)
    }

    @Test func aPerfectTollWithoutACountIsTheStorys() {
        #expect(attack(lead + "Three US service members have been injured, a defense official said.")?.usInjured.count == 3)
    }
}
