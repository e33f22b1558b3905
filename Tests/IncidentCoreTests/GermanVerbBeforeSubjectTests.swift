import Testing
@testable import IncidentCore

/// German puts the verb second, before its subject, after whatever opens the clause: "Wie die Gruppe mitteilte,
/// griffen ihre Kämpfer den Stützpunkt ... an" (as the group said, its fighters attacked the base), "In einer zweiten
/// Erklärung reklamierte die Gruppe einen Raketenangriff" (in a second statement the group claimed a rocket attack).
@Suite struct GermanVerbBeforeSubjectTests {
    typealias F = ExtractionFixtures

    @Test func bothStatementsOfTheGroupAreClaims() {
        let title = "Erneut Angriffe auf US-Stützpunkte in Syrien"
        let body = """
            \(title)

            Proiranische Milizen haben am Sonntag erneut zwei Stützpunkte der US-Armee im Nordosten Syriens angegriffen.

            Wie die sogenannte „Islamische Widerstandsbewegung im Irak“ in der Nacht zum Montag über Telegram mitteilte, \
            griffen ihre Kämpfer den US-Stützpunkt Schaddadi im Süden der Provinz Hasaka mit einer Drohne an. Es habe \
            weder Verletzte noch Schäden gegeben, sagte ein Vertreter des US-Verteidigungsministeriums.

            In einer zweiten Erklärung reklamierte die Gruppe einen Raketenangriff auf den Stützpunkt am Gasfeld Conoco \
            in der Provinz Deir ez-Zor für sich.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2023-11-13")).incidents
        let shaddadi = found.first { $0.location == "Al-Shaddadi" }
        let conoco = found.first { $0.location == "Conoco gas field" }
        #expect(shaddadi?.claimedBy == "Islamic Resistance in Iraq", "\(found.map { "\($0.location ?? "-") \($0.claimedBy ?? "-")" })")
        #expect(conoco?.claimedBy == "Islamic Resistance in Iraq", "\(found.map { "\($0.location ?? "-") \($0.claimedBy ?? "-")" })")
    }
}
