@testable import Dashboard
import IncidentCore
import Testing

/// The detail pane marks fields that were inferred (`?`) or filled in by default (`??`), and says when an
/// attack is only claimed.
@Suite struct UncertainFieldsTests {
    @Test func inferredAndDefaultFieldsAreMarkedInTheResolvedLine() {
        let incident = Incident(
            id: 7, kind: .attack, date: IncidentDate(day: CalendarDay(iso: "2024-01-08"), precision: .week),
            country: "Syria", location: "Hasakah", weapons: [.drone], usInjured: Figure(count: 0),
            claimedBy: "Islamic Resistance in Iraq", outcome: .intercepted, confirmation: .claimed,
            confidence: ["date": .default, "location": .inferred], locationCandidates: ["Al-Shaddadi", "Qasrak"])
        let line = DetailPane.resolvedLine(incident)
        #expect(line.hasPrefix("#7 attack 2024-01-08?? · Hasakah? (one of 2 bases), Syria · drone"))
        #expect(line.contains("US injured 0 ·"), "an explicit figure carries no marker: \(line)")
        #expect(line.contains("intercepted · claimed only"))
    }

    @Test func explicitFieldsAreUnmarked() {
        let incident = Incident(id: 1, kind: .attack, date: IncidentDate(day: CalendarDay(iso: "2024-01-20"), precision: .day),
                                country: "Iraq", location: "Ain al-Asad Air Base", weapons: [.rocket])
        #expect(DetailPane.resolvedLine(incident) == "#1 attack 2024-01-20 · Ain al-Asad Air Base, Iraq · rocket")
    }
}
