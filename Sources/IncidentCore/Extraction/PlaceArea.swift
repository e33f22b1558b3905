/// A town, district or province that places an attack without naming the base: "a base in the
/// al-Baghdadi district" (Ain al-Asad), "the coalition base in Hasakah" (one of six), "Nineveh province"
/// (Iraq, no base we know).
struct PlaceArea: Sendable {
    var names: [String]
    var country: String
    /// Canonical gazetteer names of the bases in or next to the area.
    var bases: [String]
    /// A province or region (Hasakah, Kurdistan): too wide to make a sentence about a US base by itself.
    var isRegion = false

    /// Areas named in this reporting, with the spellings seen in wire copy and translations.
    static let known: [PlaceArea] = [
        PlaceArea(names: ["al-Baghdadi", "Baghdadi"], country: "Iraq", bases: ["Ain al-Asad Air Base"]),
        PlaceArea(names: ["Anbar", "al-Anbar"], country: "Iraq", bases: ["Ain al-Asad Air Base"], isRegion: true),
        PlaceArea(names: ["Khasham"], country: "Syria", bases: ["Conoco gas field"]),
        // Spellings from Arabic and Kurdish that no rule of the matcher reaches: Koniko (Conoco), Hareer
        // (Harir), Derik (the Kurdish name of al-Malikiyah), Hewlêr (Erbil).
        PlaceArea(names: ["Koniko", "Kuniko", "Konoko"], country: "Syria", bases: ["Conoco gas field"]),
        PlaceArea(names: ["Hareer", "al-Hareer"], country: "Iraq", bases: ["Al-Harir Air Base"]),
        // Hewlêr (Hawler): the Kurdish name of Erbil, as Kurdish outlets write it in English ("Hewlêr International Airport").
        PlaceArea(names: ["Hewlêr", "Hewler", "Hawler", "Hawlêr"], country: "Iraq", bases: ["Erbil Air Base"]),
        // "Victory base", "Victoria base" (Iraqi outlets; only with a site word: "victory comes from God" is no place).
        PlaceArea(names: ["Victory", "Victoria"], country: "Iraq", bases: ["Victory Base Complex"]),
        PlaceArea(names: ["Derik", "Dayrik", "Malikiya", "al-Malikiya", "Maalikiya"], country: "Syria", bases: ["Al-Malikiyah"]),
        PlaceArea(names: ["Rmelan", "Rmeilan", "Rumeilan", "Rmeilane"], country: "Syria", bases: ["Rumalyn Landing Zone"]),
        PlaceArea(names: ["Ruwaished", "Rweished"], country: "Jordan", bases: ["Tower 22"]),
        PlaceArea(names: ["Kurdistan", "Kurdistan region"], country: "Iraq", bases: ["Erbil Air Base", "Al-Harir Air Base"], isRegion: true),
        PlaceArea(names: ["Green Zone"], country: "Iraq", bases: ["Union III", "US Embassy Baghdad"]),
        PlaceArea(names: ["Hasakah", "Hasakeh", "Hassakeh", "Hasaka", "Hassake", "Hassaké", "Hasseke"],
                  country: "Syria",
                  bases: ["Al-Shaddadi", "Rumalyn Landing Zone", "Kharab al-Jir", "Tal Baydar", "Qasrak", "Al-Malikiyah"], isRegion: true),
        PlaceArea(names: ["Deir ez-Zor", "Deir ez-Zour", "Deir al-Zor", "Deir Ezzor", "Deir Ezzor", "Dayr az-Zawr",
                          "Deir el-Zor", "Deir Ez Zor", "Deir Essor", "Deir ez-Sor", "Deir es-Sor", "Deir as-Saur"],
                  country: "Syria",
                  bases: ["Conoco gas field", "Al-Omar oil field (Green Village)", "Mission Support Site Euphrates"], isRegion: true),
        PlaceArea(names: ["Baghdad", "Bagdad", "Bagdá", "Bagdade", "Iraqi capital"], country: "Iraq", bases: ["Union III", "US Embassy Baghdad", "Victory Base Complex"], isRegion: true),
        // Places that name a country but no base we know (launch sites, US strike targets, other sites).
        // Provinces: wider than the town the same story names ("in Dhi Qar governorate, near the city of Nasiriyah").
        PlaceArea(names: ["Nineveh", "Ninawa", "Ninive", "Salahuddin", "Salah al-Din", "Diyala", "Babil", "Babylon", "Qadisiyah",
                          "Dhi Qar", "Muthanna", "Wasit", "Maysan"],
                  country: "Iraq", bases: [], isRegion: true),
        PlaceArea(names: ["Mosul", "Kirkuk", "Duhok", "Dohuk", "Sulaymaniyah", "Najaf", "Karbala", "Basra", "Jurf al-Sakhar",
                          "Jurf al-Nasr", "Qaim", "al-Qaim", "Rabia", "Zummar",
                          // Towns that lend their name to a base (Balad Air Base, Camp Taji, Qayyarah Airfield
                          // West, Camp Besmaya): the town when no site word goes with it.
                          "Balad", "Taji", "Tadschi", "Qayyarah", "Qayyara", "Qayara", "al-Qayyarah", "Besmaya", "Besmayah",
                          "Bismaya", "Bismayah", "Basmaya",
                          // Towns where convoys and Iraqi forces were hit.
                          "Diwaniyah", "Diwaniya", "Nasiriyah", "Samawah", "Amarah", "Hillah", "Hilla", "Fallujah", "Ramadi", "Tikrit", "Samarra", "Baqubah",
                          "Sinjar", "Tal Afar", "Abu Ghraib", "Yusufiyah", "Latifiyah", "Sulaimaniyah", "Halabja",
                          // Towns on the convoy routes north from Kuwait and west to Jordan.
                          "Musayyib", "al-Musayyib", "Musayib", "Zubair", "al-Zubair", "Rutba", "al-Rutba", "Rumaitha",
                          "al-Rumaitha", "Iskandariya", "Mahmudiya", "Kut", "Haditha", "Baiji"],
                  country: "Iraq", bases: []),
        PlaceArea(names: ["Homs", "Raqqa", "Damascus", "Aleppo", "Mayadin", "Mayadeen", "Albu Kamal", "Abu Kamal", "Bukamal",
                          "Palmyra", "Qamishli",
                          "Manbij", "Kobani", "Tabqa", "Daraa", "Suwayda", "Idlib", "Latakia", "Tartus", "Hama",
                          "Hajin", "Shuhail", "Busayrah", "Diban", "Tadmur"],
                  country: "Syria", bases: []),
        PlaceArea(names: ["Mafraq"], country: "Jordan", bases: ["Tower 22"]),
        PlaceArea(names: ["Amman", "Azraq", "Zarqa", "Irbid", "Aqaba"], country: "Jordan", bases: []),
    ]
}
