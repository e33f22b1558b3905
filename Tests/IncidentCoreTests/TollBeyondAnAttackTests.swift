import Testing
@testable import IncidentCore

/// A toll larger than any attack of this theatre ("the deaths of more than 40,000 people", "nearly 4,500 American
/// troops died in the Iraq war") is a war's or a group's, told in passing: never the attack's US figure.
@Suite struct TollBeyondAnAttackTests {
    typealias F = ExtractionFixtures

    @Test(arguments: [
        "The PKK has been responsible for the deaths of more than 40,000 people in its campaign against Turkey.",
        "Nearly 4,500 American troops died in the Iraq war that began in 2003.",
    ])
    func aWarsTollIsNotTheAttacks(_ aside: String) {
        let e = F.extract("""
            Rockets struck the Conoco gas field base in eastern Syria on Thursday night, causing no damage. \(aside)
            """, published: "2024-08-02")
        #expect(e.incidents.count == 1)
        #expect(e.incidents.first?.usKilled.count ?? 0 < 1000, "\(F.dump(e, body: ""))")
    }

    @Test func aLargeButRealTollStays() {
        let e = F.extract("""
            More than 100 U.S. service members were diagnosed with traumatic brain injuries after Iran's missile \
            attack on Ain al-Asad Air Base on Jan. 8.
            """, published: "2020-02-11")
        #expect(e.incidents.first?.usInjured.count == 100, "\(F.dump(e, body: ""))")
    }
}
