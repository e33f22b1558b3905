import Testing
@testable import IncidentCore

/// "nella zona di Kifri", "nell'area di Kifri", "dans la région de Balad": the town an area is named after, in
/// translated copy, is where the attack happened, as written, before a town it is located from ("a sud di Sulaymaniyah").
@Suite struct TownOfAnAreaInTranslatedCopyTests {
    @Test func italianAreaOfATownIsTheTown() {
        let body = """
        Cinque militari italiani sono rimasti feriti questa mattina in Iraq nell'esplosione di un ordigno artigianale \
        nell'area di Kifri, a sud di Sulaymaniyah.
        """
        let attacks = ExtractionFixtures.extract(body, published: "2019-11-10").incidents.filter { $0.kind == .attack }
        #expect(attacks.first?.location == "Kifri")
    }

    @Test func italianZoneOfATownIsTheTown() {
        let body = """
        Cinque militari italiani sono rimasti feriti in Iraq nell'esplosione di un ordigno artigianale nella zona di Kifri.
        """
        let attacks = ExtractionFixtures.extract(body, published: "2019-11-10").incidents.filter { $0.kind == .attack }
        #expect(attacks.first?.location == "Kifri")
        #expect(attacks.first?.country == "Iraq")
    }
}
