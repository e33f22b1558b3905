import Foundation
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

    /// A retrospective tells two attacks on one base: each label is scored against the row that is that attack,
    /// not the first row at the base (the second label would otherwise take the Erbil row and miss every field).
    @Test func twoAttacksOnOneBaseEachPairWithTheirOwnRow() {
        let january: [String: Any] = ["kind": "mention", "date": "2024-01", "country": "Iraq", "location": "Ain al-Asad Air Base", "us_injured": NSNull()]
        let august: [String: Any] = ["kind": "mention", "date": "2024-08-05", "country": "Iraq", "location": "Ain al-Asad Air Base", "us_injured": 5]
        let erbil: [String: Any] = ["kind": "mention", "date": "2023-12", "country": "Iraq", "location": "Erbil Air Base", "us_injured": 3]
        let rows: [[String: Any]] = [
            ["kind": "mention", "date": "2024-08-05", "country": "Iraq", "location": "Ain al-Asad Air Base", "us_injured": "5"],
            ["kind": "mention", "date": "2023-12", "country": "Iraq", "location": "Erbil Air Base", "us_injured": "3"],
        ]
        #expect(Corpus.pairedIndices([january, august, erbil], rows) == [nil, 0, 1])
        var score = Corpus.Score()
        score.add("retrospective", expected: [january, august, erbil], actual: rows)
        #expect(score.missed == 1)
        #expect(score.correct["location"] == 2)
    }

    /// A row at the labelled place is that incident even when another row agrees on more of the other fields.
    @Test func theSamePlaceOutweighsOtherAgreeingFields() {
        let label: [String: Any] = ["kind": "us_strike", "date": "2020-03-13", "country": "Iraq", "location": "Karbala", "weapons": ["air strike"]]
        let rows: [[String: Any]] = [
            ["kind": "us_strike", "date": "2020-03-13", "country": "Iraq", "weapons": ["air strike"]],
            ["kind": "us_strike", "date": "2020-03-12", "country": "Iraq", "location": "Karbala"],
        ]
        #expect(Corpus.pairedIndices([label], rows) == [1])
    }

    /// Labels of other kinds never take a row: a mention is not scored against an attack row.
    @Test func rowsOfAnotherKindAreNeverPaired() {
        let label: [String: Any] = ["kind": "mention", "date": "2024-01", "country": "Jordan", "location": "Tower 22"]
        let rows: [[String: Any]] = [["kind": "attack", "date": "2024-01-28", "country": "Jordan", "location": "Tower 22"]]
        #expect(Corpus.pairedIndices([label], rows) == [nil])
    }
}
