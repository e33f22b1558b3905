import Foundation
import Testing
@testable import IncidentCore

/// A small seeded generator (SplitMix64), so every run tries the same thousands of inputs.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text built from pieces the parsers care about: escapes, controls, quotes, separators,
/// front-matter fences, dates, place names, numbers, marks and plain words.
enum RandomText {
    static let pieces: [String] = [
        "\u{1B}", "\u{1B}[", "\u{1B}]0;", "\u{1B}P", "\u{1B}c", "\u{07}", "\u{08}", "\r", "\r\n", "\n", "\t", "\u{9B}", "\u{9C}",
        "\u{9D}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{0301}", "\u{0301}\u{0302}\u{0303}", "\u{FEFF}", "\u{FFFD}",
        "\"", "\"\"", ",", ":", ";", "!", "-", "<", ">=", "=", "'", "%", "_", "\\", "(", ")", "*",
        "---\n", "published: ", "url: ", "outlet: ", "title: ", "2024-01-20", "2024-13-45", "January 28, 2024", "Tuesday",
        "Ain al-Asad Air Base", "Tower 22", "Syria", "Iraq", "rockets", "drones", "killed", "injured", "at least", "three", "12",
        "Islamic Resistance in Iraq", "claimed", "the Pentagon said", ". ", " ", "  ", "word", "中文", "🇺🇸", "ا", "é",
        "country:", "location:", "weapon:", "group:", "kind:", "after:", "before:", "injured>", "killed<=", "date>=", "attack",
    ]

    static func make(_ rng: inout SeededGenerator, maxPieces: Int = 40) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &rng) {
            if Int.random(in: 0..<8, using: &rng) == 0 {
                text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0x20...0x2FF, using: &rng)) ?? "x")
            } else {
                text += pieces.randomElement(using: &rng)!
            }
        }
        return text
    }

    static func bytes(_ rng: inout SeededGenerator) -> Data {
        var data = Data(make(&rng).utf8)
        for _ in 0..<Int.random(in: 0...3, using: &rng) where !data.isEmpty {
            data[Int.random(in: 0..<data.count, using: &rng) + data.startIndex] = UInt8.random(in: 0x80...0xFF, using: &rng)
        }
        return data
    }
}

@Suite struct ParserPropertyTests {
    @Test func sanitizedTextHasNoControlsAndIsStable() {
        var rng = SeededGenerator(seed: 0x5EED_0001)
        for _ in 0..<4000 {
            let input = RandomText.make(&rng)
            let clean = TextSanitizer.clean(input).text
            #expect(!clean.unicodeScalars.contains(where: HostileFixture.forbidden), "input \(input.debugDescription)")
            #expect(HostileFixture.longestMarkRun(clean) <= TextSanitizer.maximumMarksInRow)
            #expect(TextSanitizer.clean(clean).text == clean, "idempotent for \(input.debugDescription)")
        }
    }

    @Test func articlesFromRandomBytesAreReadOrRefusedAndTheirFactsPointIntoTheText() {
        var rng = SeededGenerator(seed: 0x5EED_0002)
        let reader = ArticleReader(defaultPublished: CalendarDay(iso: "2024-02-01"))
        let extractor = Extractor()
        var read = 0
        for index in 0..<1500 {
            let data = RandomText.bytes(&rng)
            let name = ["a.txt", "b.md", "c.json", "d.ndjson"][index % 4]
            do {
                let result = try reader.read(data: data, fileName: name)
                read += 1
                for article in result.articles {
                    #expect(!article.body.isEmpty)
                    #expect(!(article.title + article.body).unicodeScalars.contains(where: HostileFixture.forbidden))
                    let length = article.body.unicodeScalars.count
                    for fact in extractor.extract(title: article.title, body: article.body, published: article.published).allFacts {
                        #expect(fact.span.start >= 0 && fact.span.end <= length, "fact \(fact.field) span \(fact.span) within \(length)")
                    }
                }
            } catch is ArticleError {
                continue
            } catch {
                Issue.record("unexpected error \(error) for \(data as NSData)")
            }
        }
        #expect(read > 200, "enough random inputs were accepted to exercise extraction (\(read))")
    }

    @Test func csvRecordsSurviveARoundTrip() {
        var rng = SeededGenerator(seed: 0x5EED_0003)
        let fieldPieces = ["a", "Ain al-Asad", ",", "\"", "\n", "\r\n", " ", "", "2024-01-20", "中", "\u{0301}", ";", "x\"y"]
        for _ in 0..<3000 {
            let records = (0..<Int.random(in: 1...5, using: &rng)).map { _ in
                (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                    (0..<Int.random(in: 0...4, using: &rng)).map { _ in fieldPieces.randomElement(using: &rng)! }.joined()
                }
            }
            let text = records.map { fields in
                // Quotes doubled scalar by scalar: a quote followed by a combining mark is one
                // Character to Swift but still a quote to CSV.
                fields.map { field in
                    var quoted = String.UnicodeScalarView()
                    quoted.append("\"")
                    for scalar in field.unicodeScalars {
                        if scalar == "\"" { quoted.append("\"") }
                        quoted.append(scalar)
                    }
                    quoted.append("\"")
                    return String(quoted)
                }.joined(separator: ",")
            }.joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n")
            let parsed = Array(CSVReader(text: text)).map(\.fields)
            #expect(parsed.map { $0.map { Array($0.unicodeScalars) } } == records.map { $0.map { Array($0.unicodeScalars) } },
                    "CSV \(text.debugDescription)")
        }
    }

    @Test func csvReaderEndsOnAnyTextWithLinesInOrder() {
        var rng = SeededGenerator(seed: 0x5EED_0004)
        for _ in 0..<3000 {
            let text = RandomText.make(&rng, maxPieces: 60)
            let lineCount = text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count + 1
            var previous = 0
            var records = 0
            for record in CSVReader(text: text) {
                records += 1
                #expect(record.line > previous && record.line <= lineCount)
                previous = record.line
                if records > text.unicodeScalars.count + 1 { Issue.record("reader does not end"); break }
            }
            _ = CSVTable(text: text).rows.map { CSVTable(text: text).value("date", in: $0) }
        }
    }

    @Test func filterTextIsParsedOrRefusedAndNeverBreaksTheQuery() throws {
        var rng = SeededGenerator(seed: 0x5EED_0005)
        let store = try IncidentStore(path: try temporaryDirectory() + "/f.sqlite", mode: .create)
        _ = try Ingester(store: store).ingest(path: try Fixtures.articleFiles()[0])
        var parsed = 0
        for _ in 0..<3000 {
            let text = RandomText.make(&rng, maxPieces: 8)
            do {
                let filter = try FilterParser.parse(text)
                parsed += 1
                // Quotes, %, _ and ; in values must reach SQL as values, never as syntax.
                _ = try store.count(filter: filter)
            } catch let error as FilterParser.ParseError {
                #expect(!error.description.contains("\n"))
                #expect(FilterParser.tokens(text).contains(error.term), "the error names a term of the filter")
            } catch {
                Issue.record("filter `\(text.debugDescription)` broke the query: \(error)")
            }
        }
        #expect(parsed > 1000, "enough random filters parse to reach the store (\(parsed))")
        // Found by this test: a bare term without letters or digits made an empty FTS5 query.
        #expect(try store.count(filter: FilterParser.parse("%")) == 0)
        #expect(try store.count(filter: FilterParser.parse("!%")) == store.count(filter: FilterParser.parse("")))
        #expect(try store.textMatches("((") == 0)
    }

    @Test func wellFormedFiltersKeepEveryTerm() throws {
        var rng = SeededGenerator(seed: 0x5EED_0006)
        let keys = ["country:iraq", "location:asad", "weapon:drone", "group:kataib", "kind:us_strike", "after:2024-01-01",
                    "before:2024-02-01", "injured>0", "killed>=2", "date<2024-03-01", "rockets", "\"tower 22\"", "!country:syria"]
        for _ in 0..<3000 {
            let chosen = (0..<Int.random(in: 1...6, using: &rng)).map { _ in keys.randomElement(using: &rng)! }
            let filter = try FilterParser.parse(chosen.joined(separator: " "))
            #expect(filter.terms.count == chosen.count)
            #expect(filter.terms.filter(\.negated).count == chosen.filter { $0.hasPrefix("!") }.count)
        }
    }
}
