import Testing
@testable import IncidentCore

/// A digest of statements, each under a line that stamps its day: "this Tuesday" in a statement stamped Tuesday is
/// that Tuesday, whatever day the digest itself came out.
@Suite struct WeekdayOfAStampedStatementTests {
    typealias F = ExtractionFixtures

    @Test func thisWeekdayIsTheStampsDay() {
        let title = "Digest: two claims by a new faction"
        let body = """
            \(title)

            Two statements by the faction circulated on Telegram this week. Translations follow.

            Statement dated Tuesday, 7 November 2023:

            "Our fighters targeted the American occupation base at Ain al-Asad with two drones this Tuesday evening, \
            and the hits were direct."
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2023-11-09")).incidents
        let asad = found.first { $0.location == "Ain al-Asad Air Base" }
        #expect(asad?.date.day == F.day("2023-11-07"), "\(found.map { "\($0.location ?? "-") \($0.date.day?.iso ?? "-")" })")
    }
}
