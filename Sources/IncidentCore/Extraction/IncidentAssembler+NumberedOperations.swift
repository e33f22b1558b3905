/// A claim statement lists its operations one per numbered line ("First: ...", "Second: ...", "3- ..."): each line is
/// an operation of its own, against the enemy the statement names.
extension IncidentAssembler {
    /// Ordinal words that open a statement's operation lines.
    private static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "firstly", "secondly", "thirdly",
    ]

    /// True when the frame's sentence opens a numbered line of a claim statement: "Second: At dawn on Wednesday, our
    /// mujahideen targeted ...", "2- The occupation base ...", "- ...".
    func opensNumberedOperation(_ frame: ArticleFrame) -> Bool {
        guard statementClaimant != nil, sentences.indices.contains(frame.sentence) else { return false }
        let sentence = sentences[frame.sentence]
        let tokens = text.tokens
        guard frame.tokens.lowerBound - sentence.lowerBound <= 2 else { return false }
        if FrameBuilder.isListItem(sentence, tokens: tokens) { return true }
        let first = tokens[sentence.lowerBound]
        guard first.newlineBefore || sentence.lowerBound == 0, sentence.count > 1 else { return false }
        return Self.ordinals.contains(first.text) && [":", "-", ")", ","].contains(tokens[sentence.lowerBound + 1].text)
    }

    /// "Second: At dawn on Wednesday, our mujahideen targeted another convoy of the occupation with an explosive device
    /// on the highway near al-Diwaniyah": in a claim statement the enemy of every operation line is the one the
    /// statement names ("the American occupation"), so a line that tells an attack is one on US forces even when it
    /// writes the enemy only as "the occupation".
    func promotingNumberedOperations(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        guard statementClaimant != nil else { return frames }
        return frames.map { f in
            guard f.role == .orphan, opensNumberedOperation(f), !f.weapons.isEmpty || f.claim != nil || f.namesPlaceOrDay else { return f }
            var promoted = f
            promoted.role = .attack
            return promoted
        }
    }
}

extension IncidentAssembler {
    /// The places a clause names other than gazetteer bases, reduced for comparison: its towns and areas as written.
    func placeKeys(_ frame: ArticleFrame) -> Set<String> {
        var keys = Set(frame.areas.filter { !$0.area.isRegion || $0.area.bases.isEmpty }.map { Self.siteKey(text.text($0.span)) })
        for place in [frame.writtenTown, frame.writtenPlace].compactMap({ $0 }) { keys.insert(Self.siteKey(text.text(place.span))) }
        keys.remove("")
        return keys
    }

    /// "[... Iraqi security media said separately that an explosive device had damaged a truck on the Diwaniyah road and
    /// that nobody was hurt.]": a clause told apart from the attacks (no US word, no site of ours) that names the town
    /// of exactly one of the story's attacks placed only by a town tells more of that attack: its weapon and its toll
    /// are that attack's, not every attack's. The index of that draft's frames, or nil.
    func attackOfItsTown(_ aside: ArticleFrame, towns: [Set<String>]) -> Int? {
        guard aside.places.isEmpty, !aside.isBackground else { return nil }
        let keys = placeKeys(aside)
        guard !keys.isEmpty else { return nil }
        let matching = towns.indices.filter { !towns[$0].isDisjoint(with: keys) }
        return matching.count == 1 ? matching[0] : nil
    }
}
