import Foundation
@testable import IncidentCore

/// Loads the seed articles and runs the extractor for the extraction tests.
enum ExtractionFixtures {
    static let seedsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/seeds")

    struct Seed {
        var file: String
        var title: String
        var body: String
        var published: CalendarDay?
    }

    /// The claim ClaimFinder reads in one sentence, or nil.
    static func claim(_ sentence: String) -> ClaimMention? {
        let text = ScannedText(sentence)
        return ClaimFinder.find(in: 0..<text.tokens.count, tokens: text.tokens)
    }

    /// A seed article with its front matter stripped as the ingest layer does.
    static func seed(_ prefix: String, original: Bool = false) throws -> Seed {
        let dir = seedsDirectory.appendingPathComponent(original ? "original" : "articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let raw = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        var lines = raw.components(separatedBy: "\n")
        var published: CalendarDay?
        if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") {
            for line in lines[1..<close] where line.hasPrefix("published:") {
                published = CalendarDay(iso: String(line.dropFirst("published:".count)))
            }
            lines = Array(lines[(close + 1)...])
        }
        while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeFirst() }
        let body = lines.joined(separator: "\n")
        let title = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        return Seed(file: name, title: title, body: body, published: published)
    }

    static let extractor = Extractor()

    /// The bundled gazetteer's matcher.
    static let placeMatcher = PlaceMatcher(gazetteer: .bundled)

    /// The first gazetteer site named in `text`, by its canonical name.
    static func site(_ text: String) -> String? {
        let tokens = TextScanner.tokens(of: text)
        return placeMatcher.matches(in: 0..<tokens.count, tokens: tokens).first?.base.name
    }

    static func extract(_ seed: Seed, published: CalendarDay? = nil) -> ArticleExtraction {
        extractor.extract(title: seed.title, body: seed.body, published: published ?? seed.published)
    }

    /// Extraction of a single text published on `published` (ISO).
    static func extract(_ body: String, published: String = "2024-01-20") -> ArticleExtraction {
        extractor.extract(title: "", body: body, published: CalendarDay(iso: published))
    }

    /// The incidents extracted from a single text published on `published` (ISO).
    static func incidents(_ body: String, published: String) -> [ExtractedIncident] {
        extract(body, published: published).incidents
    }

    /// Each incident extracted from `body` as "kind location day" ("-" for none), in the order told.
    static func kindSiteDay(_ body: String, published: String) -> [String] {
        incidents(body, published: published)
            .map { "\($0.kind) \($0.location ?? "-") \($0.date.day.map { "\($0)" } ?? "-")" }
    }

    /// The weapons WeaponFinder reads in one sentence, in the order told.
    static func weapons(_ sentence: String) -> [Weapon] {
        let tokens = TextScanner.tokens(of: sentence)
        return WeaponFinder.find(in: 0..<tokens.count, tokens: tokens).weapons.map(\.weapon)
    }

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    /// The text a span covers, in code points of `body`.
    static func quote(_ span: TextSpan, in body: String) -> String {
        let scalars = Array(body.unicodeScalars)
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "<out of range>" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// A readable dump of an extraction (for failure messages).
    static func dump(_ e: ArticleExtraction, body: String) -> String {
        var out = ""
        for i in e.incidents {
            out += "\(i.kind.rawValue) \(i.date.exported ?? "nil")/\(i.date.precision.rawValue) unc=\(i.dateUncertain) "
            out += "\(i.country ?? "-") | \(i.location ?? "-") | \(i.weapons.sorted().map(\.rawValue)) "
            out += "killed=\(i.usKilled.spelled) injured=\(i.usInjured.spelled) others=\(i.otherCasualties) "
            out += "claimed=\(i.claimedBy ?? "-") attributed=\(i.attributedTo ?? "-") response=\(i.usResponse ?? "-")\n"
            out += "   summary: \(i.summary)\n"
            for f in i.facts { out += "   \(f.field)=\(f.value) «\(quote(f.span, in: body))»\n" }
        }
        for t in e.totals {
            out += "total \(t.total.spelled) asOf=\(t.asOf?.iso ?? "nil") since=\(t.since?.iso ?? "nil")/\(t.sincePrecision.rawValue) "
            out += "iraq=\(t.iraq.map(String.init) ?? "-") syria=\(t.syria.map(String.init) ?? "-") injured=\(t.usInjured.spelled)\n"
            for f in t.facts { out += "   \(f.field)=\(f.value) «\(quote(f.span, in: body))»\n" }
        }
        return out
    }
}
