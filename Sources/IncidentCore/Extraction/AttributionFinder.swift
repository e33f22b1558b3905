/// Finds who officials or the reporter say carried out an attack, when named by description
/// ("fired by Iranian-backed militias", "Militants close to Iran fired"): normalised to "Iran-backed militias".
enum AttributionFinder {
    static let canonical = "Iran-backed militias"

    private static let glued: Set<String> = [
        "iranbacked", "iranianbacked", "iranlinked", "iranianlinked", "iransupported", "iranaligned", "proiranian",
        "proiran", "iransponsored",
    ]
    private static let participles: Set<String> = ["backed", "linked", "aligned", "allied", "supported", "sponsored"]
    private static let nouns: Set<String> = [
        "militia", "militias", "fighters", "militants", "groups", "group", "factions", "militiamen", "forces", "proxies",
    ]
    private static let attackVerbs: Set<String> = [
        "fired", "launched", "used", "attacked", "hit", "hits", "targeted", "struck", "carried", "fire", "launch",
        "attack", "shelled",
    ]

    static func find(in range: Range<Int>, tokens: [Token]) -> TextSpan? {
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        var i = range.lowerBound
        while i < range.upperBound {
            var descriptorEnd: Int?
            let start = i
            let w = tokens[i].text
            if glued.contains(w) {
                descriptorEnd = i + 1
            } else if ["iran", "iranian"].contains(w), word(i + 1) == "-", participles.contains(word(i + 2)) {
                descriptorEnd = i + 3
            } else if w == "pro", word(i + 1) == "-", ["iranian", "iran"].contains(word(i + 2)) {
                descriptorEnd = i + 3
            } else if nouns.contains(w), word(i + 1) == "close", word(i + 2) == "to", word(i + 3) == "iran" {
                // "Militants close to Iran fired ..."
                let end = i + 4
                if attackVerbs.contains(word(end)) || word(i - 1) == "by" || word(i - 2) == "by" {
                    return TextSpan(start: tokens[i].start, end: tokens[end - 1].end)
                }
            }
            if let d = descriptorEnd {
                var nounEnd: Int?
                for n in d..<min(d + 3, range.upperBound) where nouns.contains(tokens[n].text) {
                    nounEnd = n + 1
                    break
                }
                if let nounEnd {
                    let byBefore = (1...3).contains { ["by", "blamed", "blames", "blaming"].contains(word(start - $0)) }
                    let verbAfter = (0...2).contains { attackVerbs.contains(word(nounEnd + $0)) }
                    if byBefore || verbAfter {
                        return TextSpan(start: tokens[start].start, end: tokens[nounEnd - 1].end)
                    }
                    i = nounEnd
                    continue
                }
            }
            i += 1
        }
        return nil
    }
}
