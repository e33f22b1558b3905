import Testing
@testable import IncidentCore

/// A US strike release says why it struck: groups "who facilitated attacks against U.S. and Coalition forces". That
/// reason is no attack of its own.
@Suite struct StrikeReleaseReasonTests {
    typealias F = ExtractionFixtures

    @Test func theGroupsAttacksGivenAsReasonAreNoIncident() {
        let body = """
        U.S. Strikes Militia Facilities in Syria

        On Nov. 8, U.S. military forces conducted a precision strike on a weapons storage facility near Maysulun, \
        Syria, used by Iran's Islamic Revolutionary Guard Corps and affiliated militia groups who facilitated attacks \
        against U.S. and Coalition forces in Iraq and Syria.
        """
        let incidents = F.extract(body, published: "2023-11-09").incidents
        #expect(incidents.filter { $0.kind == .attack }.isEmpty)
        // The strike's only country is the one struck, not those of the groups' attacks.
        #expect(incidents.filter { $0.kind == .usStrike }.map(\.country) == ["Syria"])
    }
}
