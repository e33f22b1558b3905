import Foundation

/// Turns one ACLED row into an `ExternalRecord`, or says why the row cannot be read.
struct ACLEDRowMapper {
    let columns: ACLEDColumns
    let headerCount: Int

    /// Why a row was refused; the importer adds file and row number.
    struct RowError: Error { var message: String }

    static let unclosedQuote = "a quoted field is never closed (a missing \") and runs to the end of the file"

    func record(_ fields: [String]) throws -> ExternalRecord {
        guard fields.count == headerCount else {
            throw RowError(message: "has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header has \(headerCount)")
        }
        func value(_ index: Int?) -> String? {
            guard let index else { return nil }
            return FastText.trimmed(fields[index])
        }
        guard let externalId = value(columns.eventId) else { throw RowError(message: "event_id_cnty is empty") }
        guard let dateText = value(columns.eventDate) else { throw RowError(message: "event_date is empty") }
        guard let day = FastText.isoDay(dateText) ?? ImportDate.parse(dateText) else {
            throw RowError(message: "event_date `\(dateText)` is not a date (\(ImportDate.accepted))")
        }
        let precision: DatePrecision
        switch value(columns.timePrecision) {
        case nil, "1": precision = .day
        case "2": precision = .week
        case "3": precision = .month
        case let other?: throw RowError(message: "time_precision `\(other)` is not 1, 2 or 3")
        }
        guard let country = value(columns.country) else { throw RowError(message: "country is empty") }
        let geoPrecision = try number(value(columns.geoPrecision), "geo_precision", Int.init)
        if let g = geoPrecision, !(1...3).contains(g) { throw RowError(message: "geo_precision `\(g)` is not 1, 2 or 3") }
        let latitude = try number(value(columns.latitude), "latitude", Double.init)
        let longitude = try number(value(columns.longitude), "longitude", Double.init)
        if let lat = latitude, !(-90...90).contains(lat) { throw RowError(message: "latitude `\(lat)` is out of range") }
        if let lon = longitude, !(-180...180).contains(lon) { throw RowError(message: "longitude `\(lon)` is out of range") }
        let fatalities = try number(value(columns.fatalities), "fatalities", Int.init)
        if let f = fatalities, f < 0 { throw RowError(message: "fatalities `\(f)` is negative") }
        let notes = value(columns.notes).map(Self.oneLine)
        let eventType = value(columns.eventType)
        let subEventType = value(columns.subEventType)
        let location = value(columns.location)
        let actors = [value(columns.actor1), value(columns.assocActor1)].compactMap { $0 }
        let sources = (value(columns.source) ?? "").split(separator: ";").compactMap { FastText.trimmed(String($0)) }
        return ExternalRecord(
            externalId: externalId, timestamp: Self.timestamp(value(columns.timestamp)), kind: .event,
            date: IncidentDate(day: day, precision: precision), country: country, admin1: value(columns.admin1),
            location: location, latitude: latitude, longitude: longitude, geoPrecision: geoPrecision,
            weapons: ACLEDWeapons.weapons(eventType: eventType, subEventType: subEventType, notes: notes),
            fatalities: fatalities, attributedTo: actors.isEmpty ? nil : actors.joined(separator: "; "),
            summary: notes ?? Self.fallbackSummary(eventType: eventType, subEventType: subEventType, location: location, country: country),
            sources: sources)
    }

    private func number<T>(_ text: String?, _ name: String, _ parse: (String) -> T?) throws -> T? {
        guard let text else { return nil }
        guard let n = parse(text) else { throw RowError(message: "\(name) `\(text)` is not a number") }
        return n
    }

    /// Unix seconds, or an ISO date(-time) as the start of that day; anything else counts as absent.
    static func timestamp(_ text: String?) -> Int? {
        guard let text else { return nil }
        if let n = Int(text) { return n }
        if let d = Double(text), d.isFinite { return Int(d) }
        return CalendarDay(iso: text).map { $0.ordinal * 86_400 }
    }

    /// Notes spread over several lines become one line (a summary is one paragraph).
    static func oneLine(_ text: String) -> String {
        guard FastText.hasLineBreak(text) else { return text }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func fallbackSummary(eventType: String?, subEventType: String?, location: String?, country: String) -> String {
        let what = [eventType, subEventType].compactMap { $0 }.joined(separator: ": ")
        return "\(what.isEmpty ? "Event" : what) in \([location, country].compactMap { $0 }.joined(separator: ", "))."
    }
}
