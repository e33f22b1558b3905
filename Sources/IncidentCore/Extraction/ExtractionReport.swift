/// The plain-text account of one article's extraction that `watchfloor extract` prints: every field of
/// every incident with how it was found and the text it came from. Nothing is stored.
public enum ExtractionReport {
    public static func text(title: String, body: String, published: CalendarDay?, extraction: ArticleExtraction) -> String {
        let scalars = Array(body.unicodeScalars)
        func quote(_ span: TextSpan) -> String {
            guard span.start >= 0, span.end <= scalars.count, span.start < span.end else { return "" }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            let collapsed = String(view).split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
            return "«" + collapsed + "»"
        }
        var out = "\(title)\n"
        if let published {
            out += "published \(published.iso)\n"
        } else if let day = extraction.datelineDay {
            out += "published unknown; dated by the dateline: \(day.iso)\n"
        } else {
            out += "published unknown: relative dates cannot be resolved (use --published)\n"
        }
        if extraction.incidents.isEmpty { out += "\nNo incident found.\n" }
        for (n, i) in extraction.incidents.enumerated() {
            out += "\nincident \(n + 1): \(i.kind.rawValue)\n"
            func evidence(_ fields: [String]) -> String {
                i.facts.filter { fields.contains($0.field) }.map { quote($0.span) }.joined(separator: " ")
            }
            func line(_ name: String, _ value: String?, field: String, facts: [String]) {
                let shown = value ?? "—"
                let how = value == nil ? "" : (i.confidence[field] ?? .explicit).rawValue
                var row = "  " + name.padding(toLength: 14, withPad: " ", startingAt: 0)
                row += shown.padding(toLength: max(shown.count, 34), withPad: " ", startingAt: 0)
                row += " " + how.padding(toLength: 9, withPad: " ", startingAt: 0)
                let ev = value == nil ? "" : evidence(facts)
                out += (row + " " + ev).trimmingTrailingSpaces() + "\n"
            }
            let date = i.date.exported.map { "\($0) (\(i.date.precision.rawValue)\(i.dateUncertain ? ", ±1 day" : ""))" }
            line("date", date, field: "date", facts: ["date"])
            line("country", i.country, field: "country", facts: ["country"])
            var location = i.location
            if !i.locationCandidates.isEmpty, let l = location {
                location = "\(l) — ambiguous: \(i.locationCandidates.joined(separator: " / "))"
            }
            line("location", location, field: "location", facts: ["location"])
            line("weapons", i.weapons.isEmpty ? nil : i.weapons.sorted().map(\.rawValue).joined(separator: ", "),
                 field: "weapons", facts: ["weapon"])
            line("us_killed", i.usKilled.isUnknown ? nil : i.usKilled.spelled, field: "us_killed", facts: ["us_killed"])
            line("us_injured", i.usInjured.isUnknown ? nil : i.usInjured.spelled, field: "us_injured", facts: ["us_injured"])
            let others = i.otherCasualties.map { c in
                [c.who, c.killed.map { "\($0) killed" }, c.injured.map { "\($0) injured" }].compactMap { $0 }.joined(separator: " ")
            }
            line("other", others.isEmpty ? nil : others.joined(separator: "; "), field: "other_casualties", facts: ["other_casualties"])
            line("claimed_by", i.claimedBy, field: "claimed_by", facts: ["claimed_by"])
            line("attributed_to", i.attributedTo, field: "attributed_to", facts: ["attributed_to"])
            line("outcome", i.outcome?.rawValue, field: "outcome", facts: ["outcome"])
            line("confirmation", i.confirmation?.rawValue, field: "confirmation", facts: ["confirmation"])
            line("us_response", i.usResponse.map { _ in "yes" }, field: "us_response", facts: ["us_response"])
            out += "  summary       \(i.summary)\n"
        }
        for t in extraction.totals {
            out += "\ntotal: \(t.total.spelled) attacks"
            if let since = t.since { out += " since \(t.sincePrecision == .month ? since.isoMonth : since.iso)" }
            if let asOf = t.asOf { out += " as of \(asOf.iso)" }
            if let iraq = t.iraq { out += ", Iraq \(iraq)" }
            if let syria = t.syria { out += ", Syria \(syria)" }
            if !t.usInjured.isUnknown { out += ", \(t.usInjured.spelled) US injured" }
            out += "\n"
            for f in t.facts { out += "  \(f.field.padding(toLength: 14, withPad: " ", startingAt: 0))\(f.value)  \(quote(f.span))\n" }
        }
        out += "\nNothing was stored.\n"
        return out
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
