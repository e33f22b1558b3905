/// The group speaking in a claim statement ("Statement of the Islamic Resistance in Iraq ... our
/// mujahideen struck ..."): every operation it lists is claimed by it.
enum StatementClaimant {
    /// Words only the attackers use of themselves.
    private static let selfWords: Set<String> = ["mujahideen", "mujahidin", "our", "we"]

    static func find(title: String, text: ScannedText, sentences: [Range<Int>], groups: GroupMatcher) -> GroupMatch? {
        let tokens = text.tokens
        // An opening invocation and a Quran verse may come before the word "Statement".
        let titleWords = TextScanner.tokens(of: title).map(\.text)
        // A digest of several statements ("statements of 14 and 15 December") speaks for the group as much as one.
        // In the body the noun must head the text ("Statement No. 112") or a translator's note about it; "Austin said in
        // a statement" is news about a statement, not one.
        let isStatement = titleWords.contains { Lexicon.statementDocumentNouns.contains($0) }
            || sentences.prefix(5).contains { s in
                let note = s.contains { ["translated", "translation", "translator", "translator's"].contains(tokens[$0].text) }
                    || s.first.map { tokens[$0].text == "[" } == true
                return s.contains { k in
                    (Lexicon.statementDocumentNouns.contains(tokens[k].text) && (tokens[k].isCapitalized || note))
                        || tokens[k].text == "bayan"
                }
            }
            || opensWithInvocation(sentences: sentences, tokens: tokens)
            || headingNamesDocument(sentences: sentences, tokens: tokens)
            || titleNamesFightersGroup(sentences: sentences, tokens: tokens, groups: groups)
        guard isStatement else { return nil }
        let speaksForItself = tokens.contains { selfWords.contains($0.text) }
        guard speaksForItself, !deniesAttack(tokens: tokens) else { return nil }
        let actors = groups.matches(in: 0..<tokens.count, tokens: tokens).filter { GroupMatcher.isActor($0.group) }
        // "the mujahideen of the Islamic Resistance in Iraq struck": the fighters the statement speaks for.
        if let own = actors.first(where: { g in
            (max(0, g.tokens.lowerBound - 3)..<g.tokens.lowerBound).contains { ["mujahideen", "mujahidin"].contains(tokens[$0].text) }
        }) {
            return own
        }
        for sentence in sentences.prefix(3) {
            if let g = groups.matches(in: sentence, tokens: tokens).first(where: { GroupMatcher.isActor($0.group) }) {
                return g
            }
        }
        // "Statement issued by Ashab al-Kahf", "Statement of Qasim al-Jabbarin": a heading naming a group the
        // catalog does not know.
        for sentence in sentences.prefix(5) {
            for k in sentence where Lexicon.statementDocumentNouns.contains(tokens[k].text) && tokens[k].isCapitalized {
                var s = k + 1
                if s < sentence.upperBound, tokens[s].text == "issued" { s += 1 }
                guard s < sentence.upperBound, ["of", "by"].contains(tokens[s].text) else { continue }
                if let named = UnknownClaimant.name(from: s + 1, in: sentence, text: text),
                   !isOfficialBody(named.tokens, tokens: tokens) {
                    return named
                }
            }
        }
        // The signature: a closing line that is only the group's name, maybe followed by the statement's date
        // ("16 Dhu al-Hijja 1441 AH") and a translator's note.
        let lines = sentences.filter { s in !s.isEmpty && (tokens[s.lowerBound].newlineBefore || s.lowerBound == 0) }
        for sentence in (sentences.suffix(3) + lines.suffix(4)).reversed() {
            if let g = actors.first(where: { sentence.contains($0.tokens.lowerBound) }),
               sentence.filter({ tokens[$0].isWord && !["the", "al"].contains(tokens[$0].text) }).count
                == g.tokens.filter({ tokens[$0].isWord && !["the", "al"].contains(tokens[$0].text) }).count {
                return g
            }
        }
        return nil
    }

    /// "Operations of the Islamic Resistance in Iraq for Monday 1-1-2024 [...] the Mujahideen targeted the American
    /// occupation base ...": a title naming an armed group over a body that calls the fighters "the Mujahideen" is the
    /// group's own list of its operations, whatever noun heads it. A news story calls the fighters by the group's
    /// name, or quotes the word inside a statement it names.
    static func titleNamesFightersGroup(sentences: [Range<Int>], tokens: [Token], groups: GroupMatcher) -> Bool {
        guard let title = sentences.first, !title.isEmpty, tokens[title.upperBound - 1].text != ".",
              groups.matches(in: title, tokens: tokens).contains(where: { GroupMatcher.isActor($0.group) }) else { return false }
        return sentences.dropFirst().contains { s in
            s.contains { ["mujahideen", "mujahidin"].contains(tokens[$0].text) }
                && !s.contains { ["\"", "“", "”", "said", "says"].contains(tokens[$0].text) }
        }
    }

    /// "We in Kataib Sayyid al-Shuhada deny any connection to the rocket attack that targeted Camp Taji": a statement
    /// that disowns an attack claims nothing, though it speaks for the group and names the attack.
    static func deniesAttack(tokens: [Token]) -> Bool {
        tokens.contains { ["deny", "denies", "denied", "disavow", "disavows"].contains($0.text) }
    }

    /// Nouns that name a government's own bodies: "Statement of the Kurdistan Region Counter-Terrorism Directorate",
    /// "Statement by the Security Media Cell" report an attack, they do not claim it.
    private static let officialBodyNouns: Set<String> = [
        "directorate", "ministry", "command", "cell", "department", "government", "office", "council", "agency",
        "authority", "army", "police", "service", "spokesman", "spokesperson", "presidency", "embassy", "coalition",
    ]

    static func isOfficialBody(_ name: Range<Int>, tokens: [Token]) -> Bool {
        name.contains { officialBodyNouns.contains(tokens[$0].text) }
    }

    /// "In the name of God, the Most Gracious, the Most Merciful": the invocation a militia statement opens with. A
    /// relaying channel may put its own lines first ("[Relayed by ...]", "Text of the statement:"), so the invocation
    /// may open any of the first lines.
    static func opensWithInvocation(sentences: [Range<Int>], tokens: [Token]) -> Bool {
        let invocation = ["in", "the", "name", "of", "god"]
        return openingLines(sentences: sentences, tokens: tokens).contains { line in
            line.count >= invocation.count
                && zip(line.prefix(invocation.count), invocation).allSatisfy { tokens[$0.0].text == $0.1 }
        }
    }

    /// "Military communiqué no. 9", "Text of the statement:", "Statement No. (14)": a short line near the top naming
    /// the document is its heading. A news sentence about a statement ("Austin said in a statement that ...") is no
    /// heading: it runs longer than a heading does.
    static func headingNamesDocument(sentences: [Range<Int>], tokens: [Token]) -> Bool {
        openingLines(sentences: sentences, tokens: tokens).contains {
            isHeadingLine($0, naming: Lexicon.statementDocumentNouns, tokens: tokens)
        }
    }

    /// True when `line` is short enough for a heading (six words at most) and names one of `nouns`.
    static func isHeadingLine(_ line: Range<Int>, naming nouns: Set<String>, tokens: [Token]) -> Bool {
        line.filter { tokens[$0].isWord }.count <= 6 && line.contains { nouns.contains(tokens[$0].text) }
    }

    /// The sentences among the first six that open a line of the text.
    private static func openingLines(sentences: [Range<Int>], tokens: [Token]) -> [Range<Int>] {
        sentences.prefix(6).filter { s in !s.isEmpty && (s.lowerBound == 0 || tokens[s.lowerBound].newlineBefore) }
    }
}
