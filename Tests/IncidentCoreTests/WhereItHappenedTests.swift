import Testing
@testable import IncidentCore

/// "... were wounded when a roadside bomb exploded. It happened near the town of Kifri": a sentence that only tells
/// where the attack just told took place ("It happened", "The blast occurred", "È avvenuto") places that attack, rather
/// than the town the wounded were flown to.
@Suite struct WhereItHappenedTests {
    @Test func itHappenedNearATownPlacesTheAttackToldBefore() {
        let body = """
        Five Italian special forces soldiers were wounded in Iraq on Sunday when a roadside bomb exploded as their team \
        passed. It happened at around 11 a.m. near the town of Kifri, the defence staff said.

        The wounded were flown by U.S. helicopters to a military hospital in Baghdad.
        """
        let attacks = ExtractionFixtures.extract(body, published: "2019-11-10").incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first?.location == "Kifri")
        #expect(attacks.first?.country == "Iraq")
    }

    @Test func italianAvvenutoDoesTheSame() {
        let body = """
        Quattro militari italiani sono rimasti feriti in Iraq nell'esplosione di un ordigno al passaggio del loro convoglio. \
        L'esplosione è avvenuta nei pressi di Kifri, ha detto lo Stato maggiore.

        I feriti sono stati trasportati in un ospedale di Baghdad.
        """
        let attacks = ExtractionFixtures.extract(body, published: "2019-11-10").incidents.filter { $0.kind == .attack }
        #expect(attacks.first?.location == "Kifri")
    }
}
