import Testing
@testable import IncidentCore

/// Round 10, places: landmarks told as the kind of town a base is near, towns told in other languages' "near the
/// town of", and the day headings of a timeline.
@Suite struct SitesRound10Tests {
    typealias F = ExtractionFixtures

    private func town(_ sentence: String) -> String? {
        let tokens = ScannedText(sentence).tokens
        guard let found = WrittenTownFinder.find(in: 0..<tokens.count, tokens: tokens) else { return nil }
        return found.tokens.map { tokens[$0].text }.joined(separator: " ")
    }

    @Test func theTownOfAnotherLanguageIsWrittenAsTheTown() {
        #expect(town("Die Drohne schlug auf dem Stützpunkt nahe der Stadt Hasaka ein.") == "hasaka")
        #expect(town("Bei einem Angriff nahe der Oasenstadt Palmyra wurden zwei Soldaten getötet.") == "palmyra")
        #expect(town("Un drone a frappé une base près de la ville de Hassaké jeudi.") == "hassake")
        #expect(town("Los cohetes cayeron cerca de la ciudad de Mayadin.") == "mayadin")
        #expect(town("Raketen schlugen in der Grenzstadt Albukamal ein.") == "albukamal")
    }

    @Test func aGermanNounAfterNaheIsNoTown() {
        #expect(town("Die Miliz griff nahe der Grenze Stellungen an.") == nil)
    }
}

/// Round 10, places: a town a named base is told to be near is its landmark, not a second site.
@Suite struct LandmarkTownOfBaseTests {
    typealias F = ExtractionFixtures

    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        F.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func theCapitalABaseIsNearIsNoSecondAttack() {
        let body = """
        Drone downed near base

        On Tuesday a drone was shot down as it approached Al-Harir, a base in northern Iraq near the Kurdish capital \
        of Irbil. No injuries were reported.
        """
        let found = attacks(body, published: "2023-10-18")
        #expect(found.map(\.location) == ["Al-Harir Air Base"])
    }

    @Test func theRegionalCapitalInOtherWordsIsNoSecondAttackEither() {
        let body = """
        Rockets target coalition site

        Two rockets targeted Ain al-Asad, the sprawling air base west of Baghdad near the provincial capital of \
        Ramadi, on Sunday, Iraqi security sources said.
        """
        let found = attacks(body, published: "2021-03-14")
        #expect(found.map(\.location) == ["Ain al-Asad Air Base"])
    }

    @Test func aSecondEventNearACityIsStillItsOwnAttack() {
        let body = """
        Two attacks in Iraq

        Rockets hit Ain al-Asad air base on Tuesday, while a drone was shot down near the city of Erbil hours later.
        """
        let found = attacks(body, published: "2021-07-07")
        #expect(found.count == 2)
    }
}

/// Round 10, places: a timeline heads each day's paragraph with the day alone on a line.
@Suite struct TimelineDayHeadingTests {
    typealias F = ExtractionFixtures

    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        F.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func theSameBaseUnderTwoDayHeadingsIsTwoAttacks() {
        let body = """
        What we know about the attacks

        Officials described the incidents on Monday.

        Oct. 20
        A drone is shot down near Ain al-Asad. There is no damage.

        Oct. 21
        Rockets are fired at Ain al-Asad. None hit the base.
        """
        let found = attacks(body, published: "2023-10-24")
        #expect(found.count == 2)
        #expect(found.contains { $0.date.day?.description.hasSuffix("10-20") == true && $0.weapons == [.drone] })
        #expect(found.contains { $0.date.day?.description.hasSuffix("10-21") == true && $0.weapons == [.rocket] })
    }

    @Test func aReleaseDateAboveTheFirstParagraphIsNoTimeline() {
        let body = """
        Rockets target base

        Aug. 10, 2024
        On Friday, rockets were fired at Rumalyn Landing Zone in Syria. No injuries were reported.
        """
        let found = attacks(body, published: "2024-08-10")
        #expect(found.count == 1)
        #expect(found.first?.date.day?.description.hasSuffix("08-09") == true)
    }
}

/// Round 10, weapons: whoever opens fire fires small arms.
@Suite struct OpenedFireTests {
    @Test func openingFireAndAGunmanAreSmallArms() {
        for sentence in ["A gunman opened fire on a joint patrol near Palmyra.", "Ein Angreifer hatte das Feuer eröffnet.",
                         "Gunmen attacked the convoy."] {
            let tokens = ScannedText(sentence).tokens
            #expect(Set(WeaponFinder.find(in: 0..<tokens.count, tokens: tokens).weapons.map(\.weapon)) == [.smallArms], "\(sentence)")
        }
    }

    @Test func aFireAtTheBaseIsNoWeapon() {
        let tokens = ScannedText("A fire broke out at the base's dining hall.").tokens
        #expect(WeaponFinder.find(in: 0..<tokens.count, tokens: tokens).weapons.isEmpty)
    }
}
