/// One row of an external dataset (ACLED, an analyst's spreadsheet) ready for the store, keyed by
/// its identifier in that dataset so that importing it again updates the incident in place.
public struct ExternalRecord: Sendable, Equatable {
    public var externalId: String
    /// The dataset's last-modified time of the row (Unix seconds); nil when the dataset has none.
    public var timestamp: Int?
    public var kind: IncidentKind
    public var date: IncidentDate
    public var country: String?
    public var admin1: String?
    public var location: String?
    public var latitude: Double?
    public var longitude: Double?
    public var geoPrecision: Int?
    public var weapons: [Weapon]
    public var usKilled: Figure
    public var usInjured: Figure
    /// Deaths of all parties, as the dataset counts them (never US killed).
    public var fatalities: Int?
    public var claimedBy: String?
    public var attributedTo: String?
    public var summary: String
    /// Source names (outlets), each becoming one source of the incident.
    public var sources: [String]
    /// A URL for the first source, when the dataset has one.
    public var sourceURL: String?

    public init(
        externalId: String, timestamp: Int? = nil, kind: IncidentKind = .event, date: IncidentDate,
        country: String? = nil, admin1: String? = nil, location: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, geoPrecision: Int? = nil, weapons: [Weapon] = [], usKilled: Figure = .unknown,
        usInjured: Figure = .unknown, fatalities: Int? = nil, claimedBy: String? = nil, attributedTo: String? = nil,
        summary: String = "", sources: [String] = [], sourceURL: String? = nil
    ) {
        self.externalId = externalId
        self.timestamp = timestamp
        self.kind = kind
        self.date = date
        self.country = country
        self.admin1 = admin1
        self.location = location
        self.latitude = latitude
        self.longitude = longitude
        self.geoPrecision = geoPrecision
        self.weapons = weapons
        self.usKilled = usKilled
        self.usInjured = usInjured
        self.fatalities = fatalities
        self.claimedBy = claimedBy
        self.attributedTo = attributedTo
        self.summary = summary
        self.sources = sources
        self.sourceURL = sourceURL
    }
}
