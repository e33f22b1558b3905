/// "The death toll from U.S. airstrikes ... rose to 25 on Monday": the day a toll rose to a figure is the day it was
/// counted, not the day of the strikes or the attack it counts.
extension FrameBuilder {
    /// Verbs of a count that grew.
    static let risingVerbs: Set<String> = [
        "rose", "rises", "risen", "rise", "climbed", "climbs", "climb", "jumped", "jumps", "increased", "reached",
        "reaches", "mounted", "grew",
    ]

    /// True when `date` stands in the few words after a rising verb ("rose to 25 on Monday", "climbed to seven
    /// Tuesday", "rose on Sunday to 16"), with no clause break between.
    static func datesARisingToll(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        var k = date.tokens.lowerBound - 1
        while k >= max(range.lowerBound, date.tokens.lowerBound - 6) {
            let w = tokens[k].text
            if [",", ";", ".", "after", "when", "in", "since"].contains(w) { return false }
            if risingVerbs.contains(w) { return true }
            k -= 1
        }
        return false
    }
}
