/// A span of an article body, in Unicode code points from the start of the stored body, end exclusive.
public struct TextSpan: Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }
    public var length: Int { end - start }
}

/// One extracted fact with the text it came from: provenance for highlighting and for `extract`.
public struct Fact: Hashable, Sendable {
    /// Which field the fact fills: `date`, `location`, `country`, `weapon`, `us_killed`, `us_injured`,
    /// `other_casualties`, `claimed_by`, `attributed_to`, `us_response`, `total`, ...
    public var field: String
    /// The normalised value, as text (`2024-01-20`, `Ain al-Asad Air Base`, `at least 2`).
    public var value: String
    public var span: TextSpan

    public init(field: String, value: String, span: TextSpan) {
        self.field = field
        self.value = value
        self.span = span
    }
}

/// Casualties of people other than US forces (an Iraqi soldier, militia members).
public struct OtherCasualty: Hashable, Codable, Sendable {
    public var who: String
    public var killed: Int?
    public var injured: Int?
    public var qualifier: Qualifier?

    public init(who: String, killed: Int? = nil, injured: Int? = nil, qualifier: Qualifier? = nil) {
        self.who = who
        self.killed = killed
        self.injured = injured
        self.qualifier = qualifier
    }
}
