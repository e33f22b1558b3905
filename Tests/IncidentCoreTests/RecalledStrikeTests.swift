import Testing
@testable import IncidentCore

/// Strikes named as of an earlier time ("last week's strikes", "the previous strikes") are recalled, not news.
@Suite struct RecalledStrikeTests {
    typealias F = ExtractionFixtures

    @Test func lastWeeksStrikesAreNoStrikeOfTheStorysDay() {
        let body = """
        U.S. forces in Iraq and Syria came under fire three more times on Thursday, defense officials said, bringing \\
        the tally of attacks since Oct. 17 to at least 27 as the Pentagon debates whether last week's retaliatory \\
        strikes did enough to deter Iran's proxies. A drone struck near the base at al-Shaddadi.
        """
        let e = F.extract(body, published: "2023-11-03").incidents
        #expect(!e.contains { $0.kind == .usStrike && $0.date.day == CalendarDay(year: 2023, month: 11, day: 2) })
    }

    @Test func strikesOfTheStorysOwnDayStayNews() {
        let body = "U.S. warplanes struck two weapons depots near Albukamal on Thursday, the Pentagon said."
        let e = F.extract(body, published: "2023-11-03").incidents
        #expect(e.contains { $0.kind == .usStrike })
    }

    @Test func theStrikesPointedBackAtAfterRecalledOnesAreRecalledToo() {
        let body = """
        Militias keep firing at US troops despite strikes

        U.S. troops in Syria came under attack again on Thursday, as the administration debates whether last week's \
        retaliatory strikes did anything. A drone targeted the base at the Conoco gas field on Thursday. Officials have \
        said the strikes were meant to signal that Washington would defend its troops.
        """
        let e = F.extract(body, published: "2023-11-10").incidents
        #expect(e.contains { $0.kind == .attack })
        #expect(!e.contains { $0.kind == .usStrike })
    }

    @Test func aReactionToAStrikeDatedOnlyFromTheAttackIsBackgroundToo() {
        let body = """
        Drones targeted U.S. forces at the al-Tanf garrison in Syria on Thursday, a U.S. official said. The attacks came \
        a day after U.S. F-15 fighter jets struck a weapons storage facility in eastern Syria. Defense Secretary Lloyd \
        Austin said the strike was "a precision self-defense strike."
        """
        let e = F.extract(body, published: "2023-11-10").incidents
        #expect(e.contains { $0.kind == .attack })
        #expect(!e.contains { $0.kind == .usStrike })
    }

    @Test func aReactionAfterAStrikeToldAsNewsKeepsTheStrike() {
        let body = """
        U.S. F-15 fighter jets struck a weapons storage facility near Albukamal in eastern Syria on Wednesday, the \
        Pentagon said. Defense Secretary Lloyd Austin said the strike was "a precision self-defense strike."
        """
        let e = F.extract(body, published: "2023-11-09").incidents
        #expect(e.contains { $0.kind == .usStrike && $0.country == "Syria" })
    }
}
