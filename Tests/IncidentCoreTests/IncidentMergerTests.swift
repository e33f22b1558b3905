import Testing
@testable import IncidentCore

@Suite struct IncidentMergerTests {
    func report(_ date: String, at site: String? = "Ain al-Asad Air Base", precision: DatePrecision = .day,
                uncertain: Bool = false, kind: IncidentKind = .attack, injured: Figure = .unknown) -> ExtractedIncident {
        ExtractedIncident(kind: kind, date: IncidentDate(day: CalendarDay(iso: date), precision: precision),
                          dateUncertain: uncertain, country: "Iraq", location: site, usInjured: injured)
    }

    @Test func sameSiteSameDayMerges() {
        #expect(IncidentMerger.isSameIncident(report("2024-01-20"), report("2024-01-20")))
    }

    @Test func consecutiveDaysAtOneBaseStayTwoIncidents() {
        #expect(!IncidentMerger.isSameIncident(report("2024-01-20"), report("2024-01-21")))
    }

    @Test func oneDayApartMergesOnlyWhenADateIsUncertain() {
        #expect(IncidentMerger.isSameIncident(report("2024-01-20", uncertain: true), report("2024-01-21")))
        #expect(IncidentMerger.isSameIncident(report("2024-01-20"), report("2024-01-21", precision: .week)))
        #expect(!IncidentMerger.isSameIncident(report("2024-01-19", uncertain: true), report("2024-01-21")))
    }

    @Test func differentSitesKindsOrUnknownsNeverMerge() {
        #expect(!IncidentMerger.isSameIncident(report("2024-01-20"), report("2024-01-20", at: "Erbil Air Base")))
        #expect(!IncidentMerger.isSameIncident(report("2024-01-20"), report("2024-01-20", kind: .usStrike)))
        #expect(!IncidentMerger.isSameIncident(report("2024-01-20", at: nil), report("2024-01-20", at: nil)))
        #expect(!IncidentMerger.isSameIncident(report("2024-01-20", kind: .mention), report("2024-01-20", kind: .mention)))
    }

    @Test func joiningNeverChainsAcrossDays() {
        // 20th (uncertain) and 21st are one incident; a report of the 22nd matches the 21st but not the 20th.
        let sources = [report("2024-01-20", uncertain: true), report("2024-01-21", uncertain: true)]
        #expect(!IncidentMerger.joins(report("2024-01-22", uncertain: true), incidentSources: sources))
        #expect(IncidentMerger.joins(report("2024-01-21"), incidentSources: sources))
    }

    @Test func highestQuantifiedFigureWinsWithItsQualifier() {
        let atLeastTwo = Figure(count: 2, qualifier: .atLeast)
        let possible = Figure(count: nil, qualifier: .possible)
        #expect(IncidentMerger.bestFigure([atLeastTwo, possible]) == atLeastTwo)
        #expect(IncidentMerger.bestFigure([possible, atLeastTwo]) == atLeastTwo)
        #expect(IncidentMerger.bestFigure([Figure(count: 8), Figure(count: 3)]) == Figure(count: 8))
        // Equal numbers: the later source wins.
        #expect(IncidentMerger.bestFigure([atLeastTwo, Figure(count: 2)]) == Figure(count: 2))
        #expect(IncidentMerger.bestFigure([Figure(qualifier: .several), possible]) == possible)
        #expect(IncidentMerger.bestFigure([.unknown, .unknown]) == .unknown)
    }

    @Test func resolveUnitesWeaponsAndClaims() {
        var a = report("2024-01-20", injured: Figure(count: 2, qualifier: .atLeast))
        a.weapons = [.rocket]
        a.attributedTo = "Iran-backed militias"
        var b = report("2024-01-20", injured: Figure(qualifier: .possible))
        b.weapons = [.ballisticMissile, .rocket]
        b.claimedBy = "Islamic Resistance in Iraq"
        b.otherCasualties = [OtherCasualty(who: "Iraqi soldier", injured: 1, qualifier: .atLeast)]
        let resolved = IncidentMerger.resolve([a, b])
        #expect(resolved.weapons == [.rocket, .ballisticMissile])
        #expect(resolved.usInjured == Figure(count: 2, qualifier: .atLeast))
        #expect(resolved.claimedBy == "Islamic Resistance in Iraq")
        #expect(resolved.attributedTo == "Iran-backed militias")
        #expect(resolved.otherCasualties.count == 1)
    }
}
