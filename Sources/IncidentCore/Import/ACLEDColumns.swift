/// Where each ACLED field sits in one file, found by header name (case-insensitive, surrounding
/// spaces ignored), never by position: every layout generation — the current 31 columns, older
/// files with `ally_actor_1`, `gwno`, `data_id` or a leading unnamed index column, and the 2015
/// UPPER-CASE headers — reads the same way.
struct ACLEDColumns {
    var eventId: Int
    var eventDate: Int
    var country: Int
    var timePrecision: Int?
    var eventType: Int?
    var subEventType: Int?
    var actor1: Int?
    var assocActor1: Int?
    var admin1: Int?
    var location: Int?
    var latitude: Int?
    var longitude: Int?
    var geoPrecision: Int?
    var source: Int?
    var notes: Int?
    var fatalities: Int?
    var timestamp: Int?

    /// The columns without which a file is not an ACLED export.
    static let required = ["event_id_cnty", "event_date", "country"]

    /// Nil when a required column is missing; `missing` then names the first one.
    init?(header: [String], missing: inout String?) {
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if index[key] == nil { index[key] = i }
        }
        func column(_ names: String...) -> Int? { names.lazy.compactMap { index[$0] }.first }
        guard let eventId = column("event_id_cnty") else { missing = "event_id_cnty"; return nil }
        guard let eventDate = column("event_date") else { missing = "event_date"; return nil }
        guard let country = column("country") else { missing = "country"; return nil }
        self.eventId = eventId
        self.eventDate = eventDate
        self.country = country
        timePrecision = column("time_precision")
        eventType = column("event_type")
        subEventType = column("sub_event_type")
        actor1 = column("actor1")
        assocActor1 = column("assoc_actor_1", "ally_actor_1")
        admin1 = column("admin1")
        location = column("location")
        latitude = column("latitude")
        longitude = column("longitude")
        geoPrecision = column("geo_precision")
        source = column("source")
        notes = column("notes")
        fatalities = column("fatalities")
        timestamp = column("timestamp")
    }

    /// The highest column index used: a row with fewer fields is cut short.
    var lastRequired: Int { max(eventId, eventDate, country) }
}
