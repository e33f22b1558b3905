/// Hearings and policy stories date the reaction to an attack, not the attack: "Senate Republicans on Tuesday
/// demanded that Defense Secretary Lloyd Austin explain how a drone evaded the air defenses at Tower 22, ... where three
/// U.S. soldiers were killed on Sunday"; "lawmakers pressed the Pentagon Wednesday". A day right next to a verb of
/// reaction (demanding, pressing, urging, vowing, testifying) is when that was done, as a day next to a reporting verb
/// is when something was told, so an attack's own day in the clause beats it.
extension FrameBuilder {
    /// Verbs of reacting to an event rather than telling it.
    static let reactionVerbs: Set<String> = [
        "demanded", "pressed", "urged", "vowed", "pledged", "promised", "questioned", "grilled", "testified",
        "criticized", "condemned", "called",
    ]

    /// True when `date` stands right before or after a verb of reaction.
    static func datesAReaction(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        let after = date.tokens.upperBound
        let before = date.tokens.lowerBound - 1
        return (after < range.upperBound && reactionVerbs.contains(tokens[after].text))
            || (before >= range.lowerBound && reactionVerbs.contains(tokens[before].text))
    }
}
