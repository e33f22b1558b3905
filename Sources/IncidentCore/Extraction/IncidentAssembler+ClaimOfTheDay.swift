/// A claim told in background, dated to the day of an attack the story tells.
extension IncidentAssembler {
    /// "Iran's Islamic Revolutionary Guard Corps claimed the barrage, which came in the early hours of Jan. 8" in a
    /// follow-up story about the Jan. 8 attack: a claim read as background (its day is before the story's) whose
    /// own day is the day of an attack the story tells is that attack's claim.
    static func datedClaims(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        frames.filter { f in
            f.role == .orphan && f.isBackground && f.places.isEmpty && f.dates.first?.precision == .day
                && f.claim.map { !$0.isGeneral && !$0.isNegated } == true
                && f.claimGroup.map { GroupMatcher.isActor($0.group) } == true
        }
    }

    /// The claimant of the dated claim made on `day`, with the claim's span.
    func claimOfTheDay(_ day: CalendarDay?) -> (name: String, span: TextSpan)? {
        guard let day, let f = datedClaims.first(where: { $0.dates.first?.day == day }),
              let claim = f.claim, let group = f.claimGroup else { return nil }
        return (group.group.name, claim.span)
    }
}
