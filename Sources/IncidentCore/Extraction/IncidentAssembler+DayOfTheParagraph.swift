/// A paragraph tells one day: an attack whose own clauses give no day of their own takes the day told just before it
/// in the same paragraph, not the story's first day nor the day someone spoke of it.
extension IncidentAssembler {
    /// "Vendredi matin, une dizaine de roquettes ont été tirées sur la base de Green Village ... Un drone a par ailleurs
    /// visé la base de Conoco": an attack at another site, told with no day right after an attack of a day in the same
    /// paragraph, is of that day, not the story's first. Only the attack clause just before counts (at most three
    /// sentences back), and only a day of the event itself.
    func dayOfTheParagraph(before frames: [ArticleFrame], told: [ArticleFrame]) -> DateMention? {
        // The attack's own clauses, those naming its site: a headline about several sites ("drones target bases in
        // eastern Syria") is lent to each of them and tells none of their places in the text.
        let sited = frames.filter { !$0.places.isEmpty }
        guard frames.allSatisfy({ $0.dates.isEmpty }), let first = (sited.isEmpty ? frames : sited).map(\.sentence).min(),
              sentences.indices.contains(first),
              // "Then on Friday morning, about 10 rockets were fired at Green Village. One US service member suffered a
              // minor injury. ... a drone attack was also reported at the Rumalyn Landing Zone": the last clause with a
              // day of its own (round 16, ar13).
              let before = told.filter({ $0.sentence < first && $0.sentence >= first - 3 && !$0.dates.isEmpty })
                  .max(by: { $0.sentence < $1.sentence }),
              sentences[before.sentence].lowerBound >= text.paragraphStart(of: sentences[first].lowerBound),
              let day = before.dates.first, day.precision == .day, !day.isTelling, day.day != nil
        else { return nil }
        return day
    }

    /// "At least 14 rockets were fired at around 9:30 pm on Monday. Three struck Erbil International Airport ... Early on
    /// Tuesday, Marotto said ...": the sentence right before one of an attack's clauses told before its first day (the
    /// headline aside), naming a weapon and no site, opens that attack; its day beats a day of the telling.
    func dayToldJustBefore(_ frames: [ArticleFrame], asides: [ArticleFrame]) -> DateMention? {
        let firstDated = frames.filter { !$0.dates.isEmpty }.map(\.sentence).min() ?? Int.max
        for clause in frames.map(\.sentence).sorted() where clause <= firstDated {
            if let day = asides.filter({ $0.sentence == clause - 1 && !$0.isBackground && !$0.weapons.isEmpty && $0.places.isEmpty })
                .compactMap({ $0.dates.first { $0.precision == .day && !$0.isTelling } }).last {
                return day
            }
        }
        return nil
    }
}
