/// A country named in the text.
struct CountryMention: Sendable {
    var name: String
    var span: TextSpan
    /// Where the attack came from ("fired from Iraq"), not where it hit.
    var isOrigin = false
}

/// One clause of an article read for one event: the attack it reports, the US strike, or an aside
/// about people who are not US forces. Holds everything the finders read in it.
struct ArticleFrame: Sendable {
    enum Role: Sendable { case attack, strike, orphan }

    var role: Role
    var sentence: Int
    var tokens: Range<Int>
    /// Event dates (not the start or end of a counted period).
    var dates: [DateMention] = []
    var places: [PlaceMatch] = []
    /// Towns and provinces that are not bases themselves.
    var areas: [AreaMatch] = []
    /// A site the gazetteer does not know, as written.
    var writtenPlace: WrittenPlace?
    /// A town told as where it happened, as written ("near al-Batha district", "near the city of al-Samawah").
    var writtenTown: WrittenPlace?
    var outcomes: [OutcomeFinder.Found] = []
    /// US officials confirm the attack in this clause.
    var confirmation: TextSpan?
    var countries: [CountryMention] = []
    var weapons: [WeaponMention] = []
    var unqualifiedMissile: TextSpan?
    var casualties: [CasualtyMention] = []
    var claim: ClaimMention?
    var claimGroup: GroupMatch?
    /// A claimant the catalog does not know, as written ("a group calling itself ...").
    var writtenClaimant: WrittenGroup?
    var groups: [GroupMatch] = []
    /// "Iran-backed militias" named as the attackers.
    var descriptor: TextSpan?
    /// Dated to an earlier event (a month, or a day more than a few days before publication).
    var isBackground = false
    /// Told as one example of a run of attacks ("most of the attacks since October 17, including ...").
    var isExampleOfRun = false
    /// The sentence that opens the tracker entry this clause belongs to ("November 5 — Tal Baydar ...").
    var entryStart: Int?

    /// True when the clause places or dates an event of its own: a known site, a place as written, or a day.
    /// A clause without ("Neither caused injuries", "Two U.S. troops were wounded") goes on telling one told before.
    var namesPlaceOrDay: Bool { !places.isEmpty || writtenPlace != nil || writtenTown != nil || !dates.isEmpty }
    /// As `namesPlaceOrDay`, but a day only told as when someone spoke ("the Pentagon acknowledged last week that 11
    /// service members had been injured") is no day of an event.
    var namesPlaceOrEventDay: Bool {
        !places.isEmpty || writtenPlace != nil || writtenTown != nil || dates.contains { !$0.isTelling }
    }
}
