/// People counted besides those a clause named ("two American soldiers and a British servicewoman died, and twelve
/// other people were injured", "sono morti due soldati americani ... altre dodici persone sono rimaste ferite").
extension CasualtyFinder {
    /// "twelve other people": people set apart from the named dead or wounded before them are nobody the story names;
    /// not the clause's default party (US troops), so they stay out of the US figures.
    /// "altre dodici persone" (Romance order, "other twelve people") as "twelve other people".
    static func otherPeopleApart(_ found: inout [CasualtyMention], range: Range<Int>, tokens: [Token]) {
        for n in found.indices where found[n].usesDefaultParty && ["people", "persons", "person"].contains(found[n].head) {
            let a = found[n].anchor
            let otherBefore = a - 1 >= range.lowerBound && tokens[a - 1].text == "other"
            guard found[n].isOthers || otherBefore else { continue }
            guard found[..<n].contains(where: { !$0.usesDefaultParty && $0.party != nil && $0.hasPersonNoun }) else { continue }
            found[n].party = .other("people")
            found[n].usesDefaultParty = false
        }
    }
}
