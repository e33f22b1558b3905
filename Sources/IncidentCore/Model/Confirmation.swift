/// Whether an attack is known only from a militia's claim or confirmed by US officials.
public enum Confirmation: String, CaseIterable, Codable, Sendable {
    /// Only the attackers' claim reports it.
    case claimed
    /// US officials (the Pentagon, CENTCOM, a defense official) confirmed it.
    case confirmed

    /// Several sources: confirmation by any source wins.
    public static func strongest(_ values: [Confirmation]) -> Confirmation? {
        values.contains(.confirmed) ? .confirmed : values.first
    }
}
