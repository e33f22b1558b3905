import Testing
@testable import IncidentCore

/// Round 8 (places): a weapon told as what it was not ("planted charges, not rockets", "not by incoming rocket fire",
/// "rather than rockets") is no weapon of the attack; a verb between "not" and the weapon keeps it.
@Suite struct WeaponToldAsNotTests {
    @Test(arguments: [
        "The explosions were caused by explosive charges placed inside the compound, not by incoming rocket fire.",
        "Blasts that hurt four US troops were planted charges, not rockets, the military said.",
        "The blasts came from explosive charges rather than rockets, officials said.",
    ])
    func aWeaponToldAsWhatItWasNot(_ sentence: String) {
        #expect(!ExtractionFixtures.weapons(sentence).contains(.rocket))
    }

    @Test func aVerbBetweenNotAndTheWeaponKeepsIt() {
        #expect(ExtractionFixtures.weapons("Air defences could not intercept the drone, which hit a hangar.") == [.drone])
    }

    @Test func aWeaponAfterNotOnlyInAnotherClauseKeepsIt() {
        #expect(ExtractionFixtures.weapons("It was not clear who fired the rockets.") == [.rocket])
    }
}
