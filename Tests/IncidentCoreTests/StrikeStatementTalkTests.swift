import Testing
@testable import IncidentCore

/// A strike statement that tells no day of its strikes: the attack it recalls with a day is a mention (the strikes
/// came by the day of publication), and its talk of attacks ("weapons from Iran that it has used to attack
/// coalition forces") is no attack of its own.
@Suite struct StrikeStatementTalkTests {
    typealias F = ExtractionFixtures

    static let statement = """
        In response to continued attacks by Iran-aligned militia groups against coalition personnel, U.S. forces have \
        carried out precision strikes on three facilities used by the groups in western Iraq.

        Asaib Ahl al-Haq has close ties to Iran's Quds Force and has repeatedly received weapons from Iran that it \
        has used to attack coalition forces.

        The groups have carried out a series of attacks, among them the rocket attack of March 8 on Union III in \
        Baghdad, which wounded two U.S. service members.

        U.S. forces in Iraq are there to support the mission to defeat ISIS alongside our partners, and will go on \
        protecting American lives.
        """

    @Test func theRecalledAttackIsAMentionAndTheTalkNoAttack() {
        let e = F.extract(Self.statement, published: "2021-03-10")
        #expect(!e.incidents.contains { $0.kind == .attack }, "\(F.dump(e, body: Self.statement))")
        let recalled = e.incidents.first { $0.kind == .mention }
        #expect(recalled?.date.day == F.day("2021-03-08"), "\(F.dump(e, body: Self.statement))")
        #expect(recalled?.usInjured.count == 2, "\(F.dump(e, body: Self.statement))")
        #expect(e.incidents.contains { $0.kind == .usStrike }, "\(F.dump(e, body: Self.statement))")
    }
}
