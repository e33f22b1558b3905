import Testing
@testable import IncidentCore

/// "Two U.S. soldiers were killed, and more than a dozen other people were wounded": people set apart by "other" after
/// a hedged count are nobody the story names, not US troops (the German "mehr als ein Dutzend weitere Menschen" too).
@Suite struct OtherPeopleAfterAHedgeTests {
    typealias F = ExtractionFixtures

    @Test(arguments: ["more than a dozen other people were wounded", "at least 14 other people were wounded"])
    func otherPeopleAfterAHedgedCountAreNoUSTroops(_ others: String) throws {
        let body = "Rockets struck Camp Taji on Wednesday night. Two U.S. soldiers were killed, and \(others)."
        let e = F.extract(body, published: "2020-03-12")
        let attack = try #require(e.incidents.first { $0.kind == .attack }, "\(F.dump(e, body: body))")
        #expect(attack.usKilled == Figure(count: 2), "\(F.dump(e, body: body))")
        #expect(attack.usInjured.count == nil, "\(F.dump(e, body: body))")
    }
}
