import Testing
@testable import IncidentCore

/// The foreign-language vocabulary audited against a written checklist rather than against misses: for each of
/// the five languages read through English equivalents (`ForeignVocabulary`), short sentences in the style of
/// wire copy covering counts in words (1–30, tens to 100, "a dozen", "dozens", approximations, "at least", "more
/// than", "some"), days and parts of days, ordinal dates and "last week", every weapon kind the English finder
/// knows, casualties (killed, died, wounded lightly or seriously, no casualties, evacuated, back on duty; soldiers,
/// personnel, contractors), US and coalition nationality words, claims, sites (air bases, airports, embassies, the
/// places of the gazetteer) and US strikes told as retaliation. Each sentence must give the field the English
/// copy would give. A "last week" reads as the English "last week" does (week precision, the middle of that week).
///
/// Left out on purpose, because the word is ambiguous or needs more than a word-for-word reading: French "des"
/// (some / of the) and "obus" (mortar or artillery shell), "vingt et un" and "trente et un" ("et un" is also "and
/// a"), "le 1er" (the ordinal is one token); Spanish "cerca de" (about, but also near), "mañana" alone (morning or
/// tomorrow), "embajada de Estados Unidos" (the English finder wants the nationality first); Italian "perdere" alone;
/// German claims told in indirect speech with the verb last ("er habe den Stützpunkt angegriffen"); "members"
/// (membres, membri, membros, miembros) and Spanish "hirió a", since "trois membres de la coalition" would be read
/// as a US count, the coalition coming after the noun; German "damals" ("then"), which moved an earlier attack's
/// figure onto the story's own. Italian "sottoposti a controlli per lesioni cerebrali" is read like the English
/// "evaluated for traumatic brain injuries", which the English finder still counts as injured: not checked here.
@Suite struct ForeignVocabularyChecklistTests {
    /// One line of the checklist: a sentence, its publication day, the field read and the value expected (nil: none).
    struct Check: Sendable, CustomTestStringConvertible {
        var field: String
        var expected: String?
        var published: String
        var sentence: String

        init(_ field: String, _ expected: String?, published: String = "2024-02-06", _ sentence: String) {
            self.field = field
            self.expected = expected
            self.published = published
            self.sentence = sentence
        }

        var testDescription: String { "\(field) = \(expected ?? "nil"): \(sentence)" }
    }

    /// The field of the first incident found, as the corpus files write it (weapons joined by ", ").
    private func verify(_ check: Check) {
        let extraction = ExtractionFixtures.extract(check.sentence, published: check.published)
        guard let incident = extraction.incidents.first else {
            Issue.record("no incident read from: \(check.sentence)")
            return
        }
        let value = Corpus.value(check.field, of: incident)
        let read: String? = switch value {
        case let list as [String]: list.isEmpty ? nil : list.joined(separator: ", ")
        case let text as String: text
        default: nil
        }
        #expect(read == check.expected, "\(ExtractionFixtures.dump(extraction, body: check.sentence))")
    }


    static let french: [Check] = [
        Check("us_injured", "13", "Treize soldats américains ont été blessés lors d'une attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", "17", "Dix-sept militaires américains ont été légèrement blessés dans une attaque à la roquette contre la base d'Aïn al-Assad, selon un responsable."),
        Check("us_injured", "22", "Vingt-deux soldats américains ont été blessés lors de l'attaque de drone contre la base d'Al-Tanf, selon le Pentagone."),
        Check("us_injured", "about 10", "Une dizaine de soldats américains ont été blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon une source."),
        Check("us_injured", "at least 4", "Au moins quatre soldats américains ont été blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", "more than 30", "Plus de trente militaires américains ont été blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", "dozens", "Des dizaines de soldats américains ont été blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", "about 12", "Une douzaine de soldats américains ont été blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", "several", "Quelques soldats américains ont été légèrement blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", "14", "Quatorze soldats américains ont été blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", "19", "Dix-neuf soldats américains ont été blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", "40", "Quarante soldats américains ont été blessés dans l'attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("date", "2024-02-04", "Dimanche, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("date", "2024-02-05", "Hier soir, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("date", "2024-02-06", "Dans la nuit, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("date", "2024-02-06", "Ce matin, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("date", "2024-02-05", "Lundi en fin de soirée, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("date", "2024-02-08", published: "2024-02-15", "La semaine dernière, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("date", "2024-01-03", "Le 3 janvier, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("date", "2024-02-05", "Lundi matin, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("date", "2024-02-05", "Tard lundi, deux roquettes ont visé la base d'Aïn al-Assad, dans l'ouest de l'Irak, selon une source de sécurité."),
        Check("weapons", "rocket", "Trois roquettes Katioucha ont été tirées contre la base d'Aïn al-Assad dans la nuit, selon une source de sécurité."),
        Check("weapons", "mortar", "Des obus de mortier sont tombés sur la base d'Aïn al-Assad dans la nuit, selon une source de sécurité."),
        Check("weapons", "drone", "Un drone kamikaze a visé la base d'Aïn al-Assad dans la nuit, selon une source de sécurité."),
        Check("weapons", "drone", "Un drone suicide a visé la base d'Aïn al-Assad dans la nuit, selon une source de sécurité."),
        Check("weapons", "ballistic missile", "Des missiles balistiques ont visé la base d'Aïn al-Assad dans la nuit, selon une source de sécurité."),
        Check("weapons", "cruise missile", "Un missile de croisière a visé la base d'Aïn al-Assad dans la nuit, selon une source de sécurité, et les dégâts sont limités selon le commandement de la coalition."),
        Check("weapons", "IED", "Un engin explosif improvisé a visé un convoi de la coalition près de la base d'Aïn al-Assad, selon une source de sécurité, et les dégâts sont limités selon le commandement de la coalition."),
        Check("weapons", "IED", "Une bombe artisanale a visé un convoi de la coalition près de la base d'Aïn al-Assad, selon une source de sécurité, et les dégâts sont limités selon le commandement de la coalition."),
        Check("weapons", "artillery", "Des tirs d'artillerie ont visé la base d'Aïn al-Assad dans la nuit, selon une source de sécurité."),
        Check("weapons", "drone", "Un avion sans pilote a visé la base d'Aïn al-Assad dans la nuit, selon une source de sécurité, et les dégâts sont limités selon le commandement de la coalition."),
        Check("us_killed", "0", "Deux roquettes ont visé la base d'Aïn al-Assad dans la nuit. L'attaque n'a fait aucune victime parmi les soldats américains, selon une source."),
        Check("us_injured", "0", "Deux roquettes ont visé la base d'Aïn al-Assad dans la nuit sans causer de blessés parmi les soldats américains, selon une source."),
        Check("us_killed", "3", "Trois soldats américains ont été tués et des dizaines blessés dans une attaque de drone contre la base Tour 22, en Jordanie, selon le Pentagone."),
        Check("us_killed", "1", "Un soldat américain est décédé des suites de ses blessures après une attaque de drone contre la base d'Aïn al-Assad, selon le Pentagone."),
        Check("us_injured", nil, "Un drone a visé la base d'Aïn al-Assad dans la nuit. Quatre soldats américains sont examinés pour des traumatismes crâniens, selon le Pentagone."),
        Check("us_injured", "8", "Un drone a visé la base d'Aïn al-Assad dans la nuit. Huit militaires américains ont été légèrement blessés et ont depuis repris leur service, selon le Pentagone."),
        Check("us_injured", "2", "Un drone a visé la base d'Aïn al-Assad dans la nuit. Deux personnels américains ont été blessés, selon le Pentagone."),
        Check("us_injured", nil, "Un drone a visé la base d'Aïn al-Assad dans la nuit. Trois sous-traitants américains ont été blessés, selon le Pentagone."),
        Check("us_injured", "3", "Un drone a visé la base d'Aïn al-Assad dans la nuit. Trois soldats américains grièvement blessés ont été évacués vers l'Allemagne, selon le Pentagone."),
        Check("kind", "attack", "Des roquettes ont visé les forces de la coalition à Aïn al-Assad dans la nuit, selon une source de sécurité."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Deux drones ont visé la base d'Aïn al-Assad dans la nuit. La Résistance islamique en Irak a revendiqué l'attaque dans un communiqué publié sur Telegram."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Deux drones ont visé dans la nuit la base d'Aïn al-Assad, où sont stationnés des soldats américains. La Résistance islamique en Irak a publié sur Telegram un communiqué affirmant avoir visé la base avec des drones."),
        Check("claimed_by", "Kataib Hezbollah", "Deux drones ont visé la base d'Aïn al-Assad dans la nuit. Les Brigades du Hezbollah ont revendiqué l'attaque sur leur chaîne Telegram."),
        Check("location", "Erbil Air Base", "Un drone a visé la base aérienne d'Erbil dans la nuit, sans faire de victimes, selon une source de sécurité."),
        Check("location", "Erbil Air Base", "Un drone a visé l'aéroport d'Erbil dans la nuit, sans faire de victimes, selon une source de sécurité."),
        Check("location", "US Embassy Baghdad", "Des roquettes ont visé l'ambassade américaine à Bagdad dans la nuit, sans faire de victimes, selon une source de sécurité."),
        Check("location", "Conoco gas field", "Des roquettes ont visé la base du champ gazier de Conoco dans la nuit, sans faire de victimes, selon une source de sécurité."),
        Check("location", "Al-Omar oil field (Green Village)", "Des roquettes ont visé la base du champ pétrolier d'Al-Omar dans la nuit, sans faire de victimes, selon une source de sécurité."),
        Check("location", "Hassaké", "Des roquettes ont visé une base de la coalition près de Hassaké dans la nuit, sans faire de victimes, selon une source de sécurité."),
        Check("country", "Syria", "Des roquettes ont visé une base de la coalition dans la province de Deir ez-Zor dans la nuit, sans faire de victimes, selon une source de sécurité."),
        Check("location", "Union III", "Des roquettes ont visé la base Union III dans la Zone verte de Bagdad dans la nuit, sans faire de victimes, selon une source de sécurité."),
        Check("kind", "us_strike", "Des avions américains ont mené des frappes aériennes contre des positions du Hezbollah irakien à Al-Qaïm, en représailles, selon le Pentagone."),
        Check("weapons", "air strike", "Des avions américains ont mené des raids aériens contre des positions du Hezbollah irakien à Al-Qaïm, en représailles, selon le Pentagone."),
        Check("location", "Erbil Air Base", "Un drone a visé l'aéroport d'Arbil, dans le nord de l'Irak, sans faire de victimes, selon les services de sécurité de la région."),
        Check("location", "Al-Tanf Garrison", "Un drone a visé la base d'Al-Tanaf, dans le sud de la Syrie, sans faire de victimes, selon les forces de la coalition."),
        Check("location", "Al-Shaddadi", "Des roquettes ont visé la base de Chaddadi, dans le nord-est de la Syrie, sans faire de victimes, selon les forces de la coalition."),
        Check("location", "Conoco gas field", "Des roquettes ont visé la base du champ gazier de Conoco, dans l'est de la Syrie, sans faire de victimes, selon les forces de la coalition."),
        Check("country", "Syria", "Des roquettes ont visé une base de la coalition à Deir Ezzor, dans l'est de la Syrie, sans faire de victimes, selon les forces de la coalition."),
        Check("location", "Victory Base Complex", "Des roquettes ont visé l'aéroport de Bagdad, où sont stationnés des soldats américains, sans faire de victimes, selon les services de sécurité."),
        Check("us_injured", "3", "Un drone a visé la base d'Aïn al-Assad dans la nuit de dimanche à lundi, blessant trois soldats américains, selon le Pentagone et les forces de la coalition."),
        Check("us_killed", "2", "Un drone a visé la base d'Aïn al-Assad dans la nuit de dimanche à lundi, tuant deux soldats américains, selon le Pentagone et les forces de la coalition."),
        Check("us_injured", nil, "Un drone a visé la base d'Aïn al-Assad dans la nuit. Trois membres de la coalition ont été blessés, selon le Pentagone et les forces irakiennes."),
        Check("claimed_by", nil, "Deux roquettes ont visé dans la nuit la base d'Aïn al-Assad, où sont stationnés des soldats américains. La plupart des attaques de ces dernières semaines ont été revendiquées par la Résistance islamique en Irak."),
    ]

    @Test(arguments: french) func frenchCopy(_ check: Check) { verify(check) }

    static let german: [Check] = [
        Check("us_injured", "13", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind dreizehn US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "21", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind einundzwanzig US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "40", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind vierzig US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "about 12", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak ist ein Dutzend US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "about 10", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind etwa zehn US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "at least 4", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind mindestens vier US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "more than 30", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind mehr als dreißig US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "dozens", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind Dutzende US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "17", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind siebzehn US-Soldaten verletzt worden, teilte das Pentagon mit."),
        Check("us_injured", "several", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind einige US-Soldaten leicht verletzt worden, teilte das Pentagon mit."),
        Check("date", "2024-02-04", "Am Sonntag haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2024-02-05", "Gestern Abend haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2024-02-06", "In der Nacht haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2024-02-06", "Heute Morgen haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2024-02-04", "In der Nacht zum Montag haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2024-02-08", published: "2024-02-15", "Vergangene Woche haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2024-01-03", "Am 3. Januar haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2023-11-17", "Am 17. November haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2024-02-05", "Am späten Montag haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("date", "2024-02-05", "Am Montagabend haben Drohnen den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("weapons", "rocket", "Der Stützpunkt Ain al-Assad im Westen des Irak ist am Montag unter Raketenbeschuss geraten, teilte das Pentagon mit."),
        Check("weapons", "rocket", "Mehrere Katjuscha-Raketen sind am Montag auf dem Stützpunkt Ain al-Assad im Westen des Irak eingeschlagen, teilte das Pentagon mit."),
        Check("weapons", "mortar", "Mörsergranaten sind am Montag auf dem Stützpunkt Ain al-Assad im Westen des Irak eingeschlagen, teilte das Pentagon mit."),
        Check("weapons", "mortar", "Bei einem Mörserangriff auf den Stützpunkt Ain al-Assad im Westen des Irak wurde am Montag niemand verletzt, teilte das Pentagon mit."),
        Check("weapons", "drone", "Eine Kamikazedrohne hat am Montag den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("weapons", "drone", "Eine Selbstmorddrohne hat am Montag den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, teilte das Pentagon mit."),
        Check("weapons", "ballistic missile", "Ballistische Raketen haben am Montag den Stützpunkt Ain al-Assad im Westen des Irak getroffen, teilte das Pentagon mit."),
        Check("weapons", "cruise missile", "Ein Marschflugkörper hat am Montag den Stützpunkt Ain al-Assad im Westen des Irak getroffen, teilte das Pentagon mit."),
        Check("weapons", "IED", "Ein Sprengsatz ist am Montag neben einem Konvoi der Koalition nahe dem Stützpunkt Ain al-Assad im Westen des Irak explodiert, teilte das Pentagon mit."),
        Check("weapons", "IED", "Eine Straßenbombe ist am Montag neben einem Konvoi der Koalition nahe dem Stützpunkt Ain al-Assad im Westen des Irak explodiert, teilte das Pentagon mit."),
        Check("weapons", "artillery", "Der Stützpunkt Ain al-Assad im Westen des Irak ist am Montag mit Artillerie beschossen worden, teilte das Pentagon mit."),
        Check("us_killed", "0", "Drohnen haben am Montag den Stützpunkt Ain al-Assad im Westen des Irak angegriffen. Es gab keine Opfer unter den US-Soldaten, teilte das Pentagon mit."),
        Check("us_injured", "0", "Drohnen haben am Montag den Stützpunkt Ain al-Assad im Westen des Irak angegriffen, ohne Opfer zu verursachen, teilte das Pentagon mit."),
        Check("us_killed", "3", "Bei einem Drohnenangriff auf den Stützpunkt Tower 22 in Jordanien sind am Sonntag drei US-Soldaten getötet worden, teilte das Pentagon mit."),
        Check("us_killed", "1", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak ist am Sonntag ein US-Soldat ums Leben gekommen, teilte das Pentagon mit."),
        Check("us_killed", "2", "Bei einem Drohnenangriff auf den Stützpunkt Ain al-Assad im Westen des Irak sind am Sonntag zwei US-Soldaten gestorben, teilte das Pentagon mit."),
        Check("us_injured", nil, "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Vier US-Soldaten werden auf Schädel-Hirn-Traumata untersucht, teilte das Pentagon mit."),
        Check("us_injured", "5", "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Fünf US-Soldaten wurden leicht verletzt und haben ihren Dienst wieder aufgenommen, teilte das Pentagon mit."),
        Check("us_injured", "2", "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Zwei Soldaten wurden schwer verletzt und ausgeflogen, teilte das US-Militär mit."),
        Check("us_injured", nil, "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Drei US-amerikanische Vertragsarbeiter wurden verletzt, teilte das Pentagon mit."),
        Check("us_injured", "3", "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Drei US-amerikanische Soldaten wurden verletzt, teilte das Pentagon mit."),
        Check("us_injured", "2", "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Zwei amerikanische Militärangehörige wurden verletzt, teilte das Pentagon mit."),
        Check("kind", "attack", "Drohnen haben am Montag die Koalitionstruppen auf dem Stützpunkt Ain al-Assad angegriffen, teilte ein Sprecher mit."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Der Islamische Widerstand im Irak bekannte sich auf Telegram zu dem Angriff."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Der Islamische Widerstand im Irak übernahm die Verantwortung für den Angriff."),
        Check("claimed_by", "Kataib Hezbollah", "Drohnen haben am Montag den Stützpunkt Ain al-Assad angegriffen. Die Hisbollah-Brigaden bekannten sich zu dem Angriff."),
        Check("location", "Erbil Air Base", "Eine Drohne hat am Montag den Luftwaffenstützpunkt Erbil im Norden des Irak angegriffen, verletzt wurde niemand."),
        Check("location", "Erbil Air Base", "Eine Drohne hat am Montag den Flughafen von Erbil im Norden des Irak angegriffen, verletzt wurde niemand."),
        Check("location", "US Embassy Baghdad", "Bei einem Raketenangriff auf die US-Botschaft in Bagdad wurde am Montag niemand verletzt, teilte ein Sprecher der Botschaft mit."),
        Check("location", "Bagdad", "Raketen sind am Montag in Bagdad eingeschlagen, die auf die US-Truppen zielten, verletzt wurde niemand, teilte ein Sprecher mit."),
        Check("location", "Conoco gas field", "Raketen haben am Montag den Stützpunkt im Gasfeld Conoco im Osten Syriens angegriffen, verletzt wurde niemand, teilte ein Sprecher mit."),
        Check("country", "Syria", "Raketen haben am Montag einen Stützpunkt der Koalition in der Provinz Deir ez-Sor angegriffen, verletzt wurde niemand, teilte ein Sprecher mit."),
        Check("location", "Ain al-Asad Air Base", "Die Abschussorte der Raketen lagen nahe der Stadt, die am Montag den Stützpunkt Ain al-Assad trafen, verletzt wurde niemand."),
        Check("location", "Tower 22", "Bei einem Drohnenangriff auf den Stützpunkt Turm 22 in Jordanien sind am Sonntag drei US-Soldaten getötet worden, teilte das Pentagon mit."),
        Check("kind", "us_strike", "US-Kampfflugzeuge bombardierten am Montag als Vergeltung Stellungen der Kataib Hisbollah im Irak, teilte das Pentagon in einer Erklärung mit."),
        Check("weapons", "air strike", "Das US-Militär flog am Montag als Vergeltung Luftangriffe auf Stellungen der Kataib Hisbollah im Irak, teilte das Pentagon in einer Erklärung mit."),
        Check("location", "Al-Shaddadi", "Bei einem Raketenangriff auf den Stützpunkt Schaddadi im Nordosten Syriens wurde am Montag niemand verletzt, teilte ein Sprecher der Koalition mit."),
        Check("location", "Erbil Air Base", "Bei einem Drohnenangriff auf den Flughafen von Irbil im Norden des Irak wurde am Montag niemand verletzt, teilte ein Sprecher der Koalition mit."),
        Check("location", "Al-Tanf Garrison", "Bei einem Drohnenangriff auf den Stützpunkt al-Tanf im Süden Syriens wurde am Montag niemand verletzt, teilte ein Sprecher der Koalition mit."),
        Check("location", "Al-Omar oil field (Green Village)", "Bei einem Raketenangriff auf den Stützpunkt im Ölfeld Al-Omar im Osten Syriens wurde am Montag niemand verletzt, teilte ein Sprecher der Koalition mit."),
        Check("location", "Al-Harir Air Base", "Bei einem Drohnenangriff auf den Stützpunkt Harir im Norden des Irak wurde am Montag niemand verletzt, teilte ein Sprecher der Koalition mit."),
        Check("country", "Syria", "Bei einem Drohnenangriff auf einen Stützpunkt bei Hasaka im Nordosten Syriens wurde am Montag niemand verletzt, teilte ein Sprecher der Koalition mit."),
        Check("location", "Rumalyn Landing Zone", "Bei einem Drohnenangriff auf den Stützpunkt Rmeilan im Nordosten Syriens wurde am Montag niemand verletzt, teilte ein Sprecher der Koalition mit."),
        Check("us_killed", "3", "Eine Drohne traf am Sonntag den Stützpunkt Tower 22 in Jordanien und tötete drei US-Soldaten, teilte das Pentagon in einer Erklärung mit."),
    ]

    @Test(arguments: german) func germanCopy(_ check: Check) { verify(check) }

    static let italian: [Check] = [
        Check("us_injured", "13", "Tredici militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "17", "Diciassette militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "22", "Ventidue militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "40", "Quaranta militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "about 10", "Una decina di militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "about 20", "Una ventina di militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "at least 4", "Almeno quattro militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "more than 30", "Più di trenta militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "dozens", "Decine di militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "about 12", "Una dozzina di militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "several", "Alcuni militari statunitensi sono rimasti lievemente feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("us_injured", "15", "Quindici militari statunitensi sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, nell'ovest dell'Iraq, ha riferito il Pentagono."),
        Check("date", "2024-02-04", "Domenica due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("date", "2024-02-05", "Ieri sera due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("date", "2024-02-06", "Nella notte due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("date", "2024-02-06", "Stamattina due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("date", "2024-02-05", "Lunedì sera due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("date", "2024-02-05", "Nella tarda serata di lunedì due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("date", "2024-02-04", "Nella notte tra domenica e lunedì due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("date", "2024-02-08", published: "2024-02-15", "La settimana scorsa due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("date", "2024-01-03", "Il 3 gennaio due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("weapons", "rocket", "Tre razzi Katyusha sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("weapons", "mortar", "Colpi di mortaio sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("weapons", "drone", "Un drone kamikaze è caduto nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("weapons", "drone", "Un velivolo senza pilota è caduto nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("weapons", "ballistic missile", "Due missili balistici sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("weapons", "cruise missile", "Un missile da crociera è caduto nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("weapons", "IED", "Un ordigno esplosivo è esploso al passaggio di un convoglio della coalizione vicino alla base di Ain al-Asad, ha riferito una fonte della sicurezza."),
        Check("weapons", "IED", "Un ordigno improvvisato è esploso al passaggio di un convoglio della coalizione vicino alla base di Ain al-Asad, ha riferito una fonte della sicurezza."),
        Check("weapons", "artillery", "Colpi di artiglieria sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza."),
        Check("us_killed", "0", "Due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi. L'attacco non ha provocato vittime, ha riferito una fonte della sicurezza."),
        Check("us_injured", "0", "Due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, senza causare feriti, ha riferito una fonte della sicurezza."),
        Check("us_killed", "3", "Tre militari statunitensi sono stati uccisi e decine feriti nell'attacco con droni contro la base Tower 22 in Giordania, ha riferito il Pentagono."),
        Check("us_killed", "1", "Un militare statunitense è morto e altri due sono rimasti feriti nell'attacco con droni contro la base di Ain al-Asad, ha riferito il Pentagono."),
        Check("us_killed", "2", "Due soldati americani hanno perso la vita nell'attacco con droni contro la base di Ain al-Asad, ha riferito il Pentagono in una nota."),
        Check("us_injured", "5", "Due razzi sono caduti nella base di Ain al-Asad. Cinque militari statunitensi sono rimasti lievemente feriti e sono già tornati in servizio, ha riferito il Pentagono."),
        Check("us_injured", "2", "Due razzi sono caduti nella base di Ain al-Asad. Due militari americani gravemente feriti sono stati evacuati, ha riferito il Pentagono."),
        Check("us_injured", nil, "Due razzi sono caduti nella base di Ain al-Asad. Tre contractor americani sono rimasti feriti, ha riferito il Pentagono in una nota."),
        Check("us_injured", nil, "Due razzi sono caduti nella base di Ain al-Asad. Tre membri della coalizione sono rimasti feriti, ha riferito il Pentagono in una nota."),
        Check("kind", "attack", "Due razzi hanno colpito le forze della coalizione nella base di Ain al-Asad, ha riferito una fonte della sicurezza, senza causare feriti."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Due droni hanno colpito la base di Ain al-Asad. La Resistenza islamica in Iraq ha rivendicato l'attacco con un comunicato su Telegram."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Due droni hanno colpito la base di Ain al-Asad. La Resistenza islamica in Iraq ha diffuso un comunicato in cui afferma di aver colpito la base."),
        Check("claimed_by", "Kataib Hezbollah", "Due droni hanno colpito la base di Ain al-Asad. Le Brigate di Hezbollah hanno rivendicato l'attacco con un comunicato su Telegram."),
        Check("location", "Erbil Air Base", "Un drone ha colpito la base aerea di Erbil, nel Kurdistan iracheno, senza causare feriti, ha riferito una fonte della sicurezza."),
        Check("location", "Erbil Air Base", "Un drone ha colpito l'aeroporto di Erbil, nel Kurdistan iracheno, senza causare feriti, ha riferito una fonte della sicurezza."),
        Check("location", "US Embassy Baghdad", "Tre razzi hanno colpito l'ambasciata americana a Baghdad, nella Zona Verde, senza causare feriti, ha riferito una fonte della sicurezza."),
        Check("location", "Conoco gas field", "Tre razzi hanno colpito la base della coalizione nel giacimento di gas di Conoco, in Siria, senza causare feriti, ha riferito una fonte della sicurezza."),
        Check("country", "Syria", "Tre razzi hanno colpito una base della coalizione nella provincia di Deir el-Zor, senza causare feriti, ha riferito una fonte della sicurezza."),
        Check("location", "Tower 22", "Tre militari statunitensi sono stati uccisi nell'attacco con droni contro la base Torre 22 in Giordania, ha riferito il Pentagono."),
        Check("kind", "us_strike", "Gli Stati Uniti hanno condotto raid aerei contro le milizie filo-iraniane in Iraq, in rappresaglia per l'attacco, ha riferito il Pentagono."),
        Check("weapons", "air strike", "Gli Stati Uniti hanno condotto raid aerei contro le milizie filo-iraniane in Iraq, in rappresaglia per l'attacco, ha riferito il Pentagono."),
        Check("location", "Erbil Air Base", "Un drone ha colpito l'aeroporto di Erbil, nel Kurdistan iracheno, senza causare feriti, ha riferito una fonte della sicurezza della regione."),
        Check("location", "Victory Base Complex", "Tre razzi hanno colpito l'aeroporto di Baghdad, dove sono presenti militari americani, senza causare feriti, ha riferito una fonte della sicurezza."),
        Check("location", "Al-Shaddadi", "Tre razzi hanno colpito la base di Shaddadi, nel nord-est della Siria, senza causare feriti, ha riferito una fonte della coalizione."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Due droni hanno colpito la base di Ain al-Asad, nell'ovest dell'Iraq. L'attacco è stato rivendicato dalla Resistenza islamica in Iraq con un comunicato."),
        Check("us_injured", "3", "Un drone ha colpito la base di Ain al-Asad nella notte tra domenica e lunedì, ferendo tre militari americani, ha riferito il Pentagono in una nota."),
        Check("us_killed", "2", "Un drone ha colpito la base di Ain al-Asad nella notte tra domenica e lunedì, uccidendo due militari americani, ha riferito il Pentagono in una nota."),
        Check("claimed_by", nil, "Due razzi sono caduti nella base di Ain al-Asad, che ospita militari statunitensi, ha riferito una fonte della sicurezza. Gran parte degli attacchi delle ultime settimane è stata rivendicata dalla Resistenza islamica in Iraq."),
    ]

    @Test(arguments: italian) func italianCopy(_ check: Check) { verify(check) }

    static let portuguese: [Check] = [
        Check("us_injured", "13", "Treze militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "16", "Dezesseis militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "22", "Vinte e dois militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "40", "Quarenta militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "about 10", "Cerca de dez militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "about 10", "Uma dezena de militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "at least 4", "Pelo menos quatro militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "more than 30", "Mais de trinta militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "dozens", "Dezenas de militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "about 12", "Uma dúzia de militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "several", "Alguns militares norte-americanos ficaram ligeiramente feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "11", "Onze militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "14", "Catorze militares norte-americanos ficaram feridos no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("date", "2024-02-04", "No domingo, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("date", "2024-02-05", "Na segunda-feira à noite, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("date", "2024-02-05", "Ontem à noite, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("date", "2024-02-06", "Durante a madrugada, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("date", "2024-02-06", "Esta manhã, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("date", "2024-02-08", published: "2024-02-15", "Na semana passada, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("date", "2024-01-03", "Em 3 de janeiro, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("date", "2024-02-03", "No sábado, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("date", "2024-02-05", "Na noite de segunda-feira, dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("weapons", "rocket", "Três foguetes Katyusha atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("weapons", "mortar", "Disparos de morteiro atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("weapons", "drone", "Um drone suicida atingiu a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("weapons", "drone", "Um veículo aéreo não tripulado atingiu a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("weapons", "ballistic missile", "Dois mísseis balísticos atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("weapons", "cruise missile", "Um míssil de cruzeiro atingiu a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("weapons", "IED", "Um artefato explosivo atingiu um comboio da coalizão perto da base de Ain al-Assad, no oeste do Iraque, segundo uma fonte de segurança."),
        Check("weapons", "IED", "Uma bomba caseira atingiu um comboio da coalizão perto da base de Ain al-Assad, no oeste do Iraque, segundo uma fonte de segurança."),
        Check("weapons", "artillery", "Disparos de artilharia atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, segundo uma fonte de segurança."),
        Check("us_killed", "0", "Dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA. O ataque não causou vítimas, segundo uma fonte de segurança."),
        Check("us_injured", "0", "Dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque, onde estão militares dos EUA, sem causar feridos, segundo uma fonte de segurança."),
        Check("us_killed", "3", "Três militares norte-americanos foram mortos e dezenas ficaram feridos no ataque com drones contra a base Torre 22, na Jordânia, segundo o Pentágono."),
        Check("us_killed", "1", "Um militar norte-americano morreu no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_killed", "2", "Dois soldados norte-americanos perderam a vida no ataque com drones contra a base de Ain al-Assad, no oeste do Iraque, segundo o Pentágono."),
        Check("us_injured", "5", "Dois foguetes atingiram a base de Ain al-Assad. Cinco militares norte-americanos ficaram ligeiramente feridos e já regressaram ao serviço, segundo o Pentágono."),
        Check("us_injured", "2", "Dois foguetes atingiram a base de Ain al-Assad. Dois militares norte-americanos ficaram gravemente feridos e foram evacuados, segundo o Pentágono."),
        Check("us_injured", nil, "Dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque. Três prestadores de serviços norte-americanos ficaram feridos, segundo o Pentágono."),
        Check("us_injured", nil, "Dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque. Três membros da coligação ficaram feridos, segundo o Pentágono."),
        Check("us_injured", "3", "Dois foguetes atingiram a base de Ain al-Assad, no oeste do Iraque. Três soldados estadunidenses ficaram feridos, segundo o Pentágono."),
        Check("kind", "attack", "Dois foguetes atingiram as forças da coalizão na base de Ain al-Assad, no oeste do Iraque, sem causar feridos, segundo uma fonte de segurança."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Dois drones atingiram a base de Ain al-Assad, no oeste do Iraque. A Resistência Islâmica no Iraque reivindicou o ataque num comunicado publicado no Telegram."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Dois drones atingiram a base de Ain al-Assad, no oeste do Iraque. A Resistência Islâmica no Iraque divulgou um comunicado em que afirma ter atacado a base."),
        Check("claimed_by", "Kataib Hezbollah", "Dois drones atingiram a base de Ain al-Assad, no oeste do Iraque. As Brigadas do Hezbollah reivindicaram o ataque num comunicado publicado no Telegram."),
        Check("location", "Erbil Air Base", "Um drone atingiu a base aérea de Erbil, no Curdistão iraquiano, sem causar feridos, segundo uma fonte de segurança."),
        Check("location", "Erbil Air Base", "Um drone atingiu o aeroporto de Erbil, no Curdistão iraquiano, sem causar feridos, segundo uma fonte de segurança."),
        Check("location", "US Embassy Baghdad", "Três foguetes atingiram a embaixada dos EUA em Bagdá, sem causar feridos, segundo uma fonte de segurança."),
        Check("location", "Zona Verde", "Três foguetes caíram na Zona Verde de Bagdade, onde estão as forças da coalizão, sem causar feridos, segundo uma fonte de segurança no local."),
        Check("location", "Conoco gas field", "Três foguetes atingiram a base da coalizão no campo de gás de Conoco, na Síria, sem causar feridos, segundo uma fonte de segurança."),
        Check("country", "Syria", "Três foguetes atingiram uma base da coalizão na província de Deir ez-Zor, sem causar feridos, segundo uma fonte de segurança."),
        Check("location", "Tower 22", "Três militares norte-americanos foram mortos no ataque com drones contra a base Torre 22, na Jordânia, segundo o Pentágono."),
        Check("kind", "us_strike", "Os Estados Unidos realizaram ataques aéreos contra milícias pró-iranianas no Iraque, em retaliação pelo ataque, segundo o Pentágono."),
        Check("weapons", "air strike", "Os Estados Unidos realizaram ataques aéreos contra milícias pró-iranianas no Iraque, em retaliação pelo ataque, segundo o Pentágono."),
        Check("location", "Victory Base Complex", "Três foguetes atingiram o aeroporto de Bagdá, onde estão militares dos EUA, sem causar feridos, segundo uma fonte de segurança."),
        Check("location", "US Embassy Baghdad", "Três foguetes atingiram a embaixada norte-americana em Bagdade, na Zona Verde, sem causar feridos, segundo uma fonte de segurança."),
        Check("location", "Al-Tanf Garrison", "Um drone atingiu a base de Al-Tanf, no sul da Síria, onde estão militares dos EUA, sem causar feridos, segundo uma fonte de segurança."),
        Check("us_killed", "3", "O ataque com drones contra a base Torre 22, na Jordânia, matou três militares norte-americanos e feriu dezenas, segundo o Pentágono."),
        Check("country", "Syria", "Um drone atingiu no domingo uma base da coalizão na Síria, onde estão militares dos EUA, sem causar feridos, segundo uma fonte de segurança."),
    ]

    @Test(arguments: portuguese) func portugueseCopy(_ check: Check) { verify(check) }

    static let spanish: [Check] = [
        Check("us_injured", "13", "Trece militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "16", "Dieciséis militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "22", "Veintidós militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "34", "Treinta y cuatro militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "40", "Cuarenta militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "about 10", "Una decena de militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "about 10", "Unos diez militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "at least 4", "Al menos cuatro militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "more than 30", "Más de treinta militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "dozens", "Decenas de militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "about 12", "Una docena de militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "several", "Algunos militares estadounidenses resultaron levemente heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "11", "Once militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "15", "Quince militares estadounidenses resultaron heridos en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("date", "2024-02-04", "El domingo, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("date", "2024-02-05", "Anoche, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("date", "2024-02-05", "Ayer por la noche, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("date", "2024-02-06", "Esta mañana, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("date", "2024-02-06", "De madrugada, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("date", "2024-02-05", "El lunes por la noche, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("date", "2024-02-08", published: "2024-02-15", "La semana pasada, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("date", "2024-01-03", "El 3 de enero, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("date", "2024-02-05", "A última hora del lunes, dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("weapons", "rocket", "Tres cohetes Katyusha impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("weapons", "mortar", "Proyectiles de mortero impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("weapons", "drone", "Un dron kamikaze impactó en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("weapons", "drone", "Un vehículo aéreo no tripulado impactó en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("weapons", "ballistic missile", "Dos misiles balísticos impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("weapons", "cruise missile", "Un misil de crucero impactó en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("weapons", "IED", "Un artefacto explosivo alcanzó un convoy de la coalición cerca de la base de Ain al Asad, en el oeste de Irak, según una fuente de seguridad, según informaron los medios locales y el ejército."),
        Check("weapons", "IED", "Una bomba de fabricación casera alcanzó un convoy de la coalición cerca de la base de Ain al Asad, en el oeste de Irak, según una fuente de seguridad, según informaron los medios locales y el ejército."),
        Check("weapons", "artillery", "Disparos de artillería impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, según una fuente de seguridad."),
        Check("us_killed", "0", "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos. El ataque no causó víctimas, según una fuente de seguridad."),
        Check("us_injured", "0", "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, donde hay tropas de Estados Unidos, sin causar heridos, según una fuente de seguridad."),
        Check("us_killed", "3", "Tres militares estadounidenses murieron y decenas resultaron heridos en el ataque con drones contra la base Torre 22, en Jordania, según el Pentágono, según informaron los medios locales y el ejército."),
        Check("us_killed", "1", "Un militar estadounidense perdió la vida en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_killed", "2", "Dos soldados estadounidenses fallecieron en el ataque con drones contra la base de Ain al Asad, en el oeste de Irak, según el Pentágono."),
        Check("us_injured", "5", "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak. Cinco militares estadounidenses resultaron levemente heridos y ya regresaron al servicio, según el Pentágono."),
        Check("us_injured", "2", "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak. Dos militares estadounidenses resultaron gravemente heridos y fueron evacuados, según el Pentágono."),
        Check("us_injured", nil, "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak. Tres contratistas estadounidenses resultaron heridos, según el Pentágono, según informaron los medios locales y el ejército."),
        Check("us_injured", "3", "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak. Tres efectivos estadounidenses resultaron heridos, según informaron los medios locales y el ejército."),
        Check("us_injured", "3", "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak. Tres soldados norteamericanos resultaron heridos, según el Pentágono, según informaron los medios locales y el ejército."),
        Check("kind", "attack", "Dos cohetes alcanzaron a las fuerzas de la coalición en la base de Ain al Asad, en el oeste de Irak, sin causar heridos, según una fuente de seguridad, según informaron los medios locales y el ejército."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Dos drones impactaron en la base de Ain al Asad, en el oeste de Irak. La Resistencia Islámica en Irak reivindicó el ataque en un comunicado publicado en Telegram, según informaron los medios locales y el ejército."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Dos drones impactaron en la base de Ain al Asad, en el oeste de Irak. La Resistencia Islámica en Irak difundió un comunicado en el que afirma haber atacado la base, según informaron los medios locales y el ejército."),
        Check("claimed_by", "Kataib Hezbollah", "Dos drones impactaron en la base de Ain al Asad, en el oeste de Irak. Las Brigadas de Hezbolá reivindicaron el ataque en un comunicado publicado en Telegram, según informaron los medios locales y el ejército."),
        Check("location", "Erbil Air Base", "Un dron impactó en la base aérea de Erbil, en el Kurdistán iraquí, sin causar heridos, según una fuente de seguridad de la región, según informaron los medios locales y el ejército."),
        Check("location", "Erbil Air Base", "Un dron impactó en el aeropuerto de Erbil, en el Kurdistán iraquí, sin causar heridos, según una fuente de seguridad de la región, según informaron los medios locales y el ejército."),
        Check("location", "US Embassy Baghdad", "Tres cohetes impactaron en la embajada estadounidense en Bagdad, sin causar heridos, según una fuente de seguridad de la embajada, según informaron los medios locales y el ejército."),
        Check("location", "Conoco gas field", "Tres cohetes impactaron en la base de la coalición en el campo de gas de Conoco, en Siria, sin causar heridos, según una fuente de seguridad, según informaron los medios locales y el ejército."),
        Check("country", "Syria", "Tres cohetes impactaron en una base de la coalición en la provincia de Deir ez Zor, sin causar heridos, según una fuente de seguridad, según informaron los medios locales y el ejército."),
        Check("location", "Tower 22", "Tres militares estadounidenses murieron en el ataque con drones contra la base Torre 22, en Jordania, según el Pentágono, según informaron los medios locales y el ejército."),
        Check("kind", "us_strike", "Estados Unidos llevó a cabo ataques aéreos contra las milicias proiraníes en Irak, en represalia por el ataque, según el Pentágono."),
        Check("weapons", "air strike", "Estados Unidos llevó a cabo ataques aéreos contra las milicias proiraníes en Irak, en represalia por el ataque, según el Pentágono."),
        Check("location", "Victory Base Complex", "Tres cohetes impactaron en el aeropuerto de Bagdad, donde hay tropas de Estados Unidos, sin causar heridos, según informaron los medios locales y el ejército."),
        Check("location", "Al-Tanf Garrison", "Un dron impactó en la base de Al Tanf, en el sur de Siria, donde hay tropas de Estados Unidos, sin causar heridos, según informaron los medios locales."),
        Check("location", "US Embassy Baghdad", "Tres cohetes impactaron en la embajada norteamericana en Bagdad, sin causar heridos, según informaron los medios locales y el ejército."),
        Check("us_killed", "3", "El ataque con drones contra la base Torre 22, en Jordania, mató a tres militares estadounidenses y dejó decenas de heridos, según informaron los medios locales."),
        Check("weapons", "IED", "Un artefacto explosivo estalló al paso de un convoy de la coalición cerca de la base de Ain al Asad, según informaron los medios locales y el ejército."),
        Check("claimed_by", "Islamic Resistance in Iraq", "Dos drones impactaron en la base de Ain al Asad, en el oeste de Irak. La Resistencia Islámica en Irak afirmó en un comunicado difundido en Telegram haber atacado la base, según informaron el Pentágono y los medios locales."),
        Check("us_injured", nil, "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak. Tres miembros de la coalición resultaron heridos, según informaron los medios locales y el ejército."),
        Check("claimed_by", nil, "Dos cohetes impactaron en la base de Ain al Asad, en el oeste de Irak, según los medios locales. La mayoría de los ataques de las últimas semanas fueron reivindicados por la Resistencia Islámica en Irak."),
    ]

    @Test(arguments: spanish) func spanishCopy(_ check: Check) { verify(check) }
}
