import Testing
@testable import IncidentCore

/// Round 21: "des milliers de partisans ... avaient pris d'assaut l'enceinte de l'ambassade des États-Unis à Bagdad":
/// storming a site named by its kind (the US embassy of a town of several sites) attacks it, as storming one named by
/// name does (round 11); here an earlier event, a `mention` at the embassy.
@Suite struct StormedEmbassyByKindTests {
    @Test func aStormedEmbassyNamedByItsKindIsAnAttackOnIt() {
        let incidents = ExtractionFixtures.extract("""
            Des missiles iraniens frappent Aïn al-Assad

            BAGDAD, 8 janvier 2020 (AFP) - L'Iran a tiré dans la nuit de mardi à mercredi des missiles balistiques sur \
            la base aérienne d'Aïn al-Assad, qui abrite des soldats américains.

            Le 31 décembre, des milliers de partisans du Hachd al-Chaabi avaient pris d'assaut l'enceinte de \
            l'ambassade des États-Unis à Bagdad, incendiant un poste d'accueil.
            """, published: "2020-01-08").incidents
        let embassy = incidents.first { $0.location == "US Embassy Baghdad" }
        #expect(embassy?.kind == .mention)
        #expect(embassy?.date.day?.iso == "2019-12-31")
        #expect(!incidents.contains { $0.kind == .usStrike })
    }
}
