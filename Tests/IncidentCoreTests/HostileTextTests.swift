import Foundation
import GRDB
import Testing
@testable import IncidentCore

/// The hostile fixture: escape sequences, C0/C1 controls, bidi overrides, zero-width characters,
/// a combining-mark flood, a 100,000-character line and invalid UTF-8, in the text and front matter.
enum HostileFixture {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/hostile-article.txt").path

    /// Scalars that must never be stored or shown.
    static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200B || v == 0x2060 || v == 0xFEFF
    }

    static func longestMarkRun(_ text: String) -> Int {
        var longest = 0, run = 0
        for scalar in text.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return longest
    }
}

@Suite struct HostileTextTests {
    @Test func fixtureReallyHoldsEveryHostileThing() throws {
        let bytes = try #require(FileManager.default.contents(atPath: HostileFixture.path))
        let text = String(decoding: bytes, as: UTF8.self)
        for needle in ["\u{1B}[2J", "\u{1B}]0;PWNED-TITLE\u{07}", "\u{1B}]2;", "\u{1B}P", "\u{1B}c", "\u{1B}[?1049h",
                       "\u{9B}", "\u{07}", "\u{08}", "\r", "\u{202E}", "\u{200B}", "\u{2060}", "\u{0301}\u{0302}"] {
            #expect(bytes.range(of: Data(needle.utf8)) != nil, "fixture holds \(needle.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(ArticleReader.countInvalidUTF8(bytes) >= 3)
        #expect(text.split(separator: "\n").contains { $0.count >= 100_000 && !$0.contains(" ") })
    }

    @Test func readingCleansEverythingAndWarnsButKeepsTheRawHash() throws {
        let result = try ArticleReader().read(path: HostileFixture.path)
        let article = try #require(result.articles.first)
        for text in [article.title, article.body, article.url ?? "", article.outlet ?? ""] {
            #expect(!text.unicodeScalars.contains(where: HostileFixture.forbidden), "clean: \(text.prefix(80))")
            #expect(!text.contains("PWNED"), "control-string payloads are dropped with their sequence")
            #expect(HostileFixture.longestMarkRun(text) <= TextSanitizer.maximumMarksInRow)
        }
        #expect(article.title == "Rockets hit Ain al-Asad again")
        #expect(article.url == "https://example.org/story?id=7")
        #expect(article.outlet == "Evilswen Wire")
        #expect(article.body.contains("Two US service members suffered minor injuries, a defense official said."))
        #expect(article.body.contains("carriage\nreturn"), "a lone CR becomes a line break")
        #expect(article.body.contains("Zero width: invis\u{200C}ible\u{200D}joinerhere end."), "invisible zero-width characters go, joiners stay")
        #expect(article.body.contains(String(repeating: "A", count: 99_990) + "Long-line."), "the long line is kept whole")
        #expect(article.body.contains("\u{FFFD}"), "invalid UTF-8 becomes U+FFFD")
        let warning = try #require(result.warning)
        #expect(warning.contains("hostile-article.txt") && warning.contains("invalid UTF-8") && warning.contains("control characters"))
        let raw = try #require(FileManager.default.contents(atPath: HostileFixture.path))
        #expect(article.rawHash == ArticleReader.sha256Hex(raw), "the hash of the original bytes is kept")
    }

    @Test func ingestStoresCleanTextAndFindsTheIncident() throws {
        let path = try temporaryDirectory() + "/s.sqlite"
        let store = try IncidentStore(path: path, mode: .create)
        let report = try Ingester(store: store).ingest(path: HostileFixture.path)
        #expect(report.newIncidents.count == 1, "\(report.line)")
        let raw = try #require(FileManager.default.contents(atPath: HostileFixture.path))
        let row = try #require(try DatabaseQueue(path: path).read { db in
            try Row.fetchOne(db, sql: "SELECT title, body, url, outlet, rawHash FROM article")
        })
        for column in ["title", "body", "url", "outlet"] {
            let text: String = row[column]
            #expect(!text.unicodeScalars.contains(where: HostileFixture.forbidden), "stored \(column) is clean")
        }
        #expect(row["rawHash"] == ArticleReader.sha256Hex(raw))
        let incident = try #require(try store.incidents(filter: IncidentFilter(), sort: IncidentSort(), offset: 0, limit: 5).first)
        #expect(incident.location == "Ain al-Asad Air Base")
        #expect(incident.date.day?.iso == "2024-03-01")
    }

    @Test func importedCSVValuesAreCleanedLikeArticles() throws {
        let csv = "date,country,location,notes\n2024-01-20,Iraq,\"Ain al-Asad\u{1B}]0;PWNED\u{07}\u{202E}\",\"Rockets\u{1B}[2J hit\u{9B}1m the base.\"\n"
        let table = CSVTable(text: csv)
        let row = try #require(table.rows.first)
        #expect(table.value("location", in: row) == "Ain al-Asad")
        #expect(table.value("notes", in: row) == "Rockets hit the base.")
    }

    @Test func sanitizingTwiceChangesNothing() throws {
        let text = try String(decoding: #require(FileManager.default.contents(atPath: HostileFixture.path)), as: UTF8.self)
        let once = TextSanitizer.clean(text).text
        let twice = TextSanitizer.clean(once)
        #expect(twice.text == once)
        #expect(!twice.changed)
    }

    @Test func zeroWidthAndMarkFloodsAreCutButOrdinaryAccentsStay() {
        #expect(TextSanitizer.clean("in\u{200B}visible\u{2060}").text == "invisible")
        #expect(TextSanitizer.clean("Persian\u{200C}joiner").text == "Persian\u{200C}joiner", "ZWNJ carries meaning")
        #expect(TextSanitizer.clean("Vie\u{0323}\u{0302}t").text == "Vie\u{0323}\u{0302}t")
        let flood = "Z" + String(repeating: "\u{0301}", count: 500)
        #expect(TextSanitizer.clean(flood).text.unicodeScalars.count == 1 + TextSanitizer.maximumMarksInRow)
    }
}
