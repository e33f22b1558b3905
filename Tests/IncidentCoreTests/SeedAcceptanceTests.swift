import Foundation
import Testing
@testable import IncidentCore

/// The foundation's acceptance: the five seed articles yield what `expected.json` lists.
@Suite struct SeedAcceptanceTests {
    /// Ingests files into a fresh store and returns it with the export as parsed JSON.
    func ingestSeeds(_ files: [String], published: [String: CalendarDay] = [:]) throws -> IncidentStore {
        let store = try IncidentStore(path: try temporaryDirectory() + "/seeds.sqlite", mode: .create)
        for file in files {
            let name = (file as NSString).lastPathComponent
            let ingester = Ingester(store: store, reader: ArticleReader(defaultPublished: published[name]))
            _ = try ingester.ingest(path: file)
        }
        return store
    }

    func exportJSON(_ store: IncidentStore) throws -> [[String: Any]] {
        let text = IncidentExporter.render(try store.incidents(withSources: true).map(IncidentExporter.json),
                                           keys: IncidentExporter.incidentKeys, format: .json)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    func totalsJSON(_ store: IncidentStore) throws -> [[String: Any]] {
        let text = IncidentExporter.render(try store.reportedTotals().map(IncidentExporter.json),
                                           keys: IncidentExporter.totalKeys, format: .json)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    var expected: [String: Any] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.expectedJSON)) as? [String: Any]) }
    }

    @Test func seedArticlesYieldTheExpectedIncidents() throws {
        let store = try ingestSeeds(try Fixtures.articleFiles())
        let attacks = try exportJSON(store).filter { $0["kind"] as? String == "attack" }
        let wanted = try #require(try expected["incidents"] as? [[String: Any]])
        #expect(attacks.count == wanted.count, "exactly \(wanted.count) attacks")
        for want in wanted {
            let files = try #require(want["sources"] as? [String])
            let match = attacks.first { incident in
                let sourceFiles = (incident["sources"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
                return Set(sourceFiles) == Set(files)
            }
            guard let got = match else {
                Issue.record("no attack incident with exactly the sources \(files)")
                continue
            }
            let label = files.joined(separator: "+")
            #expect(got["date"] as? String == want["date"] as? String, "\(label) date")
            #expect(got["country"] as? String == want["country"] as? String, "\(label) country")
            #expect(got["location"] as? String == want["location"] as? String, "\(label) location")
            let weapons = Set(got["weapons"] as? [String] ?? [])
            #expect(Set(want["weapons_include"] as? [String] ?? []).isSubset(of: weapons), "\(label) weapons \(weapons)")
            #expect(got["us_injured"] as? Int == want["us_injured"] as? Int, "\(label) us_injured")
            if want.keys.contains("us_injured_qualifier") {
                #expect(got["us_injured_qualifier"] as? String == want["us_injured_qualifier"] as? String, "\(label) qualifier")
            }
            if want.keys.contains("claimed_by") {
                #expect(got["claimed_by"] as? String == want["claimed_by"] as? String, "\(label) claimed_by")
            } else {
                #expect(got["claimed_by"] is NSNull, "\(label) has no explicit claim")
            }
            if let who = want["other_casualties_include"] as? String {
                let casualties = (got["other_casualties"] as? [[String: Any]] ?? []).compactMap { $0["who"] as? String }
                #expect(casualties.contains { $0.localizedCaseInsensitiveContains(who) }, "\(label) other casualties \(casualties)")
            }
            if let figures = want["source_figures"] as? [String: [String: Any]] {
                let sources = got["sources"] as? [[String: Any]] ?? []
                for (file, figure) in figures {
                    let source = sources.first { $0["file"] as? String == file }
                    #expect(source?["us_injured"] as? Int == figure["us_injured"] as? Int, "\(file) own us_injured")
                    #expect(source?["us_injured_qualifier"] as? String == figure["us_injured_qualifier"] as? String, "\(file) own qualifier")
                }
            }
        }
    }

    @Test func seedArticlesYieldTheExpectedTotals() throws {
        let store = try ingestSeeds(try Fixtures.articleFiles())
        let totals = try totalsJSON(store)
        let wanted = try #require(try expected["reported_totals"] as? [[String: Any]])
        for want in wanted {
            let source = want["source"] as? String
            let got = totals.first { $0["source"] as? String == source && $0["total"] as? Int == want["total"] as? Int }
            guard let got else {
                Issue.record("no total \(want["total"] ?? "?") from \(source ?? "?")")
                continue
            }
            for key in ["as_of", "since", "total_qualifier", "us_injured_qualifier"] where want.keys.contains(key) {
                #expect(got[key] as? String == want[key] as? String, "\(source ?? "") \(key)")
            }
            for key in ["iraq", "syria", "us_injured"] where want.keys.contains(key) {
                #expect(got[key] as? Int == want[key] as? Int, "\(source ?? "") \(key)")
            }
        }
        // 003's "more than 175 times" has no date in the text: kept undated, never dated by publication.
        let undated = totals.filter { $0["source"] as? String == "003_9b393b4f534e3e7f.txt" }
        #expect(undated.allSatisfy { $0["as_of"] is NSNull })
    }

    @Test func ingestingTheSameFilesAgainChangesNothing() throws {
        let files = try Fixtures.articleFiles()
        let store = try ingestSeeds(files)
        let render = {
            IncidentExporter.render(try store.incidents(withSources: true).map(IncidentExporter.json),
                                    keys: IncidentExporter.incidentKeys, format: .json)
                + IncidentExporter.render(try store.reportedTotals().map(IncidentExporter.json), keys: IncidentExporter.totalKeys, format: .json)
        }
        let before = try render()
        for file in files {
            let report = try Ingester(store: store).ingest(path: file)
            #expect(report.duplicates == 1)
            #expect(report.newIncidents.isEmpty && report.mergedInto.isEmpty && report.totals == 0)
        }
        #expect(try render() == before)
    }

    @Test func originalsWithPublishedDatesGiveTheSameIncidents() throws {
        var published: [String: CalendarDay] = [:]
        for file in try Fixtures.articleFiles() {
            let article = try #require(try ArticleReader().read(path: file).articles.first)
            published[(file as NSString).lastPathComponent] = article.published
        }
        let originals = try FileManager.default.contentsOfDirectory(atPath: Fixtures.originals).sorted().map { Fixtures.originals + "/" + $0 }
        let fromArticles = try exportJSON(try ingestSeeds(try Fixtures.articleFiles()))
        let fromOriginals = try exportJSON(try ingestSeeds(originals, published: published))
        func essence(_ incidents: [[String: Any]]) -> [String] {
            incidents.map { i in
                ["kind", "date", "country", "location", "weapons", "us_killed", "us_killed_qualifier", "us_injured",
                 "us_injured_qualifier", "claimed_by"].map { "\(i[$0] ?? "nil")" }.joined(separator: "|")
            }.sorted()
        }
        #expect(essence(fromOriginals) == essence(fromArticles))
        #expect(fromOriginals.count == fromArticles.count)
    }
}
