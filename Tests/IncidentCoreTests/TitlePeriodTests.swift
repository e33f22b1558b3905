import Testing
@testable import IncidentCore

/// A digest headed by the span of days it covers tells each attack of that span as news, however many days before
/// publication it came; without the span, or with one that ended long before publication, they are recalled.
@Suite struct TitlePeriodTests {
    typealias F = ExtractionFixtures

    static let body = """
        The tempo of militia attacks held steady in the fourth week since the Gaza war began.

        On Oct. 24, a one-way attack drone targeted Ain al-Asad Air Base in Anbar; it was shot down and caused no \
        casualties, a US official said.

        On Oct. 26, two drones struck al-Tanf garrison in southern Syria, causing minor damage.
        """

    static func kinds(title: String, published: String) -> [String] {
        let e = Extractor().extract(title: title, body: "\(title)\n\n\(body)", published: F.day(published))
        return e.incidents.map { "\($0.kind) \($0.date.day.map { "\($0)" } ?? "-")" }
    }

    @Test(arguments: ["Weekly digest: attacks on US forces, Oct. 23-29, 2023",
                      "Regional overview: Middle East 23-29 October 2023",
                      "Attacks on US forces, Oct. 23 – Oct. 29"])
    func theSpansAttacksAreNews(_ title: String) {
        #expect(Self.kinds(title: title, published: "2023-11-02") == ["attack 2023-10-24", "attack 2023-10-26"])
    }

    @Test func withoutTheSpanTheyAreRecalled() {
        #expect(Self.kinds(title: "Weekly digest: attacks on US forces", published: "2023-11-02")
            == ["mention 2023-10-24", "mention 2023-10-26"])
    }

    @Test func aSpanLongPastIsALookBack() {
        #expect(Self.kinds(title: "Weekly digest: attacks on US forces, Oct. 23-29, 2023", published: "2024-01-15")
            == ["mention 2023-10-24", "mention 2023-10-26"])
    }
}
