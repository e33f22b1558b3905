/// An incident as the store holds it: resolved figures across its sources, plus each source's own.
public struct Incident: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var kind: IncidentKind
    public var date: IncidentDate
    public var country: String?
    public var location: String?
    public var latitude: Double?
    public var longitude: Double?
    /// First-level administrative region (province, governorate), when an import carries it.
    public var admin1: String?
    /// How precisely the place is known: 1 town, 2 near a town or part of a region, 3 larger region.
    public var geoPrecision: Int?
    public var weapons: [Weapon]
    public var usKilled: Figure
    public var usInjured: Figure
    public var fatalities: Int?
    public var otherCasualties: [OtherCasualty]
    public var claimedBy: String?
    public var attributedTo: String?
    public var usResponse: String?
    public var summary: String
    public var externalId: String?
    public var sourceCount: Int
    /// When the incident first arrived in the store (ISO 8601 UTC).
    public var firstSeen: String
    /// When any of its fields last changed (ISO 8601 UTC).
    public var updated: String
    /// Filled only when asked for (`IncidentStore.incidents(withSources:)`).
    public var sources: [IncidentSource]
    /// Hit, intercepted or no damage, where reported.
    public var outcome: AttackOutcome?
    /// Claimed only, or confirmed by US officials.
    public var confirmation: Confirmation?
    /// Fields found only by inference or default (explicit fields are absent).
    public var confidence: [String: FieldConfidence]
    /// For a mention: the incident it refers to, when the store holds one.
    public var linkedIncidentId: Int64?
    /// The bases an ambiguous place could be ("the base in Hasakah"); empty when the site is known.
    public var locationCandidates: [String]

    public init(
        id: Int64, kind: IncidentKind, date: IncidentDate, country: String? = nil, location: String? = nil,
        latitude: Double? = nil, longitude: Double? = nil, weapons: [Weapon] = [], usKilled: Figure = .unknown,
        usInjured: Figure = .unknown, fatalities: Int? = nil, otherCasualties: [OtherCasualty] = [],
        claimedBy: String? = nil, attributedTo: String? = nil, usResponse: String? = nil, summary: String = "",
        externalId: String? = nil, sourceCount: Int = 0, firstSeen: String = "", updated: String = "",
        sources: [IncidentSource] = [], outcome: AttackOutcome? = nil, confirmation: Confirmation? = nil,
        confidence: [String: FieldConfidence] = [:], linkedIncidentId: Int64? = nil, locationCandidates: [String] = [],
        admin1: String? = nil, geoPrecision: Int? = nil
    ) {
        self.locationCandidates = locationCandidates
        self.outcome = outcome
        self.confirmation = confirmation
        self.confidence = confidence
        self.linkedIncidentId = linkedIncidentId
        self.id = id
        self.admin1 = admin1
        self.geoPrecision = geoPrecision
        self.kind = kind
        self.date = date
        self.country = country
        self.location = location
        self.latitude = latitude
        self.longitude = longitude
        self.weapons = weapons
        self.usKilled = usKilled
        self.usInjured = usInjured
        self.fatalities = fatalities
        self.otherCasualties = otherCasualties
        self.claimedBy = claimedBy
        self.attributedTo = attributedTo
        self.usResponse = usResponse
        self.summary = summary
        self.externalId = externalId
        self.sourceCount = sourceCount
        self.firstSeen = firstSeen
        self.updated = updated
        self.sources = sources
    }
}

/// One source of an incident: an ingested article (with its own figures) or an imported reference row.
public struct IncidentSource: Hashable, Sendable {
    /// Content hash (hex) of the article; nil for a source known only by URL (imported rows).
    public var articleId: String?
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: CalendarDay?
    public var file: String?
    public var date: IncidentDate
    public var usKilled: Figure
    public var usInjured: Figure
    public var claimedBy: String?

    public init(
        articleId: String? = nil, title: String? = nil, outlet: String? = nil, url: String? = nil,
        published: CalendarDay? = nil, file: String? = nil, date: IncidentDate = .unknown,
        usKilled: Figure = .unknown, usInjured: Figure = .unknown, claimedBy: String? = nil
    ) {
        self.articleId = articleId
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.file = file
        self.date = date
        self.usKilled = usKilled
        self.usInjured = usInjured
        self.claimedBy = claimedBy
    }
}

/// An official cumulative count of attacks as the store holds it.
public struct ReportedTotal: Hashable, Sendable {
    public var id: Int64
    /// `YYYY-MM-DD`, or nil when the text gave no date.
    public var asOf: String?
    /// `YYYY-MM-DD` or `YYYY-MM` (month precision), or nil.
    public var since: String?
    public var total: Figure
    public var iraq: Int?
    public var syria: Int?
    public var jordan: Int?
    public var usInjured: Figure
    /// The file name of the article it came from, or the URL of an imported row.
    public var source: String?

    public init(
        id: Int64, asOf: String?, since: String?, total: Figure, iraq: Int?, syria: Int?, jordan: Int?,
        usInjured: Figure, source: String?
    ) {
        self.id = id
        self.asOf = asOf
        self.since = since
        self.total = total
        self.iraq = iraq
        self.syria = syria
        self.jordan = jordan
        self.usInjured = usInjured
        self.source = source
    }
}
