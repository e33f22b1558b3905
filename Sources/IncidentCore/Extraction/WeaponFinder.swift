/// A weapon named in the text.
struct WeaponMention: Sendable {
    var weapon: Weapon
    var span: TextSpan
}

/// Maps weapon words to the project's vocabulary: "close-range ballistic missiles" → ballistic missile,
/// "one-way attack drone" / "UAV" / "unmanned aerial vehicle" → drone, "Katyusha" → rocket. An
/// unqualified "missile" is reported apart: it adds nothing next to rockets.
enum WeaponFinder {
    struct Result: Sendable {
        var weapons: [WeaponMention] = []
        /// "missiles" with no kind ("rockets or missiles").
        var unqualifiedMissile: TextSpan?
    }

    private static let simple: [String: Weapon] = [
        "rocket": .rocket, "rockets": .rocket, "katyusha": .rocket, "katyushas": .rocket,
        "drone": .drone, "drones": .drone, "uav": .drone, "uavs": .drone, "uas": .drone, "quadcopter": .drone,
        "quadcopters": .drone,
        "mortar": .mortar, "mortars": .mortar,
        "artillery": .artillery, "shelling": .artillery,
        "airstrike": .airStrike, "airstrikes": .airStrike,
        "ied": .ied, "ieds": .ied,
        "gunfire": .smallArms,
        // "a gunman opened fire on a joint patrol", "der Schütze": the one who fires is told by the guns he fires.
        "gunman": .smallArms, "gunmen": .smallArms, "schutze": .smallArms,
    ]

    static func find(in range: Range<Int>, tokens: [Token]) -> Result {
        var result = Result()
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        func span(_ a: Int, _ b: Int) -> TextSpan { TextSpan(start: tokens[a].start, end: tokens[b].end) }
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.isWord else { i += 1; continue }
            let w = t.stem
            // "anti-drone", "counter-drone", "air defense"
            let negated = (word(i - 1) == "-" && ["anti", "counter"].contains(word(i - 2))) || word(i - 1) == "anti"
            if negated { i += 1; continue }
            switch w {
            case "ballistic", "cruise":
                var end = i
                if ["missile", "missiles"].contains(word(i + 1)) { end = i + 1 }
                var start = i
                // "close-range", "short-range", "medium-range" belong to the evidence.
                if word(i - 1) == "range", word(i - 2) == "-" { start = i - 3 >= range.lowerBound ? i - 3 : i }
                // "harder to track than cruise missiles", "rather than ballistic missiles": compared with, not fired.
                if toldAsNot(i, in: range, tokens: tokens) {
                    i = end + 1
                    continue
                }
                result.weapons.append(WeaponMention(weapon: w == "ballistic" ? .ballisticMissile : .cruiseMissile,
                                                    span: span(start, end)))
                i = end + 1
                continue
            case "missile", "missiles":
                let qualified = (1...3).contains { ["ballistic", "cruise", "anti", "surface", "air", "interceptor", "patriot"].contains(word(i - $0)) }
                // "Iran's missile barrage", "Iranian missiles", "Iran fired missiles at Ain al-Asad": missiles a state
                // fires at a base are ballistic missiles (militias fire rockets and drones).
                let firedByIran = (1...3).contains { k in
                    i - k >= range.lowerBound && ["iran", "iranian"].contains(tokens[i - k].stem) && word(i - k + 1) != "-"
                }
                if !qualified, firedByIran {
                    result.weapons.append(WeaponMention(weapon: .ballisticMissile, span: t.span))
                    i += 1
                    continue
                }
                if !qualified, result.unqualifiedMissile == nil { result.unqualifiedMissile = t.span }
            case "unmanned" where word(i + 1) == "aerial" || word(i + 1) == "aircraft":
                let end = ["vehicle", "vehicles", "system", "systems"].contains(word(i + 2)) ? i + 2 : i + 1
                result.weapons.append(WeaponMention(weapon: .drone, span: span(i, end)))
                i = end + 1
                continue
            case "air" where ["strike", "strikes", "raid", "raids"].contains(word(i + 1)):
                result.weapons.append(WeaponMention(weapon: .airStrike, span: span(i, i + 1)))
                i += 2
                continue
            case "improvised" where word(i + 1) == "explosive":
                let end = ["device", "devices"].contains(word(i + 2)) ? i + 2 : i + 1
                result.weapons.append(WeaponMention(weapon: .ied, span: span(i, end)))
                i = end + 1
                continue
            // "an explosive device" (the labelling guide's IED): the device, not "explosives-laden".
            // "explosive charges were detonated at the base": planted, not fired.
            // "a suicide bomber wearing an explosive vest", "a suicide car bomb": the guide's IED.
            case "explosive" where ["device", "devices", "charge", "charges", "vest", "vests", "belt"].contains(word(i + 1)),
                 "roadside" where ["bomb", "bombs"].contains(word(i + 1)), "car" where ["bomb", "bombs"].contains(word(i + 1)),
                 "suicide" where ["bomber", "bombers", "vest", "vests", "belt"].contains(word(i + 1)):
                result.weapons.append(WeaponMention(weapon: .ied, span: span(i, i + 1)))
                i += 2
                continue
            case "small" where word(i + 1) == "arms" || (word(i + 1) == "-" && word(i + 2) == "arms"):
                let end = word(i + 1) == "-" ? i + 2 : i + 1
                result.weapons.append(WeaponMention(weapon: .smallArms, span: span(i, end)))
                i = end + 1
                continue
            // "rocket-propelled grenades", "RPGs": the guide's small arms, not rockets.
            case "rocket" where word(i + 1) == "-" && word(i + 2) == "propelled":
                let end = ["grenade", "grenades"].contains(word(i + 3)) ? i + 3 : i + 2
                result.weapons.append(WeaponMention(weapon: .smallArms, span: span(i, end)))
                i = end + 1
                continue
            // "opened fire on a patrol", "das Feuer eröffnet" (German's "Feuer" stays as written): shots fired.
            case "opened" where word(i + 1) == "fire", "open" where word(i + 1) == "fire",
                 "feuer" where range.contains { tokens[$0].text.hasPrefix("eroffne") }:
                let end = tokens[i].text == "feuer" ? i : i + 1
                result.weapons.append(WeaponMention(weapon: .smallArms, span: span(i, end)))
                i = end + 1
                continue
            // "a salvo aimed at the embassy fell short": militias fire salvos of rockets; "a salvo of drones" is named by
            // the noun after it.
            case "salvo", "salvos":
                let named = word(i + 1) == "of" || (i - 1 >= range.lowerBound && simple[tokens[i - 1].stem] != nil)
                if !named { result.weapons.append(WeaponMention(weapon: .rocket, span: t.span)) }
            case "rpg", "rpgs":
                result.weapons.append(WeaponMention(weapon: .smallArms, span: t.span))
            case "machine" where ["gun", "guns"].contains(word(i + 1)) || (word(i + 1) == "-" && ["gun", "guns"].contains(word(i + 2))):
                let end = word(i + 1) == "-" ? i + 2 : i + 1
                result.weapons.append(WeaponMention(weapon: .smallArms, span: span(i, end)))
                i = end + 1
                continue
            default:
                // "were planted charges, not rockets", "not by incoming rocket fire": a weapon told as what it was not.
                if simple[w] != nil, toldAsNot(i, in: range, tokens: tokens) {
                    i += 1
                    continue
                }
                if let weapon = simple[w] {
                    // "one-way attack drone", "kamikaze drone", "suicide drones": the evidence includes the kind.
                    var start = i
                    if weapon == .drone, ["kamikaze", "suicide", "attack", "armed", "explosive"].contains(word(i - 1)) {
                        start = i - 1
                        if word(i - 2) == "way", word(i - 3) == "-", word(i - 4) == "one" { start = i - 4 }
                    }
                    if weapon == .artillery, w == "shelling", result.weapons.contains(where: { $0.weapon == .mortar }) {
                        i += 1
                        continue
                    }
                    // "Die iranischen Revolutionsgarden haben ... Raketen ... abgefeuert": what Iran's own forces fire at
                    // a base are ballistic missiles, whatever the word ("Raketen", "roquettes" are both).
                    let fired = weapon == .rocket && firedByIransForces(i, in: range, tokens: tokens) ? .ballisticMissile : weapon
                    result.weapons.append(WeaponMention(weapon: fired, span: span(start, i)))
                }
            }
            i += 1
        }
        return result
    }

    /// Words that, right after "Iran"/"Iranian", make it Iran's own forces acting.
    private static let iranianForceWords: Set<String> = [
        "revolutionary", "guards", "guard", "forces", "military", "army", "fired", "launched", "revolutionsgarden",
        "revolutionsgarde", "pasdaran", "irgc",
    ]

    /// True when the clause before the weapon at `i` has Iran's own forces as its actor ("Iran fired", "the Iranian
    /// Revolutionary Guards", "die iranischen Revolutionsgarden", "the IRGC"), not its proxies ("Iran-backed
    /// militias", "pro-Iranian groups", "militias loyal to Iran").
    private static func firedByIransForces(_ i: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
        let start = max(range.lowerBound, i - 14)
        return (start..<i).contains { k in
            let w = tokens[k].text.lowercased()
            if w == "irgc" || w == "revolutionsgarden" || w == "pasdaran" { return true }
            guard w.hasPrefix("iran"), !w.hasPrefix("iraq") else { return false }
            if k + 1 < i, tokens[k + 1].text == "-" { return false }
            if k - 1 >= range.lowerBound, ["-", "pro", "to", "by"].contains(tokens[k - 1].text) { return false }
            return (k + 1..<min(i, k + 3)).contains { iranianForceWords.contains(tokens[$0].text.lowercased()) }
        }
    }

    /// Words that may stand between "not" and the weapon it denies ("not by incoming rocket fire", "not a drone").
    private static let betweenNotAndWeapon: Set<String> = ["by", "from", "a", "an", "the", "incoming", "any", "with", "of"]

    /// True when the weapon at `i` is told as what it was not: "not rockets", "not by incoming rocket fire", "rather
    /// than rockets", "harder to detect than rockets", "instead of a drone"; not "could not intercept the drone" (a verb
    /// stands between).
    private static func toldAsNot(_ i: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
        var k = i - 1
        while k >= range.lowerBound, i - k <= 4 {
            let w = tokens[k].text
            if w == "not" { return true }
            // "rather than rockets"; "drones, which are harder to detect than rockets" (ao13): a weapon compared with
            // is not the one used. A count stops the walk first ("more than 10 rockets" is a weapon fired).
            if w == "than" { return true }
            if w == "of", k - 1 >= range.lowerBound, tokens[k - 1].text == "instead" { return true }
            guard betweenNotAndWeapon.contains(w) else { return false }
            k -= 1
        }
        return false
    }
}
