import Foundation
@testable import IncidentCore

/// Loads the article corpora (`Fixtures/corpus`, `Fixtures/heldout`): each `NAME.txt` article with its
/// `NAME.expected` expected extraction (JSON; not `.json`, so that ingesting the directory reads only the articles), and compares what the extractor finds field by field.
enum Corpus {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The fields compared, in report order.
    static let scoredFields = ["date", "country", "location", "weapons", "us_killed", "us_injured", "claimed_by"]

    struct Case {
        var name: String
        var article: ArticleInput
        var expected: [[String: Any]]
    }

    /// Every article of a corpus directory, sorted by name.
    static func cases(_ directory: String) throws -> [Case] {
        let dir = fixtures.appendingPathComponent(directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let base = String(name.dropLast(4))
            let json = try Data(contentsOf: dir.appendingPathComponent(base + ".expected"))
            let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
            let published = (object["published"] as? String).flatMap(CalendarDay.init(iso:))
            let reader = ArticleReader(defaultPublished: published)
            let article = try reader.read(path: dir.appendingPathComponent(name).path).articles[0]
            return Case(name: base, article: article, expected: object["incidents"] as? [[String: Any]] ?? [])
        }
    }

    static func extract(_ c: Case) -> ArticleExtraction {
        ExtractionFixtures.extractor.extract(title: c.article.title, body: c.article.body, published: c.article.published,
                                             language: c.article.language)
    }

    /// The value of an exported field of an extracted incident, as the expected JSON writes it
    /// (figures spelled "at least 2", nil when unknown).
    static func value(_ field: String, of i: ExtractedIncident) -> Any? {
        switch field {
        case "kind": return i.kind.rawValue
        case "date": return i.date.exported
        case "date_precision": return i.date.precision.rawValue
        case "country": return i.country
        case "location": return i.location
        case "weapons": return i.weapons.sorted().map(\.rawValue)
        case "us_killed": return i.usKilled.isUnknown ? nil : i.usKilled.spelled
        case "us_injured": return i.usInjured.isUnknown ? nil : i.usInjured.spelled
        case "claimed_by": return i.claimedBy
        case "attributed_to": return i.attributedTo
        case "outcome": return i.outcome?.rawValue
        case "confirmation": return i.confirmation?.rawValue
        case "location_ambiguous": return !i.locationCandidates.isEmpty
        case "date_confidence": return i.confidence["date"]?.rawValue ?? FieldConfidence.explicit.rawValue
        case "location_confidence": return i.confidence["location"]?.rawValue ?? FieldConfidence.explicit.rawValue
        case "other_casualties":
            return i.otherCasualties.map { c in
                var parts = [c.who]
                if let k = c.killed { parts.append("killed \(k)") }
                if let n = c.injured { parts.append("injured \(n)") }
                return parts.joined(separator: " ")
            }
        default: return nil
        }
    }

    /// True when an extracted value equals the expected one. A location that is not a gazetteer name
    /// ("recorded as written") matches when the extracted location contains it, ignoring case.
    static func matches(_ field: String, expected: Any?, actual: Any?) -> Bool {
        let e = expected is NSNull ? nil : expected
        switch (e, actual) {
        case (nil, nil): return true
        case let (nil, a as [String]): return a.isEmpty  // no weapons, written null or []
        case let (e as [String], nil): return e.isEmpty
        case (nil, _), (_, nil): return false
        case let (e as [String], a as [String]): return Set(e) == Set(a)
        case let (e as Bool, a as Bool): return e == a
        case let (e as NSNumber, a as String): return e.stringValue == a
        case let (e as String, a as String):
            if field == "location", Gazetteer.bundled.base(named: e) == nil {
                // "Joint Base Balad" or "Camp Anaconda", one of a base's other names, is that base.
                if let base = Gazetteer.bundled.bases.first(where: { $0.officialNames.contains { folded($0) == folded(e) } }),
                   a == base.name {
                    return true
                }
                // "K1" or "Balad airbase" as written is in "K-1 Air Base", "Balad Air Base".
                return a.lowercased().contains(e.lowercased()) || folded(a).contains(folded(e))
            }
            // "Awliyaa al-Dam" and "Saraya Awliya al-Dam" are one group to an analyst.
            if field == "claimed_by", e != a, let group = bundledGroup(e) {
                return bundledGroup(a) == group
            }
            return e == a
        default: return false
        }
    }

    /// A place name without case, spaces and hyphens.
    static func folded(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    private static let groupMatcher = GroupMatcher(catalog: .bundled)

    /// The bundled group a claimant's name names, when the whole name is one group in any spelling or gloss.
    static func bundledGroup(_ name: String) -> String? {
        let tokens = TextScanner.tokens(of: name)
        let found = groupMatcher.matches(in: 0..<tokens.count, tokens: tokens)
        let named = tokens.indices.filter { !tokens[$0].isPunct && !["al", "el", "the"].contains(tokens[$0].text) }
        guard found.count == 1, let match = found.first, named.allSatisfy({ match.tokens.contains($0) }) else { return nil }
        return match.group.name
    }

    /// The kind and scored fields of an extracted incident, as the expected JSON writes them (nil fields left
    /// out), so that extracted incidents and a second annotator's labels are compared the same way.
    static func labels(_ i: ExtractedIncident) -> [String: Any] {
        var result: [String: Any] = [:]
        for field in ["kind", "date_precision"] + scoredFields { result[field] = value(field, of: i) }
        return result
    }

    /// True when `actual` is dated to a week (the issue's "last week") that falls in the month a label gives
    /// with month precision (the guide's form for "last week", which has no day to write): both say the same.
    static func isWeek(_ actual: [String: Any], insideMonth expected: Any?) -> Bool {
        guard label("date_precision", of: actual) as? String == DatePrecision.week.rawValue,
              let month = expected as? String, month.count == 7,
              let day = label("date", of: actual) as? String else { return false }
        return day.hasPrefix(month + "-")
    }

    /// A labelled field, with JSON null read as nil.
    static func label(_ field: String, of incident: [String: Any]) -> Any? {
        incident[field] is NSNull ? nil : incident[field]
    }

    /// Pairs each expected incident with an extracted one of the same kind, as many pairs as the kind allows,
    /// chosen so that the pairs agree on as many places, then as many other scored fields, as possible: an
    /// article that tells two attacks on one base pairs each label with the row that is that attack, not with
    /// the first row at the base.
    static func pair(_ expected: [[String: Any]], _ extracted: [ExtractedIncident]) -> [ExtractedIncident?] {
        pairedIndices(expected, extracted.map(labels)).map { $0.map { extracted[$0] } }
    }

    /// `pair`, as indices into `actual` (extracted incidents or another annotator's labels).
    static func pairedIndices(_ expected: [[String: Any]], _ actual: [[String: Any]]) -> [Int?] {
        func kind(_ incident: [String: Any]) -> String { incident["kind"] as? String ?? "attack" }
        var result = [Int?](repeating: nil, count: expected.count)
        for k in Set(expected.map(kind)) {
            let rows = expected.indices.filter { kind(expected[$0]) == k }
            let columns = actual.indices.filter { label("kind", of: actual[$0]) as? String == k }
            let agreement = rows.map { r in columns.map { c in pairWeight(expected[r], actual[c]) } }
            for (i, j) in bestPairs(agreement) { result[rows[i]] = columns[j] }
        }
        return result
    }

    /// How well an extracted incident (or another annotator's label) fits a label: the same place counts above
    /// all other fields together (a row at the labelled base is that attack, even on a wrong day), then each
    /// other scored field that agrees counts one.
    static func pairWeight(_ e: [String: Any], _ a: [String: Any]) -> Int {
        scoredFields.filter { f in
            e.keys.contains(f) && (matches(f, expected: e[f], actual: label(f, of: a)) || (f == "date" && isWeek(a, insideMonth: e[f])))
        }.reduce(0) { sum, f in
            sum + (f == "location" && e["location"] as? String != nil ? 8 : 1)
        }
    }

    /// Row-column pairs of a small agreement matrix: the most pairs possible, and among those the ones whose
    /// agreements sum highest; ties go to the earlier column. Exact over subsets of rows (an article's labels of
    /// one kind are few); past 12 rows each row in turn takes its best free column.
    static func bestPairs(_ agreement: [[Int]]) -> [(Int, Int)] {
        let rows = agreement.count, columns = agreement.first?.count ?? 0
        guard rows > 0, columns > 0 else { return [] }
        guard rows <= 12 else {
            var free = Set(0..<columns), pairs: [(Int, Int)] = []
            for r in 0..<rows {
                guard let c = free.sorted().max(by: { agreement[r][$0] < agreement[r][$1] || (agreement[r][$0] == agreement[r][$1] && $0 > $1) }) else { break }
                free.remove(c); pairs.append((r, c))
            }
            return pairs
        }
        // best[mask]: the highest score with the rows in `mask` paired among the columns seen so far; a pair
        // scores 100 plus its agreement, so more pairs always win. `choice[c][mask]`: the row column c took.
        let states = 1 << rows
        var best = [Int](repeating: -1, count: states)
        best[0] = 0
        var choice = [[Int]](repeating: [Int](repeating: -1, count: states), count: columns)
        for c in 0..<columns {
            var next = best
            for mask in 0..<states where best[mask] >= 0 {
                for r in 0..<rows where mask & (1 << r) == 0 {
                    let score = best[mask] + 100 + agreement[r][c]
                    if score > next[mask | (1 << r)] {
                        next[mask | (1 << r)] = score
                        choice[c][mask | (1 << r)] = r
                    }
                }
            }
            best = next
        }
        var mask = best.indices.max { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) } ?? 0
        var pairs: [(Int, Int)] = []
        for c in stride(from: columns - 1, through: 0, by: -1) where choice[c][mask] >= 0 {
            let r = choice[c][mask]
            pairs.append((r, c))
            mask &= ~(1 << r)
        }
        return pairs
    }

    /// Mismatches of one article, one readable line each (empty when everything matches).
    static func mismatches(_ c: Case) -> [String] {
        let extraction = extract(c)
        var problems: [String] = []
        let paired = pair(c.expected, extraction.incidents)
        for (n, (e, a)) in zip(c.expected, paired).enumerated() {
            guard let a else {
                problems.append("\(c.name) #\(n + 1): no \(e["kind"] as? String ?? "attack") extracted")
                continue
            }
            for (field, want) in e.sorted(by: { $0.key < $1.key }) {
                let got = value(field, of: a)
                if !matches(field, expected: want, actual: got) {
                    problems.append("\(c.name) #\(n + 1) \(field): expected \(want), got \(got.map { "\($0)" } ?? "nil")")
                }
            }
        }
        let expectedCount = c.expected.count
        if extraction.incidents.count != expectedCount {
            problems.append("\(c.name): expected \(expectedCount) incidents, extracted \(extraction.incidents.count)")
        }
        if !problems.isEmpty { problems.append(ExtractionFixtures.dump(extraction, body: c.article.body)) }
        return problems
    }

    /// Per-field accuracy over a corpus: correct / compared for each scored field, plus spurious incidents.
    struct Score {
        var correct: [String: Int] = [:]
        var total: [String: Int] = [:]
        var spurious = 0
        var misses: [String] = []
        /// Expected incidents not found under their kind, and of those, how many were extracted under another
        /// kind at the same place or on the same day (an attack read as a mention, a mention as an attack).
        var missed = 0
        var missedUnderAnotherKind = 0

        func accuracy(_ field: String) -> Double {
            let t = total[field] ?? 0
            return t == 0 ? 1 : Double(correct[field] ?? 0) / Double(t)
        }

        var overall: Double {
            let t = total.values.reduce(0, +)
            return t == 0 ? 1 : Double(correct.values.reduce(0, +)) / Double(t)
        }

        var report: String {
            var lines = scoredFields.map { f in
                let pct = String(format: "%5.1f", accuracy(f) * 100)
                return "\(f.padding(toLength: 11, withPad: " ", startingAt: 0)) \(pct) %  (\(correct[f] ?? 0)/\(total[f] ?? 0))"
            }
            lines.append("overall     \(String(format: "%5.1f", overall * 100)) %   spurious incidents: \(spurious)")
            lines.append("missed incidents: \(missed), of which extracted under another kind: \(missedUnderAnotherKind)")
            return lines.joined(separator: "\n")
        }
    }

    static func score(_ cases: [Case]) -> Score {
        var score = Score()
        for c in cases {
            score.add(c.name, expected: c.expected, actual: extract(c).incidents.map(labels))
        }
        return score
    }
}

extension Corpus.Score {
    /// Adds one article: `actual` (extracted incidents, or a second annotator's labels) scored against `expected`.
    mutating func add(_ name: String, expected: [[String: Any]], actual: [[String: Any]]) {
        let indices = Corpus.pairedIndices(expected, actual)
        spurious += max(0, actual.count - indices.compactMap { $0 }.count)
        let unpaired = actual.indices.filter { !indices.contains($0) }.map { actual[$0] }
        // Incidents no label asked for: what a user would see as a phantom row.
        for u in unpaired {
            let described = ["kind", "date", "country", "location"].map { f in (u[f] as? String) ?? "-" }.joined(separator: " ")
            misses.append("\(name): spurious \(described)")
        }
        for (n, (e, i)) in zip(expected, indices).enumerated() where i == nil {
            missed += 1
            let location = e["location"] as? String
            let kind = e["kind"] as? String ?? "attack"
            if let other = unpaired.first(where: { u in
                (location != nil && Corpus.matches("location", expected: location, actual: Corpus.label("location", of: u)))
                    || (Corpus.label("country", of: u) as? String == e["country"] as? String
                        && Corpus.label("date", of: u) as? String == e["date"] as? String)
            }) {
                missedUnderAnotherKind += 1
                let otherKind = Corpus.label("kind", of: other) as? String ?? "?"
                misses.append("\(name) #\(n + 1): missed \(kind), extracted as \(otherKind)")
            } else {
                misses.append("\(name) #\(n + 1): missed \(kind), not extracted")
            }
        }
        for (n, (e, i)) in zip(expected, indices).enumerated() {
            let a = i.map { actual[$0] }
            for field in Corpus.scoredFields where e.keys.contains(field) {
                total[field, default: 0] += 1
                let got = a.flatMap { Corpus.label(field, of: $0) }
                if let a, Corpus.matches(field, expected: e[field], actual: got)
                    || (field == "date" && Corpus.isWeek(a, insideMonth: e[field])) {
                    correct[field, default: 0] += 1
                } else {
                    misses.append("\(name) #\(n + 1) \(field): expected \(e[field] ?? "nil"), got \(got.map { "\($0)" } ?? "nil")")
                }
            }
        }
    }
}
