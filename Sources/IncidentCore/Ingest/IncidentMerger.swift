import Foundation

/// The merging rule, as pure functions: when two reports are the same incident, and what the
/// incident's resolved fields are given all its sources.
public enum IncidentMerger {
    /// Which kinds of report merge with each other at all. Mentions never do: each stays its own record.
    public static func merges(_ kind: IncidentKind) -> Bool {
        switch kind {
        case .attack, .partner, .usStrike, .event: return true
        case .mention: return false
        }
    }

    /// Two reports are one incident when they are of the same kind, at the same canonical site, on the
    /// same date; ±1 day only when one side's date is uncertain (a relative day near midnight, or a
    /// precision coarser than a day). Unknown site or date never merges.
    public static func isSameIncident(_ a: ExtractedIncident, _ b: ExtractedIncident) -> Bool {
        guard a.kind == b.kind, merges(a.kind),
              let siteA = a.location, let siteB = b.location, siteA == siteB,
              let dayA = a.date.day, let dayB = b.date.day else { return false }
        let gap = abs(dayA.ordinal - dayB.ordinal)
        if gap == 0 { return a.date.precision == b.date.precision || bothAtLeastDay(a, b) }
        guard gap == 1 else { return false }
        return isUncertain(a) || isUncertain(b)
    }

    /// A report joins an incident only when it matches every source already in it, so that a chain of
    /// ±1-day matches can never stretch one incident over several days.
    public static func joins(_ report: ExtractedIncident, incidentSources: [ExtractedIncident]) -> Bool {
        !incidentSources.isEmpty && incidentSources.allSatisfy { isSameIncident(report, $0) }
    }

    private static func isUncertain(_ r: ExtractedIncident) -> Bool {
        r.dateUncertain || r.date.precision != .day
    }

    private static func bothAtLeastDay(_ a: ExtractedIncident, _ b: ExtractedIncident) -> Bool {
        (a.date.precision == .day || a.date.precision == .week) && (b.date.precision == .day || b.date.precision == .week)
    }

    /// The incident's fields from its sources, given oldest first. Figures: the highest quantified
    /// figure with its qualifier (a number beats "several"/"possible"; on equal numbers the later
    /// source wins); weapons: the union; claimed by: explicit claims from any source.
    public static func resolve(_ sources: [ExtractedIncident]) -> ExtractedIncident {
        guard var resolved = sources.first else {
            return ExtractedIncident(kind: .attack, date: .unknown)
        }
        resolved.date = bestDate(sources)
        resolved.dateUncertain = sources.allSatisfy(\.dateUncertain)
        if let placed = sources.first(where: { $0.latitude != nil }) ?? sources.first(where: { $0.location != nil }) {
            resolved.location = placed.location
            resolved.country = placed.country
            resolved.latitude = placed.latitude
            resolved.longitude = placed.longitude
            resolved.locationCandidates = placed.locationCandidates
        }
        if resolved.country == nil { resolved.country = sources.lazy.compactMap(\.country).first }
        resolved.weapons = sources.reduce(into: Set<Weapon>()) { $0.formUnion($1.weapons) }
        resolved.usKilled = bestFigure(sources.map(\.usKilled))
        resolved.usInjured = bestFigure(sources.map(\.usInjured))
        resolved.otherCasualties = mergedCasualties(sources.flatMap(\.otherCasualties))
        resolved.claimedBy = joinedDistinct(sources.compactMap(\.claimedBy))
        resolved.attributedTo = joinedDistinct(sources.compactMap(\.attributedTo))
        resolved.usResponse = joinedDistinct(sources.compactMap(\.usResponse))
        resolved.summary = sources.first { !$0.summary.isEmpty }?.summary ?? ""
        resolved.outcome = AttackOutcome.strongest(sources.compactMap(\.outcome))
        resolved.confirmation = Confirmation.strongest(sources.compactMap(\.confirmation))
        resolved.confidence = bestConfidence(sources)
        resolved.facts = []
        return resolved
    }

    /// Per field, the surest way any source that has the field found it: explicit in one source is explicit.
    static func bestConfidence(_ sources: [ExtractedIncident]) -> [String: FieldConfidence] {
        let fields = Set(sources.flatMap(\.confidence.keys))
        var result: [String: FieldConfidence] = [:]
        for field in fields {
            let levels = sources.compactMap { s -> FieldConfidence? in
                if let level = s.confidence[field] { return level }
                return hasValue(field, s) ? .explicit : nil
            }
            if let best = levels.min(), best != .explicit { result[field] = best }
        }
        return result
    }

    private static func hasValue(_ field: String, _ s: ExtractedIncident) -> Bool {
        switch field {
        case "date": return s.date.day != nil
        case "location": return s.location != nil
        case "country": return s.country != nil
        case "weapons": return !s.weapons.isEmpty
        case "us_killed": return !s.usKilled.isUnknown
        case "us_injured": return !s.usInjured.isUnknown
        case "claimed_by": return s.claimedBy != nil
        default: return false
        }
    }

    /// The lowest and highest counts among the sources' figures; nil when none has a number.
    public static func range(_ figures: [Figure]) -> ClosedRange<Int>? {
        let counts = figures.compactMap(\.count)
        guard let low = counts.min(), let high = counts.max() else { return nil }
        return low...high
    }

    /// True when sources disagree wildly: none against some killed, or the highest count at least three
    /// times the lowest and at least five more.
    public static func isConflicting(_ figures: [Figure], killed: Bool) -> Bool {
        guard let r = range(figures) else { return false }
        if killed { return r.lowerBound == 0 && r.upperBound > 0 }
        return r.upperBound >= 3 * max(r.lowerBound, 1) && r.upperBound - r.lowerBound >= 5
    }

    /// The highest quantified figure; ties go to the later one; without any number, the latest hedge.
    public static func bestFigure(_ figures: [Figure]) -> Figure {
        var best: Figure?
        for figure in figures where figure.count != nil {
            if let current = best, let a = current.count, let b = figure.count, b < a { continue }
            best = figure
        }
        if let best { return best }
        return figures.last { $0.qualifier != nil } ?? .unknown
    }

    /// The most precise date (day over week over month); among equals a certain date over an uncertain
    /// one, then the earliest source.
    static func bestDate(_ sources: [ExtractedIncident]) -> IncidentDate {
        func rank(_ r: ExtractedIncident) -> Int {
            let precision: Int
            switch r.date.precision {
            case .day: precision = 0
            case .week: precision = 2
            case .month: precision = 4
            case .unknown: precision = 6
            }
            return precision + (r.dateUncertain ? 1 : 0)
        }
        return sources.min { rank($0) < rank($1) }?.date ?? .unknown
    }

    static func mergedCasualties(_ all: [OtherCasualty]) -> [OtherCasualty] {
        var byWho: [String: OtherCasualty] = [:]
        var order: [String] = []
        for casualty in all {
            let key = casualty.who.lowercased()
            guard var existing = byWho[key] else {
                byWho[key] = casualty
                order.append(key)
                continue
            }
            existing.killed = maxOptional(existing.killed, casualty.killed)
            existing.injured = maxOptional(existing.injured, casualty.injured)
            if existing.qualifier == nil || casualty.qualifier == nil { existing.qualifier = existing.qualifier ?? casualty.qualifier }
            byWho[key] = existing
        }
        return order.compactMap { byWho[$0] }
    }

    private static func maxOptional(_ a: Int?, _ b: Int?) -> Int? {
        switch (a, b) {
        case let (x?, y?): return max(x, y)
        default: return a ?? b
        }
    }

    static func joinedDistinct(_ values: [String]) -> String? {
        var seen = Set<String>()
        var parts: [String] = []
        for value in values {
            for part in value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                if seen.insert(part.lowercased()).inserted { parts.append(part) }
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
