/// A group the catalog does not know, named as written.
struct WrittenGroup: Sendable {
    var name: String
    var span: TextSpan
}

/// Finds a group introduced by name in the text: "a group calling itself Tashkil al-Waritheen", "a
/// little-known faction known as Ashab al-Kahf", "a militia called Saraya Awliya al-Dam", "a little-known
/// group, Ashab al-Kahf, claimed". The name is the
/// run of capitalised words after the introduction, with "al-"/"el-" and hyphens inside it.
enum WrittenGroupFinder {
    private static let groupNouns: Set<String> = ["group", "faction", "militia", "organisation", "organization", "outfit"]
    private static let particles: Set<String> = ["al", "el", "ahl", "bin", "ibn", "of", "the"]

    static func find(in range: Range<Int>, text scanned: ScannedText) -> WrittenGroup? {
        let tokens = scanned.tokens
        func text(_ k: Int) -> String { range.contains(k) ? tokens[k].text : "" }
        for k in range {
            var start: Int?
            if ["calling", "calls"].contains(text(k)), ["itself", "themselves"].contains(text(k + 1)) {
                start = k + 2
            } else if text(k) == "known", text(k + 1) == "as" {
                start = k + 2
            } else if ["called", "named"].contains(text(k)) {
                start = k + 1
            }
            // "A little-known group, Ashab al-Kahf, claimed": the name set off by commas after the noun.
            if start == nil, groupNouns.contains(tokens[k].stem), text(k + 1) == ",", range.contains(k + 2), tokens[k + 2].isCapitalized {
                start = k + 2
            }
            guard let first = start else { continue }
            // The introduction must be about a group: "a group calling itself", "a faction known as".
            guard (max(range.lowerBound, k - 4)...k).contains(where: { groupNouns.contains(tokens[$0].stem) }) else { continue }
            var end = first
            var words = 0
            while range.contains(end) {
                let t = tokens[end]
                if t.isWord, t.isCapitalized {
                    words += 1
                } else if t.text == "-", !t.spaceBefore, range.contains(end + 1), !tokens[end + 1].spaceBefore {
                    // "al-Waritheen"
                } else if t.isWord, particles.contains(t.text), range.contains(end + 1), tokens[end + 1].isWord || tokens[end + 1].text == "-" {
                    // "Saraya Awliya al-Dam", "Asaib Ahl al-Haq"
                } else {
                    break
                }
                end += 1
            }
            // Drop trailing particles and hyphens.
            while end > first, !tokens[end - 1].isCapitalized { end -= 1 }
            guard words >= 1, end > first, tokens[first].isCapitalized else { continue }
            let span = TextSpan(start: tokens[first].start, end: tokens[end - 1].end)
            return WrittenGroup(name: scanned.text(span), span: span)
        }
        return nil
    }
}
