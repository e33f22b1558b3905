import Testing
@testable import IncidentCore

/// A count revised later in the story ("a figure it raised to 19 later Monday") and a count quoted as said ('"at least
/// 12" had been hurt') are the attack's figures like any other: the later, higher one is the toll.
@Suite struct RevisedCountTests {
    typealias F = ExtractionFixtures

    @Test func aFigureRaisedLaterIsTheToll() throws {
        let body = """
            A drone struck Al-Tanf Garrison in southern Syria on Monday, injuring several American troops.

            U.S. Central Command initially said 11 service members had been hurt, a figure it raised to 19 later Monday.
            """
        let e = F.extract(body, published: "2023-10-24")
        let attack = try #require(e.incidents.first { $0.kind == .attack }, "\(F.dump(e, body: body))")
        #expect(attack.usInjured == Figure(count: 19), "\(F.dump(e, body: body))")
    }

    @Test func aQuotedCountIsACount() {
        let tokens = TextScanner.tokens(of: "the coalition said \"at least 12\" had been hurt")
        let found = CasualtyFinder.find(in: 0..<tokens.count, tokens: tokens, defaultParty: .us)
        #expect(found.contains { $0.figure == Figure(count: 12, qualifier: .atLeast) }, "\(found)")
    }
}
