import Testing
@testable import IncidentCore

/// Round 21: "Le même jour, ... des drones ont visé le champ pétrolier d'Al-Omar", told right after an earlier
/// event of that day: the same day as an event the story recalls is recalled too, a `mention`.
@Suite struct SameDayAsMentionTests {
    private func story(_ next: String) -> String {
        """
        Des roquettes visent l'ambassade américaine à Bagdad

        Trois roquettes ont visé jeudi soir l'ambassade des États-Unis à Bagdad, dans la Zone verte, selon des sources \
        de sécurité irakiennes, au lendemain d'une attaque contre une base dans l'ouest du pays.

        Mercredi, dix roquettes s'étaient abattues sur la base aérienne d'Aïn al-Assad, blessant deux militaires \
        américains. \(next)
        """
    }

    @Test func theSameDayAsARecalledAttackIsRecalled() {
        let incidents = ExtractionFixtures.extract(story("Le même jour, des drones ont visé le champ pétrolier d'Al-Omar, dans l'est de la Syrie, sans faire de victimes."),
                                                   published: "2021-07-09").incidents
        let omar = incidents.first { $0.location == "Al-Omar oil field (Green Village)" }
        #expect(omar?.kind == .mention)
        #expect(omar?.date.day?.iso == "2021-07-07")
        #expect(incidents.first?.location == "US Embassy Baghdad")
    }

    @Test func anotherDayIsNotJoinedToTheRecalledOne() {
        let incidents = ExtractionFixtures.extract(story("Jeudi soir également, des drones ont visé le champ pétrolier d'Al-Omar, dans l'est de la Syrie, sans faire de victimes."),
                                                   published: "2021-07-09").incidents
        #expect(incidents.first { $0.location == "Al-Omar oil field (Green Village)" }?.kind == .attack)
    }
}
