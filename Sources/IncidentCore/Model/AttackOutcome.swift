/// What the attack did, where the text says: hit the site, was intercepted, or did no damage.
public enum AttackOutcome: String, CaseIterable, Codable, Sendable {
    case impacted
    case intercepted
    case noDamage = "no damage"

    /// Several sources: an impact reported anywhere wins over an interception, which wins over "no damage".
    public static func strongest(_ outcomes: [AttackOutcome]) -> AttackOutcome? {
        if outcomes.contains(.impacted) { return .impacted }
        if outcomes.contains(.intercepted) { return .intercepted }
        return outcomes.first
    }
}
