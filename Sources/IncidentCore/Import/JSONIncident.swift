import Foundation

/// One incident read back from `watchfloor export --format json` (or NDJSON): every exported
/// field, sources included. Decoding errors name the incident and the key.
struct JSONIncident {
    struct Source {
        var articleId: String?
        var title: String?
        var outlet: String?
        var url: String?
        var published: String?
        var file: String?
        var date: IncidentDate
        var usKilled: Figure
        var usInjured: Figure
        var claimedBy: String?
    }

    /// The incident's id in the store it was exported from (to carry `linked_incident_id` over).
    var exportedId: Int64?
    var kind: IncidentKind
    var date: IncidentDate
    var country: String?
    var location: String?
    var latitude: Double?
    var longitude: Double?
    var admin1: String?
    var geoPrecision: Int?
    var weapons: [Weapon]
    var usKilled: Figure
    var usInjured: Figure
    var fatalities: Int?
    var otherCasualties: [OtherCasualty]
    var claimedBy: String?
    var attributedTo: String?
    var usResponse: String?
    var summary: String
    var externalId: String?
    var sources: [Source]
    var outcome: AttackOutcome?
    var confirmation: Confirmation?
    /// `field:level` pairs as the store keeps them (`date:default; location:inferred`).
    var uncertainFields: String
    var linkedIncidentId: Int64?
    var locationCandidates: [String]

    /// A decoding problem: which key and what is wrong.
    struct Problem: Error { var message: String }

    init(_ object: [String: Any]) throws {
        let o = Fields(object)
        guard let kindText = try o.string("kind"), let kind = IncidentKind(rawValue: kindText) else {
            throw Problem(message: "`kind` must be one of \(IncidentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.kind = kind
        exportedId = try o.int("id").map(Int64.init)
        outcome = try o.string("outcome").map { text in
            guard let value = AttackOutcome(rawValue: text) else {
                throw Problem(message: "`outcome` `\(text)` is not one of \(AttackOutcome.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
        confirmation = try o.string("confirmation").map { text in
            guard let value = Confirmation(rawValue: text) else {
                throw Problem(message: "`confirmation` `\(text)` is not one of \(Confirmation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
        uncertainFields = try (o.array("uncertain_fields") ?? []).map { item in
            guard let text = item as? String else { throw Problem(message: "`uncertain_fields` must hold strings such as date:default") }
            return text
        }.joined(separator: "; ")
        linkedIncidentId = try o.int("linked_incident_id").map(Int64.init)
        locationCandidates = try (o.array("location_candidates") ?? []).map { item in
            guard let text = item as? String else { throw Problem(message: "`location_candidates` must hold strings") }
            return text
        }
        date = try Self.date(o.string("date"), precision: o.string("date_precision"), key: "date")
        country = try o.string("country")
        location = try o.string("location")
        latitude = try o.double("latitude")
        longitude = try o.double("longitude")
        admin1 = try o.string("admin1")
        geoPrecision = try o.int("geo_precision")
        weapons = try (o.array("weapons") ?? []).map { item in
            guard let name = item as? String, let weapon = Weapon(rawValue: name) else {
                throw Problem(message: "`weapons` holds `\(item)`, not a word of the vocabulary (\(Weapon.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return weapon
        }.sorted()
        usKilled = try o.figure("us_killed", "us_killed_qualifier")
        usInjured = try o.figure("us_injured", "us_injured_qualifier")
        fatalities = try o.int("fatalities")
        otherCasualties = try (o.array("other_casualties") ?? []).map { item in
            guard let dict = item as? [String: Any] else { throw Problem(message: "`other_casualties` must hold objects") }
            let c = Fields(dict)
            return OtherCasualty(who: try c.string("who") ?? "", killed: try c.int("killed"), injured: try c.int("injured"),
                                 qualifier: try c.qualifier("qualifier"))
        }
        claimedBy = try o.string("claimed_by")
        attributedTo = try o.string("attributed_to")
        usResponse = try o.string("us_response")
        summary = try o.string("summary") ?? ""
        externalId = try o.string("external_id")
        sources = try (o.array("sources") ?? []).map { item in
            guard let dict = item as? [String: Any] else { throw Problem(message: "`sources` must hold objects") }
            let s = Fields(dict)
            return Source(
                articleId: try s.string("article_id"), title: try s.string("title"), outlet: try s.string("outlet"),
                url: try s.string("url"), published: try s.string("published"), file: try s.string("file"),
                date: try Self.date(s.string("date"), precision: nil, key: "sources.date"),
                usKilled: try s.figure("us_killed", "us_killed_qualifier"),
                usInjured: try s.figure("us_injured", "us_injured_qualifier"), claimedBy: try s.string("claimed_by"))
        }
    }

    /// `YYYY-MM-DD` or `YYYY-MM` (month precision); the precision key wins when given.
    static func date(_ text: String?, precision: String?, key: String) throws -> IncidentDate {
        guard let text else { return .unknown }
        let stated = try precision.map { name -> DatePrecision in
            guard let p = DatePrecision(rawValue: name) else { throw Problem(message: "`date_precision` `\(name)` is not day, week, month or unknown") }
            return p
        }
        if let day = CalendarDay(iso: text) { return IncidentDate(day: day, precision: stated ?? .day) }
        if text.count == 7, let day = CalendarDay(iso: text + "-01") { return IncidentDate(day: day, precision: stated ?? .month) }
        throw Problem(message: "`\(key)` `\(text)` is not YYYY-MM-DD or YYYY-MM")
    }

    /// Typed access to a JSON object's keys; a wrong type is a `Problem` naming the key.
    struct Fields {
        let object: [String: Any]
        init(_ object: [String: Any]) { self.object = object }

        func present(_ key: String) -> Any? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            return value
        }
        func string(_ key: String) throws -> String? {
            guard let value = present(key) else { return nil }
            guard let s = value as? String else { throw Problem(message: "`\(key)` must be a string or null") }
            return s
        }
        func int(_ key: String) throws -> Int? {
            guard let value = present(key) else { return nil }
            guard let n = value as? NSNumber, let i = Int(exactly: n.doubleValue) else {
                throw Problem(message: "`\(key)` must be a whole number or null")
            }
            return i
        }
        func double(_ key: String) throws -> Double? {
            guard let value = present(key) else { return nil }
            guard let n = value as? NSNumber, !(value is String) else { throw Problem(message: "`\(key)` must be a number or null") }
            return n.doubleValue
        }
        func array(_ key: String) throws -> [Any]? {
            guard let value = present(key) else { return nil }
            guard let a = value as? [Any] else { throw Problem(message: "`\(key)` must be an array") }
            return a
        }
        func qualifier(_ key: String) throws -> Qualifier? {
            guard let text = try string(key) else { return nil }
            guard let q = Qualifier(rawValue: text) else {
                throw Problem(message: "`\(key)` `\(text)` is not one of \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return q
        }
        func figure(_ count: String, _ qualifier: String) throws -> Figure {
            Figure(count: try int(count), qualifier: try self.qualifier(qualifier))
        }
    }
}
