import Testing
@testable import IncidentCore

/// Round 8 (places): a site's name in quotation marks, or with the kind of base between it and its site word, still
/// names the site ('la base di supporto "Euphrates"', 'the Euphrates support base'); the river alone names none.
@Suite struct QuotedSiteNameTests {
    private func locations(_ body: String, published: String = "2023-11-13") -> [String?] {
        ExtractionFixtures.extract(body, published: published).incidents.filter { $0.kind == .attack }.map(\.location)
    }

    @Test func aQuotedNameAfterTheSiteWord() {
        #expect(locations("""
            Le forze americane in Siria sono state prese di mira ieri sera da un nuovo attacco, ha riferito un \
            funzionario della Difesa Usa. Secondo la fonte, diversi razzi sono stati lanciati contro la base di \
            supporto "Euphrates", sulla riva orientale del fiume. Non si registrano feriti né danni.
            """) == ["Mission Support Site Euphrates"])
    }

    @Test func aQuotedNameBeforeTheSiteWord() {
        #expect(locations("""
            Several rockets were fired on Sunday at the "Euphrates" support base used by US forces in eastern Syria.
            """) == ["Mission Support Site Euphrates"])
    }

    @Test func theKindOfBaseBetweenNameAndSiteWord() {
        #expect(locations("""
            Several rockets were fired on Sunday at the Euphrates support base used by US forces in eastern Syria.
            """) == ["Mission Support Site Euphrates"])
    }

    @Test func theRiverAloneIsNoSite() {
        let found = locations("""
            Several rockets were fired on Sunday at a base used by US forces east of the "Euphrates" in Syria.
            """)
        #expect(!found.contains("Mission Support Site Euphrates"))
    }
}
