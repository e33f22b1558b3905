import Testing
@testable import IncidentCore

/// "... and nine others were wounded, including eight contractors and one U.S. service member": a total of others
/// broken down after "including" gives each party its figure, as a total of people does.
@Suite struct OthersIncludingTests {
    typealias F = ExtractionFixtures

    @Test func aTotalOfOthersBrokenDownGivesTheUSFigure() throws {
        let body = """
            Rockets struck Ain al-Asad Air Base on Monday. A foreign contractor was killed, and six others were \
            wounded, including four contractors and two U.S. service members, the coalition said.
            """
        let e = F.extract(body, published: "2021-03-04")
        let attack = try #require(e.incidents.first { $0.kind == .attack }, "\(F.dump(e, body: body))")
        #expect(attack.usInjured == Figure(count: 2), "\(F.dump(e, body: body))")
    }
}
