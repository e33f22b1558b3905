import Foundation
import GRDB
import Testing
@testable import IncidentCore

/// What the store keeps of the new extraction fields: outcome, confirmation and confidence survive a
/// merge, the export carries the sources' injury range and flags wild disagreement, a mention is linked
/// to the attack it refers to, and a store written before these columns existed is upgraded in place.
@Suite struct ExtractionStoreTests {
    private func article(_ text: String, published: String, file: String) -> ArticleInput {
        let body = ArticleReader.canonicalBody(text)
        return ArticleInput(title: ArticleReader.headline(of: body), body: body, published: CalendarDay(iso: published),
                            fileName: file, rawHash: ArticleReader.contentHash(ofCanonicalBody: text))
    }

    private func exported(_ incident: Incident) -> [String: JSONValue] {
        guard case .object(let pairs) = IncidentExporter.json(incident) else { return [:] }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    @Test func risingFiguresKeepEachSourceAndExportTheRange() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/s.sqlite", mode: .create)
        let ingester = Ingester(store: store)
        _ = try ingester.ingest([article("""
            Rockets hit Ain al-Asad air base on Monday. Four U.S. service members suffered minor injuries, a defense official said.
            """, published: "2024-08-06", file: "first.txt")], file: "first.txt")
        _ = try ingester.ingest([article("""
            The number of U.S. service members injured in Monday's rocket attack on Ain al-Asad air base rose to eight, \
            the Pentagon said. Eight U.S. service members were injured.
            """, published: "2024-08-07", file: "second.txt")], file: "second.txt")
        let attacks = try store.incidents(kind: .attack, withSources: true)
        #expect(attacks.count == 1)
        let incident = try #require(attacks.first)
        #expect(incident.usInjured == Figure(count: 8))
        #expect(incident.sources.map(\.usInjured.count) == [4, 8])
        let json = exported(incident)
        #expect(json["us_injured_min"] == .int(4))
        #expect(json["us_injured_max"] == .int(8))
        #expect(json["figures_conflict"] == .bool(false))
        #expect(json["confirmation"] == .string("confirmed"))
        // New keys come after the documented ones, so existing columns keep their places.
        #expect(Array(IncidentExporter.incidentKeys.prefix(21)).last == "sources")
    }

    @Test func wildlyConflictingFiguresAreFlagged() {
        let sources = [Figure(count: 2), Figure(count: 40)]
        #expect(IncidentMerger.isConflicting(sources, killed: false))
        #expect(!IncidentMerger.isConflicting([Figure(count: 4), Figure(count: 8)], killed: false))
        #expect(IncidentMerger.isConflicting([Figure(count: 0), Figure(count: 3)], killed: true))
        #expect(IncidentMerger.range([Figure(qualifier: .several), Figure(count: 3), Figure(count: 11)]) == 3...11)
    }

    @Test func outcomeConfirmationAndConfidenceSurviveTheStoreAndMerge() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/s.sqlite", mode: .create)
        var claimed = attackReport("2024-01-14", at: "Qasrak", country: "Syria")
        claimed.confirmation = .claimed
        claimed.outcome = .noDamage
        claimed.confidence = ["date": .inferred, "location": .inferred]
        var confirmed = attackReport("2024-01-14", at: "Qasrak", country: "Syria")
        confirmed.confirmation = .confirmed
        confirmed.outcome = .intercepted
        confirmed.confidence = ["date": .inferred]
        let id = try store.write { db -> Int64 in
            guard case .new(let id) = try IncidentStore.place(db, report: claimed, articleId: nil, now: "t1") else { return -1 }
            _ = try IncidentStore.place(db, report: confirmed, articleId: nil, now: "t2")
            return id
        }
        let incident = try #require(try store.incident(id: id))
        #expect(incident.confirmation == .confirmed)
        #expect(incident.outcome == .intercepted)
        // The second source names the site explicitly: only the date stays inferred.
        #expect(incident.confidence == ["date": .inferred])
        #expect(exported(incident)["uncertain_fields"] == .array([.string("date:inferred")]))
    }

    @Test func ambiguousPlaceKeepsItsCandidatesInTheStoreAndExport() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/s.sqlite", mode: .create)
        _ = try Ingester(store: store).ingest([article("""
            Two drones targeted a coalition base in Syria's Hasakah province on Wednesday, monitors said.
            """, published: "2024-01-04", file: "hasakah.txt")], file: "hasakah.txt")
        let incident = try #require(try store.incidents(kind: .attack, withSources: true).first)
        #expect(incident.location == "Hasakah")
        #expect(incident.locationCandidates.contains("Al-Shaddadi") && incident.locationCandidates.count == 6)
        #expect(exported(incident)["location_candidates"].map { if case .array(let a) = $0 { a.count } else { 0 } } == 6)
        #expect(incident.confidence["location"] == .inferred)
    }

    @Test func mentionIsLinkedToTheAttackNeverMerged() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/s.sqlite", mode: .create)
        let ingester = Ingester(store: store)
        _ = try ingester.ingest([article("""
            Three American soldiers were killed in a drone attack on Tower 22 in Jordan on Sunday.
            """, published: "2024-01-28", file: "attack.txt")], file: "attack.txt")
        _ = try ingester.ingest([article("""
            Rockets were fired at Al-Shaddadi on Tuesday, a monitor said. In January, a drone strike on Tower 22 \
            killed three American soldiers.
            """, published: "2024-02-21", file: "later.txt")], file: "later.txt")
        let attack = try #require(try store.incidents(kind: .attack).first { $0.location == "Tower 22" })
        let mention = try #require(try store.incidents(kind: .mention).first)
        #expect(mention.location == "Tower 22")
        #expect(mention.date.precision == .month)
        #expect(mention.linkedIncidentId == attack.id)
        #expect(attack.sourceCount == 1)
    }

    @Test func anAttackArrivingAfterItsMentionsLinksThemWithinTheirMonthOrDay() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/s.sqlite", mode: .create)
        var monthMention = attackReport("2024-01-01", at: "Tower 22", country: "Jordan", kind: .mention)
        monthMention.date = IncidentDate(day: CalendarDay(iso: "2024-01-01"), precision: .month)
        let ids = try store.write { db -> [Int64] in
            var ids: [Int64] = []
            for report in [monthMention,
                           attackReport("2024-01-27", at: "Tower 22", country: "Jordan", kind: .mention),
                           attackReport("2024-01-25", at: "Tower 22", country: "Jordan", kind: .mention),
                           attackReport("2024-02-01", at: "Tower 22", country: "Jordan", kind: .mention),
                           attackReport("2024-01-28", at: "Tower 22", country: "Jordan")] {
                guard case .new(let id) = try IncidentStore.place(db, report: report, articleId: nil, now: "t") else { return [] }
                ids.append(id)
            }
            return ids
        }
        try #require(ids.count == 5)
        let linked = try ids.prefix(4).map { try store.incident(id: $0)?.linkedIncidentId }
        // The January mention and the one a day before link to the attack of 28 January; the one
        // three days before and the one in February do not.
        #expect(linked == [ids[4], ids[4], nil, nil])
    }

    @Test func aStoreFromBeforeTheseColumnsIsUpgraded() throws {
        let path = try temporaryDirectory() + "/old.sqlite"
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1-incident-store")
        try queue.write { db in
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(sql: """
                INSERT INTO incident(kind, date, datePrecision, country, location, firstSeen, updated)
                VALUES ('attack', '2024-01-20', 'day', 'Iraq', 'Ain al-Asad Air Base', 't', 't')
                """)
        }
        try queue.close()
        let store = try IncidentStore(path: path, mode: .existing)
        let incident = try #require(try store.incidents().first)
        #expect(incident.location == "Ain al-Asad Air Base")
        #expect(incident.outcome == nil && incident.confirmation == nil && incident.confidence.isEmpty)
        let version = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == StoreSchema.version)
    }
}
