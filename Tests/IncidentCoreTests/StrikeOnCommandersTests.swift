import Testing
@testable import IncidentCore

/// "...; then came the drone strike that killed Qassem Soleimani and Abu Mahdi al-Muhandis at Baghdad airport": a strike
/// that killed commanders is the US's, though no US word is written, and no part of the attack told before it. A
/// strike that killed troops is still an attack.
@Suite struct StrikeOnCommandersTests {
    typealias F = ExtractionFixtures

    @Test func theStrikeOnSoleimaniIsNoAttackAtTheAirport() {
        let body = """
            Washington's troubles with the militias are old.

            On Dec. 27, 2019, rockets slammed into K-1 Air Base near Kirkuk. US strikes on Kataib Hezbollah followed; on \
            Dec. 31, militia supporters stormed the outer compound of the US Embassy in Baghdad; then came the drone strike \
            that killed Qassem Soleimani and Abu Mahdi al-Muhandis at Baghdad airport.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-09-28")).incidents
        let embassy = found.first { $0.location == "US Embassy Baghdad" }
        #expect(embassy?.weapons.isEmpty == true)
        #expect(!found.contains { $0.location == "Victory Base Complex" }, "\(found.map(\.location))")
    }

    @Test func aStrikeThatKilledTroopsIsAnAttack() {
        let body = "Officials are investigating the drone strike that killed three American soldiers at Tower 22 in Jordan on Sunday."
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-01-30")).incidents
        #expect(found.first { $0.kind == .attack }?.usKilled.spelled == "3")
    }
}
