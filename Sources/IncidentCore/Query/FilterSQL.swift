import GRDB

/// Turns an `IncidentFilter` into a SQL condition over `incident` with its arguments.
enum FilterSQL {
    /// With `correlatedText`, a text term is tested row by row (an index lookup per incident
    /// against the full-text matches) instead of listing every matching incident first: the
    /// better plan when walking a sort index through many matches.
    static func condition(_ filter: IncidentFilter, kinds: [IncidentKind]? = nil,
                          correlatedText: Bool = false) -> (sql: String, arguments: StatementArguments) {
        var parts: [String] = []
        var arguments: StatementArguments = []
        let kinds = kinds ?? filter.kinds
        parts.append("kind IN (\(kinds.map { _ in "?" }.joined(separator: ",")))")
        arguments += StatementArguments(kinds.map(\.rawValue))
        for term in filter.terms {
            let (sql, args): (String, [any DatabaseValueConvertible])
            switch term.condition {
            case .kind: continue // folded into `kinds` above
            case .country(let v): (sql, args) = ("country LIKE ?", [v + "%"])
            case .location(let v): (sql, args) = ("location LIKE ?", ["%" + v + "%"])
            case .weapon(let v): (sql, args) = ("weapons LIKE ?", ["%" + v + "%"])
            case .group(let v): (sql, args) = ("(claimedBy LIKE ? OR attributedTo LIKE ?)", ["%" + v + "%", "%" + v + "%"])
            case .dateFrom(let d): (sql, args) = ("date >= ?", [d.iso])
            case .dateUntil(let d): (sql, args) = ("date < ?", [d.iso])
            case .injured(let c, let n): (sql, args) = ("usInjured \(c.rawValue) ?", [n])
            case .killed(let c, let n): (sql, args) = ("usKilled \(c.rawValue) ?", [n])
            case .text(let words):
                let match = ftsQuery(words)
                // No letter or digit to look for (`%`, `(`, `"‮="`): an empty MATCH is an FTS5
                // syntax error, and no text contains "nothing", so the term matches no incident.
                guard !match.isEmpty else {
                    parts.append(term.negated ? "1" : "0")
                    continue
                }
                if correlatedText {
                    (sql, args) = ("""
                        (EXISTS (SELECT 1 FROM incidentSource s JOIN article a ON a.id = s.articleId
                                 WHERE s.incidentId = incident.id
                                   AND a.rowid IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?))
                         OR incident.id IN (SELECT rowid FROM incidentSearch WHERE incidentSearch MATCH ?))
                        """, [match, match])
                    break
                }
                (sql, args) = ("""
                    (id IN (SELECT s.incidentId FROM incidentSource s JOIN article a ON a.id = s.articleId
                            WHERE a.rowid IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?))
                     OR id IN (SELECT rowid FROM incidentSearch WHERE incidentSearch MATCH ?))
                    """, [match, match])
            }
            parts.append(term.negated ? "NOT coalesce(\(sql), 0)" : sql)
            arguments += StatementArguments(args)
        }
        return (parts.joined(separator: " AND "), arguments)
    }

    /// A safe FTS5 query: each word a quoted prefix phrase, all required.
    static func ftsQuery(_ text: String) -> String {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"*" }
            .joined(separator: " ")
    }
}
