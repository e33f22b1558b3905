import Testing
@testable import IncidentCore

/// "The Shadadi base was also targeted on Tuesday with rockets and a drone" in a story of Friday's drone attack on
/// al-Shadadi: the site written with its own name and "base" is the story's site named again, so the attack on a day
/// two or more days earlier is an earlier one there (a mention), not more of the story's attack.
@Suite struct SameSiteWrittenNameTests {
    typealias F = ExtractionFixtures

    private func incidents(_ body: String, published: String) -> [(kind: IncidentKind, site: String, day: String)] {
        F.extract(body, published: published).incidents.map { ($0.kind, $0.location ?? "-", $0.date.day.map { "\($0)" } ?? "-") }
    }

    @Test func theSiteWrittenWithItsNameAndBaseDaysEarlierIsAMention() {
        let body = """
        Drones hit US bases in Hasakah and Deir ez-Zor

        A drone attack targeted at dawn on Friday the American base in the city of al-Shadadi, local sources said.

        The Shadadi base was also targeted on Tuesday with rockets and a drone.

        Residents reported explosions at the Omar field base after a drone attack the same morning.
        """
        let found = incidents(body, published: "2024-01-05")
        #expect(found.contains { $0.kind == .mention && $0.site == "Al-Shaddadi" && $0.day == "2024-01-02" })
        #expect(found.contains { $0.kind == .attack && $0.site == "Al-Shaddadi" && $0.day == "2024-01-05" })
    }

    @Test func anotherSpellingOfTheSiteDaysEarlierIsAMentionToo() {
        let body = """
        Militias claim attacks on US bases in eastern Syria

        A drone targeted on Thursday the coalition base at the Conoco gas field in Deir ez-Zor, a military source said.

        The Koniko base was also targeted on Sunday with three rockets, which fell near the base.
        """
        let found = incidents(body, published: "2024-01-04")
        #expect(found.contains { $0.kind == .mention && $0.site == "Conoco gas field" && $0.day == "2023-12-31" })
    }

    @Test func theDayBeforeToldAtTheWrittenBaseStaysTheStorysAttack() {
        // One day apart may be the story's attack told by another source (a night, a time zone): not recalled.
        let body = """
        Pentagon disputes militia claim of hit on US base

        The Pentagon on Wednesday disputed a militia's claim that it had hit U.S. troops at the airport in Erbil.

        A defense official said the drone was destroyed near Erbil Air Base on Tuesday evening. There were no injuries.
        """
        let found = incidents(body, published: "2024-01-03")
        #expect(!found.contains { $0.kind == .mention && $0.day == "2024-01-02" })
    }
}
