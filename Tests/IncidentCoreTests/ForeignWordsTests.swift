import Testing
@testable import IncidentCore

/// Untranslated French, German, Italian and Portuguese copy read through English equivalents, with every
/// fact still quoting the original words; English copy left exactly as it was.
@Suite struct ForeignWordsTests {
    @Test func englishCopyIsNeverTranslated() {
        let body = "A drone hit the base at al-Tanf on Sunday. No one was hurt, and a soldier said the die was cast."
        let scanned = ScannedText(body)
        #expect(ArticleLanguage.guess(scanned.tokens) == .english)
        #expect(scanned.tokens.map(\.text) == TextScanner.tokens(of: body).map(\.text))
    }

    @Test func eachLanguageIsRecognisedFromItsSmallWords() {
        let samples: [(String, ArticleLanguage)] = [
            ("Les roquettes ont été tirées dans la nuit contre la base, selon une source, et les soldats sont sains et saufs pour le moment.", .french),
            ("Bei dem Angriff auf den Stützpunkt wurden nach Angaben der Armee mit einer Drohne die Soldaten nicht verletzt und sind auf dem Weg.", .german),
            ("Il razzo è caduto nella base della coalizione, che non ha avuto danni, e gli americani sono con i soldati per la notte.", .italian),
            ("Os foguetes foram disparados contra a base dos EUA na Síria, segundo uma fonte, e não houve feridos com os militares para o dia.", .portuguese),
        ]
        for (text, language) in samples {
            #expect(ArticleLanguage.guess(TextScanner.tokens(of: text)) == language, "\(text)")
        }
    }

    @Test func aGermanCompoundGivesTheWeaponAndQuotesTheOriginalWord() throws {
        let body = """
        Bei einem Raketenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind am Montagabend drei US-Soldaten \
        verletzt worden. Getötet wurde niemand. Die Angreifer sind nach Angaben der Armee mit einem Lastwagen geflohen.
        """
        let extraction = ExtractionFixtures.extract(body, published: "2024-08-06")
        let attack = try #require(extraction.incidents.first)
        #expect(attack.location == "Ain al-Asad Air Base")
        #expect(attack.date.exported == "2024-08-05")
        #expect(attack.weapons == [.rocket])
        #expect(attack.usInjured.count == 3)
        #expect(attack.usKilled.count == 0)
        let weapon = attack.facts.first { $0.field == "weapon" }
        #expect(weapon.map { ExtractionFixtures.quote($0.span, in: body) } == "Raketenangriff")
    }

    @Test func anItalianDoubleNegationIsNoneKilledAndNoneInjured() {
        let body = """
        Due razzi sono caduti ieri sera nella base di Ain al-Asad, che ospita militari statunitensi. L'attacco non ha \
        provocato né morti né feriti tra i soldati americani, ha riferito una fonte della difesa, e per ora nessuno ha rivendicato l'attacco.
        """
        let attack = ExtractionFixtures.extract(body, published: "2024-07-26").incidents.first
        #expect(attack?.usKilled.count == 0)
        #expect(attack?.usInjured.count == 0)
        #expect(attack?.claimedBy == nil)
        #expect(attack?.date.exported == "2024-07-25")
    }
}
