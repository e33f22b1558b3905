import Foundation
import Testing
@testable import IncidentCore

/// How far two annotators agree on the same articles: `Fixtures/agreement/SET/NAME.expected` is a second,
/// independent labelling (following `Fixtures/LABELLING.md`) of `Fixtures/SET/NAME.txt`, scored against the
/// first labelling exactly as the extractor is scored. It is the ceiling any extractor can be measured against.
/// When first measured (the first labels written before the guide, the second following it): heldout-r 95.3 %,
/// heldout-s 95.7 %, heldout-t 88.7 %; nearly every disagreement is an earlier US strike recalled in passing,
/// which the first annotators recorded and the guide leaves out (t 91.2 % once round 3 put four of its labels to the
/// guide). heldout-u and -v, both labelled following the
/// guide: 97.8 % and 98.2 %. heldout-aq (round 16, 24 of its 25 articles: the second annotator saw aq09's first labels
/// by mistake, so aq09 is left out; location names put to the gazetteer's, which the annotator could not read):
/// 100.0 % of 55 fields, one incident more (an undated mention). heldout-ar (names put to the gazetteer's likewise):
/// 98.3 %, the rest an Italian story's 2003 Nassiriya bombing, a Babil mention split in two and a date "after" an
/// undated attack. heldout-as (by an annotator who read the gazetteer; aggregate only, the set is blind): 98.7 %.
@Suite struct AgreementTests {
    static let root = Corpus.fixtures.appendingPathComponent("agreement")

    /// The sets that have a second labelling.
    static var sets: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func incidents(_ url: URL) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        return object["incidents"] as? [[String: Any]] ?? []
    }

    @Test func everySecondLabellingNamesAnArticleOfItsSet() throws {
        for set in Self.sets {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent(set).path)
            for name in names where name.hasSuffix(".expected") {
                let article = Corpus.fixtures.appendingPathComponent(set).appendingPathComponent(String(name.dropLast(9)) + ".txt")
                #expect(FileManager.default.fileExists(atPath: article.path), "agreement/\(set)/\(name) labels no article of \(set)")
            }
        }
    }

    @Test(arguments: [("heldout-r", 0.95), ("heldout-s", 0.95), ("heldout-t", 0.91), ("heldout-u", 0.97), ("heldout-v", 0.98), ("heldout-aq", 0.99), ("heldout-ar", 0.98), ("heldout-as", 0.98)])
    func agreementIsReportedAndAboveTheFloor(_ set: String, _ floor: Double) throws {
        let second = Self.root.appendingPathComponent(set)
        let names = try FileManager.default.contentsOfDirectory(atPath: second.path).filter { $0.hasSuffix(".expected") }.sorted()
        #expect(names.count >= 8)
        var score = Corpus.Score()
        for name in names {
            let first = try Self.incidents(Corpus.fixtures.appendingPathComponent(set).appendingPathComponent(name))
            score.add(String(name.dropLast(9)), expected: first, actual: try Self.incidents(second.appendingPathComponent(name)))
        }
        print("Agreement of two annotators, \(set) (\(names.count) articles; the second scored against the first):\n\(score.report)")
        if ProcessInfo.processInfo.environment["WATCHFLOOR_SHOW_MISSES"] != nil {
            print(score.misses.joined(separator: "\n"))
        }
        #expect(score.overall >= floor, "\(score.report)")
    }
}
