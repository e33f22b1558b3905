/// Where a sentence's clauses begin and end: the joiners of the corpus's languages, and the clause number of
/// any text position within a frame, which the sharing out of a sentence's facts among its sites reads.
extension IncidentAssembler {
    /// Words that open another clause, in the languages of the corpus: "and", "while", "sowie" ("Drohnenangriff auf
    /// Schaddadi sowie einen Raketenangriff auf die Mission Support Site Euphrates"), "mentre", "tandis", "mientras".
    static let clauseJoiners: Set<String> = [
        ",", ";", "and", "separately", "while", "whereas", "und", "sowie", "wahrend", "et", "tandis", "e", "ed",
        "mentre", "y", "mientras", "enquanto",
        // "The mortar attack on Shaddadi came hours after a drone attack on al-Tanf": the event after "after" is
        // another one, with its own weapons.
        "after",
    ]
    /// The words for "and", which may also join two weapons ("drones and rockets", "Drohnen und Raketen").
    static let andWords: Set<String> = ["and", "und", "et", "e", "ed", "y"]
    /// Joiners written in two words.
    static let twoWordJoiners: Set<[String]> = [["ainsi", "que"], ["as", "well"], ["cosi", "come"], ["assim", "como"]]

    /// The clause number of a text position within a frame (clauses end at ",", ";", "and", "while").
    func clauses(of frame: ArticleFrame) -> (Int) -> Int {
        let tokens = text.tokens
        var clauseOf: [Int: Int] = [:]
        var clause = 0
        // "attacked by a one-way attack drone and rockets": an "and" between two weapons joins a list, not clauses.
        let weaponEnds = Set(frame.weapons.map(\.span.end))
        let weaponStarts = frame.weapons.map(\.span.start)
        func joinsWeapons(_ k: Int) -> Bool {
            guard k > frame.tokens.lowerBound, weaponEnds.contains(tokens[k - 1].end) else { return false }
            let reach = tokens[min(k + 3, frame.tokens.upperBound - 1)].end
            return weaponStarts.contains { $0 > tokens[k].start && $0 < reach }
        }
        for k in frame.tokens {
            let w = tokens[k].text
            if IncidentAssembler.clauseJoiners.contains(w), !IncidentAssembler.andWords.contains(w) || !joinsWeapons(k) {
                clause += 1
            }
            // "ainsi que", "as well as": one joiner written in several words.
            if k > frame.tokens.lowerBound, IncidentAssembler.twoWordJoiners.contains([tokens[k - 1].text, w]) { clause += 1 }
            clauseOf[tokens[k].start] = clause
        }
        return { position in
            let k = frame.tokens.last { tokens[$0].start <= position } ?? frame.tokens.lowerBound
            return clauseOf[tokens[k].start] ?? 0
        }
    }
}
