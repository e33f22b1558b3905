import Testing
@testable import IncidentCore

/// A feed item of one or two sentences has too few small words to tell its language, so it is read in the language
/// its front matter declares; a longer text still decides for itself.
@Suite struct LanguageDeclaredInFrontMatterTests {
    private typealias F = ExtractionFixtures
    private let portugueseBrief = "Foguetes atingiram hoje a base aérea de Ain al-Assad, no Iraque. Dois soldados americanos ficaram feridos."

    private func attacks(_ body: String, language: String?) -> [ExtractedIncident] {
        F.extractor.extract(title: "", body: body, published: F.day("2024-08-05"), language: language)
            .incidents.filter { $0.kind == .attack }
    }

    @Test func aShortPortugueseBriefIsReadInTheDeclaredLanguage() {
        let found = attacks(portugueseBrief, language: "pt-BR")
        #expect(found.count == 1)
        #expect(found.first?.location == "Ain al-Asad Air Base")
        #expect(found.first?.date.exported == "2024-08-05")
        #expect(found.first?.usInjured.spelled == "2")
    }

    @Test func withoutADeclaredLanguageTheBriefIsNotUnderstood() {
        // What the declaration changes: guessed alone, the brief is taken for English and yields nothing.
        #expect(attacks(portugueseBrief, language: nil).isEmpty)
        #expect(attacks(portugueseBrief, language: "en").isEmpty)
    }

    @Test func englishCopyThatKeptItsOriginalsLanguageIsReadAsEnglish() {
        // A translated wire story keeps `language: fr`; its English words outvote the declaration.
        let body = "Rockets hit the Ain al-Asad air base on Monday and two US troops were injured, officials said."
        let found = attacks(body, language: "fr")
        #expect(found.first?.usInjured.spelled == "2")
        #expect(found.first?.date.exported == "2024-08-05")
    }

    @Test func declarationsAreReadByCodeOrName() {
        #expect(ArticleLanguage(declared: "pt-BR") == .portuguese)
        #expect(ArticleLanguage(declared: "Deutsch") == .german)
        #expect(ArticleLanguage(declared: "español") == .spanish)
        #expect(ArticleLanguage(declared: "FR") == .french)
        #expect(ArticleLanguage(declared: "ar-translated") == nil)
        #expect(ArticleLanguage(declared: "en") == .english)
    }
}
