/// Picks the most specific casualty figure: a number beats "several", which beats "possible", which
/// beats "none"; a higher number beats a lower one; a written number beats an indefinite article; an
/// exact number beats a hedged one, except in a headline, which drops the story's hedge ("5 injured" above
/// "at least five were injured"). Between two zeros, one said of deaths or of injuries alone ("no U.S. personnel were
/// killed") beats a "no casualties" said of both, which a story's later count may have revised.
enum FigureRanking {
    static func score(_ m: CasualtyMention) -> (Int, Int, Int, Int, Int) {
        let f = m.figure
        let tier: Int
        if let c = f.count, c > 0 {
            tier = 4
        } else if f.qualifier == .several || f.qualifier == .dozens {
            tier = 3
        } else if f.qualifier == .possible {
            tier = 2
        } else {
            tier = 1
        }
        return (tier, f.count ?? 0, m.isArticle ? 0 : 1, m.inHeadline ? 0 : f.qualifier == nil ? 2 : 1, m.both ? 0 : 1)
    }

    static func best(_ mentions: [CasualtyMention]) -> CasualtyMention? {
        var best: CasualtyMention?
        for m in mentions {
            guard let b = best else { best = m; continue }
            if score(m) > score(b) { best = m }
        }
        return best
    }
}
