import Testing
@testable import IncidentCore

/// Background events become mentions; unrelated events (Israeli strikes, Iranian missiles) are ignored.
@Suite struct ExtractionMentionTests {
    typealias F = ExtractionFixtures

    @Test func earlierEventsAreMentionsNotTheAttack() throws {
        let body = """
        Rockets hit Ain al-Asad air base on Monday, injuring two US soldiers. In January, a drone strike \
        killed three American soldiers at Tower 22 in Jordan. Rockets also hit the base on July 25.
        """
        let e = F.extract(body, published: "2024-08-05")
        let attacks = e.incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first?.usKilled.isUnknown == true)
        #expect(attacks.first?.usInjured == Figure(count: 2))
        let tower = try #require(e.incidents.first { $0.location == "Tower 22" })
        #expect(tower.kind == .mention)
        #expect(tower.date == IncidentDate(day: F.day("2024-01-01"), precision: .month))
        #expect(tower.dateUncertain)
        #expect(tower.usKilled == Figure(count: 3))
        #expect(e.incidents.contains { $0.kind == .mention && $0.date.day == F.day("2024-07-25") })
    }

    @Test func israeliAndIranianStrikesAreIgnored() {
        let body = """
        Yesterday, five members of the Revolutionary Guards were killed in a strike in Damascus that Tehran \
        attributed to Israel. Iran launched ballistic missiles against the Kurdistan region, saying it \
        targeted a facility used by Mossad.
        """
        let e = F.extract(body, published: "2024-01-21")
        #expect(!e.incidents.contains { $0.kind == .attack })
    }

    @Test func summaryIsOneTrimmedSentence() throws {
        let long = String(repeating: "very ", count: 60)
        let body = "Rockets hit Ain al-Asad on Friday after a \(long)long night. Nobody cared."
        let a = try #require(F.extract(body).incidents.first { $0.kind == .attack })
        #expect(a.summary.count <= 201)
        #expect(a.summary.hasPrefix("Rockets hit Ain al-Asad"))
        #expect(!a.summary.contains("Nobody"))
    }
}
