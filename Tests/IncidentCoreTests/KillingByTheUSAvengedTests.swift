import Testing
@testable import IncidentCore

/// "Iranian forces fired more than a dozen ballistic missiles on Wednesday at Ain al-Asad ... and at the coalition base
/// in Erbil in retaliation for the U.S. killing of ... Qassem Soleimani in Baghdad on Jan. 3": the day after the
/// killing the US is named as doing is the killing's, though no claim is told. "Iran's own retaliation for the
/// killing – the IRGC ballistic missile attack on Ain al-Asad on Jan. 8, 2020" is the retaliation's day.
@Suite struct KillingByTheUSAvengedTests {
    typealias F = ExtractionFixtures

    @Test func theDayOfTheUSKillingIsNotTheAttacks() {
        let body = """
            Eight Katyusha rockets struck Iraq's Balad air base on Sunday, the Iraqi military said.

            Iranian forces fired more than a dozen ballistic missiles on Wednesday at Ain al-Asad air base in western Iraq \
            and at the coalition base in Erbil in retaliation for the U.S. killing of Iranian military commander Qassem \
            Soleimani in Baghdad on Jan. 3.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2020-01-12")).incidents
        #expect(found.first { $0.location == "Erbil Air Base" }?.date.exported == "2020-01-08")
    }

    @Test func theRetaliationsOwnDayStays() {
        let body = """
            Drones were downed near Baghdad airport on Monday.

            Iran's own retaliation for the killing – the IRGC ballistic missile attack on Ain al-Asad on Jan. 8, 2020 – \
            injured more than 100 U.S. troops.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2022-01-05")).incidents
        #expect(found.first { $0.location == "Ain al-Asad Air Base" }?.date.exported == "2020-01-08")
    }

    @Test func thePlaceOfTheKillingIsNotTheAttacks() {
        // "at Baghdad airport" ends the phrase of the killing avenged: no mention at the airport.
        let body = """
            Two Katyusha rockets landed inside Camp Taji north of Baghdad on Tuesday, the Iraqi military said.

            Iranian forces fired more than a dozen ballistic missiles last Wednesday at Ain al-Asad air base in western \
            Iraq and at a base in Erbil in retaliation for the U.S. killing of Iranian commander Qassem Soleimani at \
            Baghdad airport on Jan. 3.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2020-01-15")).incidents
        #expect(!found.contains { $0.location == "Victory Base Complex" }, "\(found.map(\.location))")
        #expect(found.first { $0.location == "Erbil Air Base" }?.date.exported == "2020-01-08")
    }
}
