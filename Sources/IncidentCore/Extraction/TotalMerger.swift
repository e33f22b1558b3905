/// Keeps one total per count when an article quotes the same figure twice ("approximately 140 rocket and
/// missile attacks" and "140 militia attacks ... including 57 in Iraq"): the most informative one, with
/// the US injuries of the others when it has none.
enum TotalMerger {
    static func merge(_ totals: [ExtractedTotal]) -> [ExtractedTotal] {
        var result: [ExtractedTotal] = []
        for total in totals {
            guard let i = result.firstIndex(where: { $0.total.count == total.total.count }) else {
                result.append(total)
                continue
            }
            var keep = informativeness(total) > informativeness(result[i]) ? total : result[i]
            let other = informativeness(total) > informativeness(result[i]) ? result[i] : total
            if keep.usInjured.isUnknown, !other.usInjured.isUnknown {
                keep.usInjured = other.usInjured
                keep.facts += other.facts.filter { $0.field == "total_us_injured" }
            }
            result[i] = keep
        }
        return result
    }

    static func informativeness(_ t: ExtractedTotal) -> Int {
        [t.iraq != nil, t.syria != nil, t.jordan != nil, t.since != nil, t.asOf != nil, !t.usInjured.isUnknown,
         t.total.qualifier != nil].filter { $0 }.count
    }
}
