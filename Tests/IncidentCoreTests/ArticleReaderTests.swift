import Foundation
import Testing
@testable import IncidentCore

@Suite struct ArticleReaderTests {
    let reader = ArticleReader()

    func read(_ text: String, name: String = "a.txt") throws -> ArticleReader.Result {
        try reader.read(data: Data(text.utf8), fileName: name)
    }

    @Test func frontMatterGivesMetadataAndHeadline() throws {
        let result = try read("---\npublished: 2024-01-21\nurl: https://example.org/x\noutlet: Example\nlanguage: it\n---\n\nHeadline here\n\nBody text.\n")
        let article = try #require(result.articles.first)
        #expect(article.title == "Headline here")
        #expect(article.published == CalendarDay(year: 2024, month: 1, day: 21))
        #expect(article.url == "https://example.org/x")
        #expect(article.outlet == "Example")
        #expect(article.language == "it")
        #expect(article.body == "Headline here\n\nBody text.")
        #expect(result.warning == nil)
    }

    @Test func isoDateTimeIsAcceptedAsPublished() throws {
        let article = try #require(try read("---\npublished: 2024-01-21T06:30:00Z\n---\nTitle\n").articles.first)
        #expect(article.published?.iso == "2024-01-21")
    }

    @Test func malformedFrontMatterNamesTheLine() {
        #expect(throws: ArticleError(file: "a.txt", line: 3, "front matter line is not `key: value` (this is not a pair): fix it or remove the --- header")) {
            try read("---\npublished: 2024-01-21\nthis is not a pair\n---\nTitle\n")
        }
        #expect(throws: ArticleError(file: "a.txt", line: 2, "published: `Jan 2024` is not a date: write YYYY-MM-DD or an ISO date-time")) {
            try read("---\npublished: Jan 2024\n---\nTitle\n")
        }
        #expect(throws: ArticleError(file: "a.txt", line: 1, "front matter opened with --- is never closed: add a closing --- line")) {
            try read("---\npublished: 2024-01-21\nTitle\n")
        }
    }

    @Test func emptyAndBinaryFilesAreRefused() {
        #expect(throws: ArticleError.self) { try read("  \n\n") }
        #expect(throws: ArticleError.self) { try reader.read(data: Data([0x41, 0x00, 0x42]), fileName: "x.txt") }
        // More than 1 % invalid UTF-8 in the first 64 KB: binary.
        var bytes = Data("Some text ".utf8)
        bytes.append(contentsOf: [UInt8](repeating: 0xFF, count: 20))
        #expect(throws: ArticleError.self) { try reader.read(data: bytes, fileName: "x.txt") }
    }

    @Test func fewInvalidBytesBecomeReplacementCharactersWithAWarning() throws {
        var bytes = Data("Headline\n\n".utf8)
        bytes.append(Data(String(repeating: "Rockets hit the base. ", count: 20).utf8))
        bytes.append(0xFF)
        let result = try reader.read(data: bytes, fileName: "x.txt")
        #expect(result.articles[0].body.contains("\u{FFFD}"))
        #expect(result.warning?.contains("x.txt") == true)
        #expect(result.warning?.contains("invalid UTF-8") == true)
    }

    @Test func escapeSequencesAndControlsAreStrippedWithAWarning() throws {
        let hostile = "Title \u{1B}]0;owned\u{07}here\n\nA \u{1B}[31mred\u{1B}[0m word, \u{202E}reversed\u{202C} and a bell\u{07}.\u{9B}2J\n"
        let result = try read(hostile)
        let article = try #require(result.articles.first)
        #expect(article.title == "Title here")
        #expect(article.body == "Title here\n\nA red word, reversed and a bell.")
        #expect(result.warning?.contains("control characters") == true)
    }

    @Test func canonicalBodyIgnoresLineEndingsTrailingSpaceAndNormalisation() {
        let a = ArticleReader.canonicalBody("Caf\u{E9} \r\nline two  \n\n")
        let b = ArticleReader.canonicalBody("Cafe\u{301}\nline two")
        #expect(ArticleReader.contentHash(ofCanonicalBody: a) == ArticleReader.contentHash(ofCanonicalBody: ArticleReader.canonicalBody(TextSanitizer.clean("Caf\u{E9} \r\nline two  \n\n").text)))
        #expect(a == b)
    }

    @Test func storyThatStartsStraightInGetsAShortenedFirstSentenceAsTitle() throws {
        let text = "(Baghdad) Americans were injured Monday in a rocket attack on a military base in Iraq, days after a US strike killed four pro-Iranian Iraqi fighters, amid fears of a regional conflagration.\nMore text.\n"
        let title = try #require(try read(text).articles.first).title
        #expect(title.hasPrefix("(Baghdad) Americans were injured Monday"))
        #expect(title.hasSuffix("…"))
        #expect(title.count <= 101)
    }

    @Test func jsonArrayAndNDJSONAreRead() throws {
        let json = #"[{"title":"One","text":"Rockets hit Ain al-Asad.","published":"2024-01-20","outlet":"X"},{"text":"Drones hit Tanf.\nSecond line."}]"#
        let result = try read(json, name: "batch.json")
        #expect(result.articles.count == 2)
        #expect(result.articles[0].title == "One")
        #expect(result.articles[0].published?.iso == "2024-01-20")
        #expect(result.articles[1].title == "Drones hit Tanf.")
        let nd = "{\"title\":\"A\",\"text\":\"a\"}\n\n{\"title\":\"B\",\"text\":\"b\"}\n"
        #expect(try read(nd, name: "feed.ndjson").articles.map(\.title) == ["A", "B"])
        #expect(throws: ArticleError(file: "feed.ndjson", line: 2, "not a JSON object: each line must be one {\"title\", \"text\", ...} object")) {
            try read("{\"text\":\"a\"}\n{oops\n", name: "feed.ndjson")
        }
        #expect(throws: ArticleError.self) { try read(#"{"title":"no text"}"#, name: "x.json") }
    }

    @Test func defaultPublishedAppliesOnlyToUndatedArticles() throws {
        let reader = ArticleReader(defaultPublished: CalendarDay(year: 2024, month: 8, day: 5))
        let undated = try reader.read(data: Data("Title\n\nText.".utf8), fileName: "a.txt")
        let dated = try reader.read(data: Data("---\npublished: 2024-01-01\n---\nTitle\n".utf8), fileName: "b.txt")
        #expect(undated.articles[0].published?.iso == "2024-08-05")
        #expect(dated.articles[0].published?.iso == "2024-01-01")
    }

    @Test func hashesAreLowerCaseHexSHA256AsStoresAlreadyHoldThem() {
        // Stores compare new articles against hashes written by earlier versions: same spelling.
        #expect(ArticleReader.sha256Hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ArticleReader.contentHash(ofCanonicalBody: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
