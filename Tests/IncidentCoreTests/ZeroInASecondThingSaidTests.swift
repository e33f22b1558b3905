import Testing
@testable import IncidentCore

/// "A US official said that most American personnel had left Balad in recent days, and that no coalition personnel
/// were hurt in Sunday's attack": the span of days belongs to the leaving; the zero, said second, is the attack's.
@Suite struct ZeroInASecondThingSaidTests {
    typealias F = ExtractionFixtures

    @Test func aSpanOfDaysInTheFirstThingSaidDoesNotMakeTheZeroGeneral() {
        let title = "Rockets hit Balad air base, wounding four Iraqi airmen"
        let body = """
            \(title)

            Eight Katyusha rockets struck Balad air base on Sunday evening, wounding four members of the Iraqi Air \
            Force. A US military official said that most American personnel had left Balad in recent days, and that \
            no coalition personnel were hurt in Sunday's attack.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2020-01-13")).incidents
        #expect(found.count == 1)
        #expect(found.first?.usInjured.count == 0, "\(found.map { "\($0.usInjured)" })")
        #expect(found.first?.usKilled.count == 0)
    }

    @Test func aZeroOfTheSpanItselfStaysGeneral() {
        let title = "Rockets hit Balad air base, wounding four Iraqi airmen"
        let body = """
            \(title)

            Eight Katyusha rockets struck Balad air base on Sunday evening, wounding four members of the Iraqi Air \
            Force. Officials said there had been no coalition casualties in attacks over the past two weeks.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2020-01-13")).incidents
        #expect(found.first?.usInjured.count == nil, "\(found.map { "\($0.usInjured)" })")
    }
}
