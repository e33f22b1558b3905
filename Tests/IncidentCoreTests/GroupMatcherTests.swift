import Testing
@testable import IncidentCore

/// Claimant names matched to the bundled groups in the spellings and glosses reporting uses.
@Suite struct GroupMatcherTests {
    let matcher = GroupMatcher(catalog: .bundled)

    private func group(_ text: String) -> String? {
        let tokens = TextScanner.tokens(of: text)
        return matcher.matches(in: 0..<tokens.count, tokens: tokens).first?.group.name
    }

    @Test(arguments: [
        ("Saraya Awliya al-Dam", "Saraya Awliya al-Dam"),
        ("a group calling itself Awliyaa al-Dam", "Saraya Awliya al-Dam"),
        ("Saraya Awliya al Dam claimed the attack", "Saraya Awliya al-Dam"),
        ("Sarayat Awliya' al-Dam", "Saraya Awliya al-Dam"),
        ("eine Gruppe namens Saraja Awlija al-Dam", "Saraya Awliya al-Dam"),
        ("the Guardians of the Blood Brigade", "Saraya Awliya al-Dam"),
        ("Guardians of the Blood", "Saraya Awliya al-Dam"),
        ("Ashab al-Kahf", "Ashab al-Kahf"),
        ("Asshab al-Kahf", "Ashab al-Kahf"),
        ("Companions of the Cave", "Ashab al-Kahf"),
        ("the Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps"),
        ("Iran's Islamic Revolution Guards Corps", "Islamic Revolutionary Guard Corps"),
        ("the IRGC said", "Islamic Revolutionary Guard Corps"),
        ("Iran's Revolutionary Guards", "Islamic Revolutionary Guard Corps"),
        ("les Gardiens de la révolution", "Islamic Revolutionary Guard Corps"),
        ("Usbat al-Thaireen", "Usbat al-Thaireen"),
        ("Osbat al-Tha'ireen", "Usbat al-Thaireen"),
        ("League of the Revolutionaries", "Usbat al-Thaireen"),
        ("Qasem al-Jabbarin", "Saraya Qasim al-Jabbarin"),
        ("Saraya Qassem al-Jabbarin", "Saraya Qasim al-Jabbarin"),
        ("Qasim al-Jabarin", "Saraya Qasim al-Jabbarin"),
        ("the Revenge of al-Muhandis Brigade", "Saraya Thar al-Muhandis"),
        ("Saraya Tha'r al-Muhandis", "Saraya Thar al-Muhandis"),
        ("Thar al-Mohandes", "Saraya Thar al-Muhandis"),
        ("Tashkil al-Waritheen", "Tashkil al-Waritheen"),
        ("Tashkeel al-Warithin", "Tashkil al-Waritheen"),
    ])
    func spellingsOfAddedGroups(_ text: String, _ expected: String) {
        #expect(group(text) == expected, "\(text)")
    }

    @Test func aPrefixEndingOnASmallWordNamesNoGroup() {
        #expect(group("Guardians of peace") == nil)
        #expect(group("Companions of Muhammad") == nil)
        #expect(group("League of Nations") == nil)
        #expect(group("Revenge of the Sith") == nil)
    }

    @Test func theOlderGroupsStillMatch() {
        #expect(group("Kata'ib Hizballah") == "Kataib Hezbollah")
        #expect(group("the Islamic Resistance in Iraq") == "Islamic Resistance in Iraq")
        #expect(group("al-Nujaba") == "Harakat Hezbollah al-Nujaba")
    }
}
