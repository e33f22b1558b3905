import Testing
@testable import IncidentCore

/// "before they reached the base, about 40 miles northeast of Irbil": the direction after "the base" says where that
/// base lies; the city it is measured from is no second site, and the zero told with it is the base's.
@Suite struct DirectionFromTheBaseTests {
    typealias F = ExtractionFixtures

    @Test func theCityTheBaseIsMeasuredFromIsNoSecondAttack() {
        let title = "Two drones shot down near Harir air base"
        let body = """
            \(title)

            Two drones aimed at U.S. troops at Harir air base were shot down late Monday. The drones were destroyed by \
            coalition air defenses before they reached the base, about 40 miles northeast of Irbil, and there were no \
            injuries or damage, a U.S. defense official said.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2023-11-07")).incidents
        #expect(found.count == 1, "\(found.map { $0.location ?? "-" })")
        #expect(found.first?.location == "Al-Harir Air Base")
        #expect(found.first?.usInjured.count == 0)
    }
}
