/// "The death toll from U.S. airstrikes ... rose to 25 on Monday": the day a toll rose to a figure is the day it was
/// counted, not the day of the strikes or the attack it counts. Both readings of that day live here: a day a few
/// words after a rising verb (`datesARisingToll`), and a day after "rose to N" that a count update also reads
/// (`datesARisenCount`, asked by `datesACountUpdate` after its own checks).
extension FrameBuilder {
    /// True when `date` stands in the few words after a rising verb ("rose to 25 on Monday", "climbed to seven
    /// Tuesday", "rose on Sunday to 16"), with no clause break between.
    static func datesARisingToll(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        var k = date.tokens.lowerBound - 1
        while k >= max(range.lowerBound, date.tokens.lowerBound - 6) {
            let w = tokens[k].text
            if [",", ";", ".", "after", "when", "in", "since"].contains(w) { return false }
            if Lexicon.risingVerbs.contains(w) { return true }
            k -= 1
        }
        return false
    }

    /// True when `date` is the day a toll reached its figure: "The death toll from U.S. airstrikes ... rose to 25 on
    /// Monday", "rose to four on Monday", "has risen to at least 25 on Monday" (the figure a few words after "to").
    static func datesARisenCount(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        let start = date.tokens.lowerBound
        guard start > range.lowerBound + 1, let to = (max(range.lowerBound + 1, start - 5)..<start).last(where: { tokens[$0].text == "to" }),
              Lexicon.risingVerbs.contains(tokens[to - 1].text) else { return false }
        return (to + 1..<start).contains { NumberReader.phrase(numberAt: $0, in: tokens, lowerBound: to + 1, limit: start) != nil }
    }
}
