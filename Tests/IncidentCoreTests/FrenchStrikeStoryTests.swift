import Testing
@testable import IncidentCore

/// A French strike story: "Les États-Unis frappent ... en riposte à ...", "une semaine après la mort de trois soldats
/// américains", "Ces frappes répondent à l'attaque de drone du 28 janvier contre la Tour 22. Trois soldats américains y
/// ont été tués": the attack the strikes answer is recalled (a mention, with its toll), never a new attack.
@Suite struct FrenchStrikeStoryTests {
    typealias F = ExtractionFixtures

    @Test func theAnsweredAttackIsAMentionWithItsToll() {
        let title = "Les États-Unis frappent des milices pro-iraniennes en Syrie en riposte à l'attaque meurtrière de Tour 22"
        let body = """
            \(title)

            Washington a lancé vendredi soir une série de frappes aériennes contre des milices pro-iraniennes dans l'est \
            de la Syrie, une semaine après la mort de trois soldats américains dans une attaque de drone en Jordanie.

            Les frappes ont visé des dépôts d'armes près d'Albou Kamal, selon l'Observatoire syrien des droits de l'Homme.

            Ces frappes répondent à l'attaque de drone du 28 janvier contre la Tour 22, un avant-poste américain dans le \
            nord-est de la Jordanie. Trois soldats américains y ont été tués et plus de 40 blessés.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2024-02-03")).incidents
        let summary = "\(found.map { "\($0.kind) \($0.location ?? "-") \($0.usKilled)" })"
        #expect(!found.contains { $0.kind == .attack }, "\(summary)")
        let tower = found.first { $0.location == "Tower 22" }
        #expect(tower?.kind == .mention, "\(summary)")
        #expect(tower?.usKilled.count == 3, "\(summary)")
        #expect(found.contains { $0.kind == .usStrike }, "\(summary)")
    }
}
