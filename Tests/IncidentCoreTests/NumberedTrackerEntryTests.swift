import Testing
@testable import IncidentCore

/// A running tracker that numbers its entries ("Attack No. 96: On Dec. 9, ...") tells each entry as news, however
/// old its day; the entries after the first had been read as recalled attacks.
@Suite struct NumberedTrackerEntryTests {
    typealias F = ExtractionFixtures

    @Test func eachNumberedEntryIsAnAttackOfItsOwnDay() {
        let body = """
        Attack No. 58 since Oct. 17: On Nov. 16, two one-way attack drones targeted U.S. forces at Al-Tanf Garrison, \
        Syria. No U.S. casualties were reported.

        Attack No. 57: On Nov. 15, rockets were fired at U.S. forces at Ain al-Asad Air Base, Iraq. There were no injuries.

        Attack No. 56: On Nov. 13, a drone targeted the Conoco gas field base in Syria. No damage was reported.
        """
        let incidents = F.extractor.extract(title: "Tracker: attacks on US troops in Iraq and Syria", body: body,
                                            published: CalendarDay(iso: "2023-11-17")).incidents
        #expect(incidents.filter { $0.kind == .attack }.count == 3)
        #expect(!incidents.contains { $0.kind == .mention })
        let asad = incidents.first { $0.location == "Ain al-Asad Air Base" }
        #expect(asad?.date.day == CalendarDay(iso: "2023-11-15"))
        #expect(incidents.first { $0.location == "Conoco gas field" }?.date.day == CalendarDay(iso: "2023-11-13"))
    }

    @Test func onlyANumberedLabelOpensAnEntry() {
        let words = { (s: String) in
            ExtractionFixtures.extractor.extract(title: "", body: s, published: CalendarDay(iso: "2023-11-17"))
        }
        // A sentence that merely opens with "No" is no entry label.
        let incidents = words("No U.S. forces were hurt when rockets hit Ain al-Asad air base on Wednesday.").incidents
        #expect(incidents.first?.kind == .attack)
        #expect(incidents.first?.date.day == CalendarDay(iso: "2023-11-15"))
    }
}
