import Testing
@testable import IncidentCore

/// "A drone strike that killed three American soldiers hit Tower 22": the Americans the verb before them counts are the
/// victims, not who hit, so the sentence is an attack, not a US strike. "Killed in a US drone strike" still names who
/// struck.
@Suite struct VictimsAreNoStrikersTests {
    typealias F = ExtractionFixtures

    @Test(arguments: ["A drone strike that killed three American soldiers hit Tower 22 in Jordan on Sunday.",
                      "A drone that injured at least two US troops hit Tower 22 in Jordan on Sunday."])
    func theCountedAmericansWereHit(_ body: String) {
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-01-29")).incidents
        #expect(found.map(\.kind) == [.attack], "\(found.map(\.kind))")
        #expect(found.first?.location == "Tower 22")
    }

    @Test func killedInAUSStrikeIsStillTheUSStriking() {
        let body = "Soleimani was killed in a US drone strike near Baghdad airport on Jan. 3, 2020."
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-01-04")).incidents
        #expect(!found.contains { $0.kind == .attack || $0.kind == .mention }, "\(found.map(\.kind))")
    }
}
