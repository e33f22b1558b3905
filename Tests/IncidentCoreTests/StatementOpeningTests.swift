import Testing
@testable import IncidentCore

/// A claim statement opens with formulas and a heading, not a lead: the operations it tells are its own news,
/// and its signature may be followed by its date and a translator's note.
@Suite struct StatementOpeningTests {
    private func extract(_ opening: String) -> ArticleExtraction {
        let body = opening + """


            In continuation of our operations against the American occupation, the heroes of Saraya Qasim \
            al-Jabbarin targeted a base of the American occupation at Ain al-Asad with three rockets on the evening \
            of Monday, 3 August 2020.

            Victory comes only from God.

            Saraya Qasim al-Jabbarin
            14 Dhu al-Hijja 1441 AH

            [Translator's note: Iraqi security sources said on Tuesday that rockets had landed near the base. The \
            coalition did not comment.]
            """
        let title = body.split(separator: "\n").first.map(String.init) ?? ""
        return ExtractionFixtures.extractor.extract(title: title, body: body, published: ExtractionFixtures.day("2020-08-04"))
    }

    @Test(arguments: [
        "In the name of God, the Most Gracious, the Most Merciful\n\n\"And fight them until there is no more fitna\" — the truth of God Almighty, the Great and the Wise",
        "Statement No. (14)\n\n\"And fight them until there is no more fitna\" — the truth of God Almighty, the Great and the Wise",
    ])
    func theOperationsOfAStatementAreItsNews(_ opening: String) throws {
        let e = extract(opening)
        let attack = try #require(e.incidents.first { $0.kind == .attack }, "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(attack.location == "Ain al-Asad Air Base" && attack.date.day?.iso == "2020-08-03")
        #expect(attack.claimedBy == "Saraya Qasim al-Jabbarin", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func newsCopyWhoseLeadTellsNoAttackStillRecallsIt() {
        let body = """
            US and Iraq open talks on the coalition's future

            Iraqi and American officials opened a new round of talks in Baghdad on Monday on the future of the \
            US-led coalition in the country, the foreign ministry said.

            On Sunday, three rockets hit the Ain al-Asad air base, causing no casualties.
            """
        let e = ExtractionFixtures.extractor.extract(title: "US and Iraq open talks on the coalition's future", body: body,
                                                     published: ExtractionFixtures.day("2020-08-04"))
        #expect(e.incidents.first?.kind == .mention, "\(ExtractionFixtures.dump(e, body: body))")
    }
}
