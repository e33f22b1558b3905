import Foundation
import FuzzSupport
import IncidentCore

/// libFuzzer entry: one input is one article file's bytes. The first byte picks the format
/// (text, Markdown, JSON, NDJSON); reading must refuse or return clean text, and extraction
/// must give facts whose spans lie inside the article.
@main
enum FuzzArticleMain {
    static func main() {
        exit(FuzzDriver.run { bytes, count in
            guard let bytes else { return 0 }
            return fuzzArticle(bytes, count)
        })
    }
}

func fuzzArticle(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard count > 0 else { return 0 }
    let names = ["fuzz.txt", "fuzz.md", "fuzz.json", "fuzz.ndjson"]
    let name = names[Int(bytes[0]) % names.count]
    let data = Data(bytes: bytes + 1, count: count - 1)
    let reader = ArticleReader(defaultPublished: CalendarDay(iso: "2024-02-01"))
    guard let result = try? reader.read(data: data, fileName: name) else { return 0 }
    for article in result.articles {
        for text in [article.title, article.body, article.url ?? "", article.outlet ?? ""] {
            if let bad = text.unicodeScalars.first(where: FuzzChecks.mustNotSurvive) {
                fatalError("control U+\(String(bad.value, radix: 16)) survived sanitising in \(name)")
            }
        }
        let length = article.body.unicodeScalars.count
        let extraction = Extractor().extract(title: article.title, body: article.body, published: article.published)
        for fact in extraction.allFacts where fact.span.start < 0 || fact.span.end > length {
            fatalError("fact \(fact.field) span \(fact.span.start)..<\(fact.span.end) outside an article of \(length) scalars")
        }
    }
    return 0
}

/// What sanitised text may never hold.
enum FuzzChecks {
    static func mustNotSurvive(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
