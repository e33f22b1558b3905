/// What kind of event an incident is.
public enum IncidentKind: String, CaseIterable, Codable, Sendable {
    /// An attack on US or coalition forces.
    case attack
    /// A US strike or retaliation: never counted as an attack.
    case usStrike = "us_strike"
    /// Partner forces (SDF, Iraqi forces) hit at or near a US base.
    case partner
    /// An earlier event mentioned in passing.
    case mention
    /// An imported row of another kind (e.g. ACLED).
    case event
}

/// How precisely an incident's date is known.
public enum DatePrecision: String, CaseIterable, Codable, Sendable {
    case day, week, month, unknown
}

/// The hedge that goes with a casualty figure or a total ("at least 2", "about 70", "several").
public enum Qualifier: String, CaseIterable, Codable, Sendable {
    case atLeast = "at least"
    case about
    case moreThan = "more than"
    case several
    /// "dozens of service members": more than "several", still uncounted.
    case dozens
    case possible
}

/// The project's one weapon vocabulary.
public enum Weapon: String, CaseIterable, Codable, Sendable, Comparable {
    case rocket
    case drone
    case ballisticMissile = "ballistic missile"
    case cruiseMissile = "cruise missile"
    case mortar
    case artillery
    case airStrike = "air strike"
    case ied = "IED"
    case smallArms = "small arms"

    public static func < (a: Weapon, b: Weapon) -> Bool { a.rawValue < b.rawValue }
}
