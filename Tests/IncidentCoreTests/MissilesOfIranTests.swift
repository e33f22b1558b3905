import Testing
@testable import IncidentCore

/// Round 8 (places): missiles a state fires at a base are ballistic missiles: "Iran's missile barrage", "Iranian
/// missiles", "Iran fired missiles at Ain al-Asad"; not missiles of "Iran-backed" militias.
@Suite struct MissilesOfIranTests {
    @Test(arguments: [
        "Iran's missile barrage on Jan. 8 struck Ain al-Asad air base.",
        "Iranian missiles struck Ain al-Asad air base in January 2020.",
        "Iran fired missiles at Ain al-Asad air base on Jan. 8.",
    ])
    func missilesIranFires(_ sentence: String) {
        #expect(ExtractionFixtures.weapons(sentence) == [.ballisticMissile])
    }

    @Test func missilesOfMilitiasBackedByIranStayUnqualified() {
        #expect(ExtractionFixtures.weapons("Iran-backed militias fired missiles at the base.").isEmpty)
    }
}
