import Foundation
import Testing
@testable import IncidentCore

/// The extraction corpus: articles written in the styles of wire copy, official statements, militia
/// claims, translated outlets and roundups, each with its expected extraction.
@Suite struct CorpusTests {
    @Test func everyCorpusArticleExtractsAsExpected() throws {
        let cases = try Corpus.cases("corpus")
        #expect(cases.count >= 30)
        for c in cases {
            let problems = Corpus.mismatches(c)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    /// The held-out set is never tuned on: its accuracy is reported, and only a floor already reached is asserted.
    @Test func heldOutAccuracyIsReportedAndAboveTheFloor() throws {
        let cases = try Corpus.cases("heldout")
        #expect(cases.count >= 10)
        let score = Corpus.score(cases)
        print("Held-out extraction accuracy (\(cases.count) articles):\n\(score.report)")
        if ProcessInfo.processInfo.environment["WATCHFLOOR_SHOW_MISSES"] != nil {
            print(score.misses.joined(separator: "\n"))
        }
        #expect(score.overall >= CorpusTests.heldOutFloor, "\(score.report)")
        for field in Corpus.scoredFields {
            #expect(score.accuracy(field) >= CorpusTests.heldOutFieldFloor, "\(field): \(score.report)")
        }
        #expect(score.spurious == 0, "incidents extracted that the held-out set does not have")
    }

    /// Floors already reached (97.5 % overall, no field under 88 % when set); a drop below them is a regression.
    static let heldOutFloor = 0.95
    static let heldOutFieldFloor = 0.85
}
