/// The weapons of an ACLED event, from its sub-event type and its notes together:
/// `Air/drone strike` → drone when the notes say drone or UAV, else air strike;
/// `Shelling/artillery/missile attack` → rocket, mortar, ballistic or cruise missile, artillery as
/// the notes say, else artillery; `Remote explosive/landmine/IED` → IED. Rows from before 2019
/// (event type `Remote violence`, no sub-event type) are read from the notes alone. Anything
/// else names no weapon.
enum ACLEDWeapons {
    static func weapons(eventType: String?, subEventType: String?, notes: String?) -> [Weapon] {
        let sub = subEventType.map(lowerASCII) ?? ""
        let type = eventType.map(lowerASCII) ?? ""
        if sub.hasPrefix("air/drone strike") {
            return words(notes).isDisjoint(with: droneWords) ? [.airStrike] : [.drone]
        }
        if sub.hasPrefix("shelling/artillery/missile") {
            let named = projectiles(words(notes))
            return named.isEmpty ? [.artillery] : named
        }
        if sub.hasPrefix("remote explosive") { return [.ied] }
        if sub.isEmpty, type.hasPrefix("remote violence") || type.hasPrefix("explosions/remote violence") {
            let w = words(notes)
            var found = Set(projectiles(w))
            if !w.isDisjoint(with: droneWords) { found.insert(.drone) }
            if w.contains("airstrike") || w.contains("airstrikes") || containsPair(w, "air", "strike") || containsPair(w, "air", "raid") {
                found.insert(.airStrike)
            }
            if !w.isDisjoint(with: ["ied", "ieds", "landmine", "landmines", "roadside"]) || containsPair(w, "explosive", "device") {
                found.insert(.ied)
            }
            if found.isEmpty, !w.isDisjoint(with: ["shelling", "shelled"]) { found.insert(.artillery) }
            return found.sorted()
        }
        return []
    }

    static func lowerASCII(_ text: String) -> String {
        text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ? String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self) : text
    }

    static let droneWords: Set<String> = ["drone", "drones", "uav", "uavs"]

    /// What the notes say was fired.
    static func projectiles(_ w: Set<String>) -> [Weapon] {
        var found = Set<Weapon>()
        if !w.isDisjoint(with: ["rocket", "rockets", "katyusha", "katyushas"]) { found.insert(.rocket) }
        if !w.isDisjoint(with: ["mortar", "mortars"]) { found.insert(.mortar) }
        if w.contains("ballistic") { found.insert(.ballisticMissile) }
        if w.contains("cruise") && !w.isDisjoint(with: ["missile", "missiles"]) { found.insert(.cruiseMissile) }
        if w.contains("artillery") { found.insert(.artillery) }
        return found.sorted()
    }

    /// Both words occur (a loose "air strike" / "explosive device" test on a bag of words).
    static func containsPair(_ w: Set<String>, _ a: String, _ b: String) -> Bool {
        w.contains(a) && (w.contains(b) || w.contains(b + "s"))
    }

    /// Every word the rules above look at.
    static let keywords: Set<String> = [
        "drone", "drones", "uav", "uavs", "rocket", "rockets", "katyusha", "katyushas", "mortar", "mortars",
        "ballistic", "cruise", "missile", "missiles", "artillery", "airstrike", "airstrikes", "air", "strike", "strikes",
        "raid", "raids", "ied", "ieds", "landmine", "landmines", "roadside", "explosive", "device", "devices",
        "shelling", "shelled",
    ]

    /// The lower-cased words of the notes that the rules look at.
    static func words(_ notes: String?) -> Set<String> {
        guard let notes else { return [] }
        return FastText.words(notes, keeping: keywords)
    }
}
