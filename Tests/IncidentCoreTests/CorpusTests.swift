import Foundation
import Testing
@testable import IncidentCore

/// The extraction corpus: articles written in the styles of wire copy, official statements, militia
/// claims, translated outlets and roundups, each with its expected extraction.
@Suite struct CorpusTests {
    @Test func everyCorpusArticleExtractsAsExpected() throws {
        let cases = try Corpus.cases("corpus")
        #expect(cases.count >= 30)
        for c in cases {
            let problems = Corpus.mismatches(c)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    /// The held-out sets are never tuned on: their accuracy is reported, and only floors already reached
    /// are asserted. `heldout` was written before any tuning; `heldout-b` after the first round, in new styles;
    /// `heldout-c` after the second round, before the rules were changed for the weaknesses `heldout-b` showed
    /// (79.5 % then; its own misses were later fixed through new corpus articles, so it is no longer blind);
    /// `heldout-d` and `heldout-e` after the third round, by an author who knew the rules (optimistic);
    /// `heldout-j` after the fourth round (95.8 % blind, lowest field 83.3 %; its misses were then fixed
    /// through corpus articles c101-c105, so it is no longer blind for them); `heldout-k` after the fifth
    /// round (85.9 % blind, us_injured 60 %; fixed through c106-c109; its untranslated French article still misses);
    /// `heldout-l` after the sixth (87.8 % blind, date 76.9 %; fixed through c111-c115); `heldout-m` after the
    /// seventh (84.4 % blind, claimed_by 72.7 %; fixed through c116-c120 but for "many more wounded");
    /// `heldout-f` (24 articles) by an author who never read the extraction code or the other sets' texts,
    /// in outlets, languages and event kinds none of them use (74 % when first run; its weaknesses were then
    /// worked on through new corpus articles of the same kinds, so it is no longer blind); `heldout-n` (8 articles
    /// in French, German, Italian, Portuguese, Spanish and translated statements) written after that round and
    /// never tuned on before its first run (79.4 %; no longer blind either); `heldout-g` (22 articles)
    /// blind like `heldout-f`, on other events (Taji 2020, At Tanf 2021/2022, Balad, the embassy, Tal Baydar,
    /// Qasrak, Malikiyah), outlets (EFE, RFI, Xinhua, Press TV, Mehr, North Press, trackers, tweets) and plain
    /// wire copy (49.6 % when first run, lowest field 44.9 %; 59.3 % after the fourth round, never tuned on); its
    /// strike stories listing earlier attacks and its tracker entries were then fixed through c122-c125 (71.7 %),
    /// so it is no longer blind either; `heldout-o` (15 articles) blind the same way, weighted toward common feeds
    /// (plain Reuters/AP wire, DoD and CENTCOM statements, translated claims, a tracker, a roundup, one French AFP
    /// story, two without an attack): 83.2 % when first run, lowest field claimed_by 73.9 %. Both were then worked
    /// on: earlier attacks recalled in passing, strikes told one after another and spurious sites through c130-c144,
    /// field misses (zero killed beside "no injuries", claimants, weapons, places, dates, injured figures) through
    /// c160-c182, so neither is blind any more.
    /// `heldout-p` (19 English wire and news articles) and `heldout-q` (20 regional and translated ones), blind
    /// like `heldout-f`: 75.1 % and 65.9 % when first run; then tuned on through c190-c205 (US strike targets and
    /// arms, claim scope, trackers, follow-ups, spellings, "without causing" in four languages), so they are no
    /// longer blind.
    /// `heldout-r` (22: half wire, half regional and translated, many recalled attacks and US strikes) and
    /// `heldout-s` (22 short and medium feed items) were written blind while that round ran and never shown to
    /// it: 52.8 % and 59.6 % on the code before the round, 58.5 % and 61.7 % after it. They were then tuned on
    /// (no longer blind) through c230-c237 and c260-c271: recalled attacks of earlier weeks and days ("last week",
    /// "earlier this week", "a day after", the same site days before, a day after "before"), counted days, strikes
    /// that answer an attack ("retaliated for"), claims, numbered tracker entries.
    /// `heldout-t` (27: a realistic feed mix) was written blind while that second round ran and never shown to it:
    /// 56.0 % on the code before the round, 60.1 % after it. Round 3 (issue 9) then tuned on it with q, r and s,
    /// so none of them is blind any more: whole incidents (earlier events, US strikes told in passing, claimed lists,
    /// habits of attacks) through c290-c309, fields (places not in the gazetteer, zeros and figures of the right
    /// attack, claimants, dates of statements) through c310-c329; t06, t07, t11, t25 and q09, q10, q14, q19 were put
    /// to LABELLING.md. After the round: p 88.4, q 87.2, r 83.0, s 85.2, t 87.5 %.
    /// `heldout-u` (25, a realistic feed) and `heldout-v` (24, the kinds hardest to log: recalls in policy stories,
    /// strike stories, partner forces, launch and target in different countries, claims of several operations) were
    /// written blind while round 3 ran, by annotators following LABELLING.md, and never shown to it: 66.7 % and
    /// 46.2 % on the code before the round, 66.7 % and 46.4 % after it. A second annotator agrees with each at 97.8 %
    /// and 98.2 % (AgreementTests). Round 4 then tuned on u and v (no longer blind: 75.7 and 61.2 %), validated on
    /// `heldout-w` (24, the plain daily feed, blind; its tuners saw only its aggregate score after each rule):
    /// 74.0 % before round 3, 78.2 % after it, 80.2 % after round 4.
    /// `heldout-x` and `heldout-y` (24 each, a realistic feed) were written blind while round 4 ran and never shown
    /// to it: 67.1 and 66.3 % on the code before round 3, 74.0 and 70.5 % after it, 77.1 and 70.7 % after round 4.
    /// Round 5 (principles over phrases: knowledge of sites and groups, a foreign-vocabulary checklist, general
    /// rules each checked against every visible set) was measured once on x and y and on `heldout-z` and
    /// `heldout-aa` (24 and 25, written blind while round 5 ran): x 77.1 -> 83.1, y 70.7 -> 70.7, z 75.4 -> 77.4,
    /// aa 67.3 -> 65.4 % (code at the round's start -> its end, the same scorer). aa's loss was two faults of round 5's
    /// own rules (a past perfect in a relative clause, an undated mention naming only a place), then mended with a
    /// month "of last year": 69.5 %. None of the four is blind any more. `heldout-ab` and `heldout-ac` (24 each, a
    /// realistic feed, written blind at the end of round 5) were measured once at the end of round 6 (tracker day
    /// headings, datelines, holidays, aircraft and the clock at the target for strikes, claims of counted attacks,
    /// recalled attacks' days and tolls, partner posts; four hands in parallel), on code written without reading them:
    /// ab 70.3 -> 78.5 %, ac 69.4 -> 71.7 % (code at the round's start -> its end, the same scorer); pooled 69.8 ->
    /// 75.2 % of 819 fields. Neither is blind any more. `heldout-ad` and `heldout-ae` (24 and 25, written blind
    /// while round 6 ran) were measured once at the end of round 7 (US strikes and claims, one incident per written
    /// site, tolls, recalled attacks; four hands), on code written without reading them: ad 83.8 -> 89.2 %, ae 78.5 ->
    /// 78.7 % (code at the round's start -> its end); pooled 81.2 -> 84.1 % of 903 fields. Neither is blind any more.
    /// `heldout-af` and `heldout-ag` (24 and 26, written blind while round 7 ran) were measured once at the end of
    /// round 8 (claims and strikes, tolls, recalled attacks, roundups and sites; four hands), on code written without
    /// reading them: af 64.2 -> 62.3 %, ag 67.2 -> 69.1 %; pooled 65.8 -> 66.0 % of 1036 fields. Neither is blind any
    /// more. `heldout-ah` and `heldout-ai` (25 and 24, written blind while round 8 ran) were measured once at the end of
    /// round 9 (claims and strikes, tolls, recalled attacks and dated documents, sites and partner posts; four hands),
    /// on code written without reading them: ah 78.2 -> 78.2 %, ai 69.5 -> 72.6 %; pooled 73.4 -> 75.1 % of 952 fields.
    /// Neither is blind any more. `heldout-aj` and `heldout-ak` (24 and 25, written blind while round 9 ran) were
    /// measured once at the end of round 10 (Iran's own claims, claims in other wordings, US strikes, timelines and
    /// trackers, sites in other languages, tolls of several parties; four hands), on code written without reading
    /// them: aj 81.9 -> 82.1 %, ak 63.0 -> 63.2 % (code at the round's start -> its end, the same scorer). Neither is
    /// blind any more. `heldout-al` and `heldout-am` (26 and 25, written blind while round 10 ran) were measured once
    /// at the end of round 11 (analyses, retrospectives, tolls, facts of the right incident; four hands): al 81.9 ->
    /// 82.1 %, am 73.5 -> 73.7 %. `heldout-an` (16 analyses, hearings and retrospectives, written blind in round 11)
    /// was a kind check: its aggregate score alone was read after rules, 54.0 -> 59.7 %. None is blind any more.
    /// `heldout-ao` (25, a watch officer's feed, written blind in round 11) was measured once on round 11's final code
    /// and once at the end of round 12 (probes written in outlet styles, not miss lists; four hands), on code written
    /// without reading it: 81.4 -> 81.4 % (spurious 17 -> 15). It is not blind any more. `heldout-ap` (25, written
    /// blind in round 12) was measured on round 12's final code and on round 13's (four hands: whole incidents, dates
    /// and places, figures and claims, each starting from ao's misses and checked on probes): 79.3 -> 79.5 %.
    /// `heldout-aq` (25, a mixed feed written blind at the start of round 13) measured 83.5 -> 84.0 % across the same
    /// round and 84.0 % again on round 14's final code; visible since. `heldout-ar` (25, a mixed feed written blind
    /// in round 14) measured 80.0 % on round 14's final code and 81.4 % on round 15's (rules taught by aq's misses);
    /// visible since (86.6 % after round 16 tuned on it). `heldout-as` (25, written blind at the start of round 16)
    /// measured 91.2 -> 91.2 % across that round and 91.2 % again on round 17's final code; visible since.
    /// `heldout-at` (25, written blind at the start of round 17) measured 80.7 -> 80.7 % across that round and 80.7 %
    /// on round 18's final code; visible since. `heldout-au` (25, written blind at the start of round 18) measured
    /// 85.9 % on round 17's final code, 85.9 % on round 18's and 85.9 % on round 19's; visible since. `heldout-av` (25,
    /// written blind at the start of round 19) measured 88.1 % on round 18's final code, on round 19's and on round
    /// 20's; visible since. `heldout-aw` (25, written blind at the start of round 20) measured 76.5 % on round 20's
    /// final code and on round 21's; visible since. `heldout-ax` (25, written blind at the start of round 21) measured
    /// 89.8 % on round 21's final code and on round 22's; visible since. `heldout-ay` (25, written blind at the start of
    /// round 22) measured 91.2 % on round 22's final code and on round 23's; visible since. `heldout-az` (25, written
    /// blind at the start of round 23) measured 81.3 % on round 23's final code; it is deliberately not in this list:
    /// it is the next blind set.
    @Test(arguments: [("heldout", 0.99, 0.99), ("heldout-b", 0.99, 0.99), ("heldout-c", 0.99, 0.99),
                      ("heldout-d", 0.99, 0.99), ("heldout-e", 0.99, 0.99), ("heldout-j", 0.99, 0.99),
                      ("heldout-k", 0.99, 0.99), ("heldout-l", 0.99, 0.99), ("heldout-m", 0.99, 0.99),
                      ("heldout-n", 0.99, 0.99), ("heldout-f", 0.99, 0.97), ("heldout-g", 0.99, 0.99),
                      ("heldout-o", 0.95, 0.95), ("heldout-p", 0.99, 0.95), ("heldout-q", 0.96, 0.92),
                      ("heldout-r", 0.93, 0.90), ("heldout-s", 0.95, 0.91),
                      ("heldout-t", 0.97, 0.95), ("heldout-u", 0.89, 0.82), ("heldout-v", 0.92, 0.89),
                      ("heldout-w", 0.99, 0.95), ("heldout-x", 0.95, 0.91), ("heldout-y", 0.95, 0.89),
                      ("heldout-z", 0.94, 0.91), ("heldout-aa", 0.94, 0.89),
                      ("heldout-ab", 0.93, 0.91), ("heldout-ac", 0.91, 0.85),
                      ("heldout-ad", 0.94, 0.87), ("heldout-ae", 0.86, 0.84), ("heldout-af", 0.87, 0.80), ("heldout-ag", 0.87, 0.85),
                      ("heldout-ah", 0.91, 0.86), ("heldout-ai", 0.84, 0.79),
                      ("heldout-aj", 0.84, 0.78), ("heldout-ak", 0.87, 0.80),
                      ("heldout-al", 0.83, 0.79), ("heldout-am", 0.77, 0.73), ("heldout-an", 0.72, 0.65), ("heldout-ao", 0.89, 0.86), ("heldout-ap", 0.94, 0.91), ("heldout-aq", 0.87, 0.82), ("heldout-ar", 0.86, 0.83), ("heldout-as", 0.91, 0.86), ("heldout-at", 0.80, 0.76), ("heldout-au", 0.85, 0.83), ("heldout-av", 0.87, 0.83), ("heldout-aw", 0.76, 0.73), ("heldout-ax", 0.91, 0.87), ("heldout-ay", 0.90, 0.86)])
    func heldOutAccuracyIsReportedAndAboveTheFloor(_ directory: String, _ overallFloor: Double, _ fieldFloor: Double) throws {
        let cases = try Corpus.cases(directory)
        #expect(cases.count >= 8)
        let score = Corpus.score(cases)
        print("Held-out extraction accuracy, \(directory) (\(cases.count) articles):\n\(score.report)")
        if ProcessInfo.processInfo.environment["WATCHFLOOR_SHOW_MISSES"] != nil {
            print(score.misses.joined(separator: "\n"))
        }
        #expect(score.overall >= overallFloor, "\(score.report)")
        for field in Corpus.scoredFields {
            #expect(score.accuracy(field) >= fieldFloor, "\(field): \(score.report)")
        }
    }
}
