/// Everything extracted from one article: the incidents it reports and the cumulative totals it quotes.
public struct ArticleExtraction: Sendable {
    public var incidents: [ExtractedIncident]
    public var totals: [ExtractedTotal]
    /// The wire dateline's day ("BAGHDAD, Jan 21 (Reuters) -") when it stood in for a missing publication date.
    public var datelineDay: CalendarDay?

    public init(incidents: [ExtractedIncident] = [], totals: [ExtractedTotal] = []) {
        self.incidents = incidents
        self.totals = totals
    }

    /// Every fact of every incident and total, for the `fact` table.
    public var allFacts: [Fact] { incidents.flatMap(\.facts) + totals.flatMap(\.facts) }
}

/// One incident as a single article reports it (before merging with other sources).
public struct ExtractedIncident: Sendable {
    public var kind: IncidentKind
    public var date: IncidentDate
    /// True when the date may be off by one day (a relative day near midnight, or a coarse date):
    /// merging then tolerates ±1 day.
    public var dateUncertain: Bool
    public var country: String?
    /// The gazetteer name when matched, else the place as written.
    public var location: String?
    public var latitude: Double?
    public var longitude: Double?
    public var weapons: Set<Weapon>
    public var usKilled: Figure
    public var usInjured: Figure
    public var otherCasualties: [OtherCasualty]
    /// Only from an explicit claim of responsibility.
    public var claimedBy: String?
    /// Named by officials or the reporter ("Iran-backed militias", "Kataib Hezbollah").
    public var attributedTo: String?
    public var usResponse: String?
    /// One sentence.
    public var summary: String
    public var facts: [Fact]
    /// Hit, intercepted or no damage, where reported.
    public var outcome: AttackOutcome?
    /// Claimed only, or confirmed by US officials, where the text tells.
    public var confirmation: Confirmation?
    /// How each field was found; a field missing here is explicit (or empty).
    public var confidence: [String: FieldConfidence]
    /// The gazetteer sites a place could be when it matched several ("the base in Hasakah"): the
    /// location is then recorded as written and flagged, not guessed.
    public var locationCandidates: [String]

    public init(
        kind: IncidentKind, date: IncidentDate, dateUncertain: Bool = false,
        country: String? = nil, location: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
        weapons: Set<Weapon> = [], usKilled: Figure = .unknown, usInjured: Figure = .unknown,
        otherCasualties: [OtherCasualty] = [], claimedBy: String? = nil, attributedTo: String? = nil,
        usResponse: String? = nil, summary: String = "", facts: [Fact] = [], outcome: AttackOutcome? = nil,
        confirmation: Confirmation? = nil, confidence: [String: FieldConfidence] = [:], locationCandidates: [String] = []
    ) {
        self.kind = kind
        self.date = date
        self.dateUncertain = dateUncertain
        self.country = country
        self.location = location
        self.latitude = latitude
        self.longitude = longitude
        self.weapons = weapons
        self.usKilled = usKilled
        self.usInjured = usInjured
        self.otherCasualties = otherCasualties
        self.claimedBy = claimedBy
        self.attributedTo = attributedTo
        self.usResponse = usResponse
        self.summary = summary
        self.facts = facts
        self.outcome = outcome
        self.confirmation = confirmation
        self.confidence = confidence
        self.locationCandidates = locationCandidates
    }
}

/// An official cumulative count quoted in an article ("attacked approximately 66 times since October 17").
public struct ExtractedTotal: Hashable, Sendable {
    /// End of the counted period, else the day the statement was made, else the publication date;
    /// nil when the text gives no date at all.
    public var asOf: CalendarDay?
    /// Start of the counted period; `sincePrecision` says whether it is a day or only a month.
    public var since: CalendarDay?
    public var sincePrecision: DatePrecision
    public var total: Figure
    public var iraq: Int?
    public var syria: Int?
    public var jordan: Int?
    public var usInjured: Figure
    public var facts: [Fact]

    public init(
        asOf: CalendarDay?, since: CalendarDay? = nil, sincePrecision: DatePrecision = .unknown,
        total: Figure, iraq: Int? = nil, syria: Int? = nil, jordan: Int? = nil,
        usInjured: Figure = .unknown, facts: [Fact] = []
    ) {
        self.asOf = asOf
        self.since = since
        self.sincePrecision = since == nil ? .unknown : sincePrecision
        self.total = total
        self.iraq = iraq
        self.syria = syria
        self.jordan = jordan
        self.usInjured = usInjured
        self.facts = facts
    }
}
