/// "The Pentagon says there have been at least 27 attacks since Oct. 17, and that 45 service members have suffered
/// minor injuries, most of them traumatic brain injuries from drone attacks at al-Tanf and Ain al-Asad in the first
/// days of the campaign": the attacks a counting sentence names at sites are earlier events, one mention per site,
/// never the story's news, even with no day of their own.
extension IncidentAssembler {
    /// Attack clauses naming a site but no day, told after the count of a sentence that counts attacks or their toll
    /// (`TotalFinder`; the frame builder keeps only the clause `FrameBuilder.attacksNamedInCount` finds there).
    func attacksNamedInCounts(attackFrames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        return attackFrames.filter { f in
            guard !f.places.isEmpty, f.dates.isEmpty, f.entryStart == nil, sentences.indices.contains(f.sentence),
                  f.tokens.lowerBound > sentences[f.sentence].lowerBound else { return false }
            return TotalFinder.find(in: sentences[f.sentence], tokens: tokens, published: published) != nil
        }
    }
}
