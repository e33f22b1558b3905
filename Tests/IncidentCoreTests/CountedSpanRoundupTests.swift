import Testing
@testable import IncidentCore

/// Round 22: "24 US personnel were injured in Iranian-backed militia attacks in Iraq and Syria between October 17 and
/// 24": a lead that counts attacks over a span it dates, up to publication, and names no site makes a roundup; the
/// attacks it dates inside the span are its news, not earlier events.
@Suite struct CountedSpanRoundupTests {
    @Test func attacksDatedInsideTheSpanAreNews() {
        let incidents = ExtractionFixtures.extract("""
            Iran Update, October 24, 2023

            The Pentagon disclosed that 24 US personnel were injured in Iranian-backed militia attacks in Iraq and Syria \
            between October 17 and 24. Iranian-backed militias conducted at least four attacks on US forces in Iraq \
            and Syria on October 22 and 23.

            Ryder said that 20 US personnel suffered minor injuries in the October 18 drone attack on al-Tanf Garrison.

            On October 23, the Islamic Resistance in Iraq claimed a drone attack on US forces at al-Malikiyah.
            """, published: "2023-10-24").incidents
        let tanf = incidents.first { $0.location == "Al-Tanf Garrison" }
        #expect(tanf?.kind == .attack)
        #expect(tanf?.date.day?.iso == "2023-10-18")
    }

    @Test func aSpanOpenedLongBeforeKeepsItsAttacksAsMentions() {
        let incidents = ExtractionFixtures.extract("""
            Militia attacks on US forces

            The Pentagon said 60 US personnel were injured in militia attacks in Iraq and Syria between October 17 and \
            December 19.

            Ryder said that 20 US personnel suffered minor injuries in the October 18 drone attack on al-Tanf Garrison.
            """, published: "2023-12-20").incidents
        #expect(incidents.first { $0.location == "Al-Tanf Garrison" }?.kind == .mention)
    }
}
