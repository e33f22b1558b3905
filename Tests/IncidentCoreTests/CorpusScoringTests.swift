import Testing
@testable import IncidentCore

/// How the corpus scorer compares an extraction with its labels, where the labelling guide and the issue
/// write the same fact in two forms.
@Suite struct CorpusScoringTests {
    /// "Last week": the extractor gives week precision (the issue), the guide labels the month (it has no week form).
    @Test func aWeekInsideTheLabelledMonthIsTheSameDate() {
        let label: [String: Any] = ["kind": "mention", "date": "2024-01"]
        var score = Corpus.Score()
        score.add("week", expected: [label], actual: [["kind": "mention", "date": "2024-01-17", "date_precision": "week"]])
        #expect(score.accuracy("date") == 1)
    }

    @Test func aDayOrAWeekOutsideTheLabelledMonthIsNot() {
        let label: [String: Any] = ["kind": "mention", "date": "2024-01"]
        var score = Corpus.Score()
        score.add("day", expected: [label], actual: [["kind": "mention", "date": "2024-01-17", "date_precision": "day"]])
        score.add("other month", expected: [label], actual: [["kind": "mention", "date": "2024-02-01", "date_precision": "week"]])
        #expect(score.correct["date", default: 0] == 0)
        #expect(score.total["date"] == 2)
    }
}
