import Testing
@testable import IncidentCore

/// "... fired ballistic missiles at Ain al-Asad ... Missiles were also fired at the American base in Erbil": a bare
/// "missiles" is the one kind of missile the article names, for an earlier event as for the story's own attack.
@Suite struct BareMissilesOfAnEarlierEventTests {
    typealias F = ExtractionFixtures

    private func mentionWeapons(_ body: String, published: String) -> [String] {
        F.extract(body, published: published).incidents.filter { $0.kind == .mention }
            .map { "\($0.location ?? "-") \($0.weapons.map(\.rawValue).sorted().joined(separator: ","))" }
    }

    @Test func bareMissilesOfARecalledAttackAreTheKindTheArticleNamed() {
        let body = """
        Rockets hit Iraq's Ain al-Asad air base

        Two rockets struck Ain al-Asad air base in western Iraq on Monday evening, a US official said.

        In January 2020, Iran fired ballistic missiles at Ain al-Asad. In March 2022, missiles struck near Erbil Air Base.
        """
        #expect(mentionWeapons(body, published: "2024-08-06").contains("Erbil Air Base ballistic missile"))
    }

    @Test func bareMissilesStayUnnamedWhenTheArticleNamesTwoKinds() {
        let body = """
        Rockets hit Iraq's Ain al-Asad air base

        Two rockets struck Ain al-Asad air base in western Iraq on Monday evening, a US official said.

        In January 2020, Iran fired ballistic missiles at Ain al-Asad, and in 2021 cruise missiles were seen over Syria. In March 2022, missiles struck near Erbil Air Base.
        """
        #expect(mentionWeapons(body, published: "2024-08-06").contains("Erbil Air Base "))
    }
}
