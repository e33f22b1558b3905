import Testing
@testable import IncidentCore

/// Round 22: "Nach dem tödlichen Raketenangriff auf einen Stützpunkt bei Kirkuk schlagen die USA zurück ... Zuletzt waren
/// am Freitagabend mehr als 30 Raketen auf den irakischen Militärstützpunkt K1 ... niedergegangen": the US strikes back
/// (the verb before its subject), the attack the strike's sentence opens with is the one it answers, and the attack
/// told later "zuletzt" (most recently), before the strikes' day, is that answered attack: a mention.
@Suite struct StrikeBackAfterAttackTests {
    private static let story = """
        USA bombardieren Stellungen der Kataib Hisbollah im Irak und in Syrien

        Nach dem tödlichen Raketenangriff auf einen Stützpunkt bei Kirkuk schlagen die USA zurück: Kampfjets greifen \
        fünf Ziele einer pro-iranischen Miliz an. Bagdad spricht von einer Verletzung seiner Souveränität.

        Die US-Streitkräfte haben am Sonntag Stellungen der pro-iranischen Miliz Kataib Hisbollah im Irak und in Syrien \
        bombardiert.

        Zuletzt waren am Freitagabend mehr als 30 Raketen auf den irakischen Militärstützpunkt K1 nordwestlich von \
        Kirkuk niedergegangen. Dabei wurden vier US-Soldaten verletzt.
        """

    @Test func theAttackAnsweredIsAMentionOfItsDay() {
        let incidents = ExtractionFixtures.extract(Self.story, published: "2019-12-30").incidents
        let k1 = incidents.first { $0.location == "K-1 Air Base" }
        #expect(k1?.kind == .mention)
        #expect(k1?.date.day?.iso == "2019-12-27")
        #expect(!incidents.contains { $0.kind == .attack })
    }
}
