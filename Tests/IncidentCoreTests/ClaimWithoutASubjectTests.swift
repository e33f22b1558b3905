import Testing
@testable import IncidentCore

/// Spanish, Italian and Portuguese leave the subject out: "el grupo ha asegurado que también atacó la base" (the
/// group said that [it] also attacked the base) is the group's claim, as "its fighters attacked" is.
@Suite struct ClaimWithoutASubjectTests {
    typealias F = ExtractionFixtures

    @Test func spanishSecondStatementClaimsTheSecondAttack() {
        let title = "La Resistencia Islámica en Irak ataca dos bases estadounidenses"
        let body = """
            \(title)

            En un comunicado difundido el miércoles por la noche en su canal de Telegram, la Resistencia Islámica en \
            Irak ha informado de que sus combatientes atacaron la base aérea de Ain Al-Asad, en la provincia occidental \
            de Al-Anbar, con una salva de cohetes.

            En un segundo comunicado, el grupo ha asegurado que también atacó el miércoles con un dron la base de \
            ocupación estadounidense de Al-Tanf, situada en el sureste de Siria.

            Un funcionario del Departamento de Defensa confirmó el ataque contra Ain Al-Asad y dijo que no hubo heridos.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2023-11-02")).incidents
        let tanf = found.first { $0.location == "Al-Tanf Garrison" }
        let asad = found.first { $0.location == "Ain al-Asad Air Base" }
        #expect(asad?.claimedBy == "Islamic Resistance in Iraq", "\(found.map { "\($0.location ?? "-") \($0.claimedBy ?? "-")" })")
        #expect(tanf?.claimedBy == "Islamic Resistance in Iraq", "\(found.map { "\($0.location ?? "-") \($0.claimedBy ?? "-")" })")
    }

    @Test func englishSaidThatWithASubjectStillNeedsTheDeed() {
        let title = "Rockets hit Ain al-Asad"
        let body = """
            \(title)

            Rockets struck Ain al-Asad air base on Wednesday. The Islamic Resistance in Iraq said that attacks would \
            continue until US forces leave.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2023-11-02")).incidents
        #expect(found.first?.claimedBy == nil, "\(found.map { $0.claimedBy ?? "-" })")
    }
}
