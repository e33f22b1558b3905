import Testing
@testable import IncidentCore

/// Americans who are not service members ("an American citizen", "two U.S. civilians") are not the US killed or
/// injured of the labels, which count service members only; they are kept as other casualties.
@Suite struct AmericanCiviliansTests {
    typealias F = ExtractionFixtures

    @Test(arguments: ["an American citizen", "a U.S. civilian", "a US national"])
    func anAmericanWhoIsNoServiceMemberIsNoUSDead(_ who: String) {
        let body = "Rockets struck Camp Taji on Sunday, killing \(who) and wounding three U.S. service members."
        let e = F.extract(body, published: "2020-03-16")
        let attack = e.incidents.first { $0.kind == .attack }
        #expect(attack?.usKilled.count != 1, "\(F.dump(e, body: body))")
        #expect(attack?.usInjured.count == 3, "\(F.dump(e, body: body))")
    }
}
