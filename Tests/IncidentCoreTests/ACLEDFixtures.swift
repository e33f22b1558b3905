import Foundation

/// Small ACLED exports written by hand in each layout generation, with the awkward parts real
/// files have: a byte-order mark, CRLF line ends, a quoted note spread over lines with commas and
/// doubled quotes, an accented place name, and a row with an impossible date.
enum ACLEDFixtures {
    static let currentHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"

    static func currentRows(fatalitiesOfFirst: Int = 0, timestampOfFirst: Int = 1_706_000_000) -> [String] {
        [
            "IRQ1001,2024-01-20,2024,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,Islamic Resistance in Iraq,Kataib Hezbollah,3,Military Forces of the United States (2021-),,8,38,,368,Middle East,Iraq,Al Anbar,Hit,,Ain al-Asad Airbase,33.7856,42.4412,1,Reuters; Al Mayadeen,Mixed,\"On 20 January 2024, the Islamic Resistance in Iraq fired ballistic missiles and rockets at \"\"Ain al-Asad\"\" airbase, Al Anbar.\r\nSeveral US personnel were evaluated for brain injuries.\",\(fatalitiesOfFirst),,\(timestampOfFirst)",
            "SYR2002,2024-01-28,2024,1,Political violence,Explosions/Remote violence,Air/drone strike,Islamic Resistance in Iraq,,3,Military Forces of the United States (2021-),,8,38,,760,Middle East,Syria,Al-Ḥasakah,,,Al-Ḥasakah,36.5024,40.7477,2,Shafaq News,National,A one-way attack UAV struck the coalition base near Al-Ḥasakah.,0,,1706500000",
            "IRQ1003,2024-13-45,2024,1,Political violence,Explosions/Remote violence,Air/drone strike,Unidentified Armed Group (Iraq),,3,,,0,30,,368,Middle East,Iraq,Erbil,,,Erbil,36.19,44.01,1,Rudaw,National,Impossible date.,0,,1706600000",
            "JOR3003,2024-01-27,2024,2,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,Unidentified Armed Group (Jordan),,3,,,0,30,,400,Middle East,Jordan,Mafraq,,,Rukban,33.31,38.69,3,Petra,National,An explosive device went off on the road near Rukban.,2,,1706700000",
            "IRQ1004,2024-02-15,2024,3,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of the United States (2021-),,8,Kataib Hezbollah,,3,38,,368,Middle East,Iraq,Baghdad,,,Baghdad,33.31,44.36,1,CENTCOM,International,US forces struck a vehicle carrying militia leaders in Baghdad.,3,,1708000000",
            "IRQ1005,2024-02-16,2024,1,Political violence,Battles,Armed clash,Kataib Hezbollah,,3,Military Forces of Iraq (2022-),,1,13,,368,Middle East,Iraq,Diyala,,,Baqubah,33.75,44.64,1,Iraqi News Agency,National,,1,,1708100000",
        ]
    }

    /// The current layout with a byte-order mark and CRLF line ends.
    static func current(fatalitiesOfFirst: Int = 0, timestampOfFirst: Int = 1_706_000_000) -> Data {
        Data(("\u{FEFF}" + ([currentHeader] + currentRows(fatalitiesOfFirst: fatalitiesOfFirst, timestampOfFirst: timestampOfFirst))
            .joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// An older export: a leading unnamed index column, `data_id`, `event_id_no_cnty`, `ally_actor_*`,
    /// no `sub_event_type`, `disorder_type` or `timestamp`; dates as DD-Month-YYYY; LF line ends.
    static func older(notesOfFirst: String = "Rockets were fired at the Baghdad Diplomatic Support Center.") -> Data {
        let lines = [
            ",data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,actor1,ally_actor_1,inter1,actor2,ally_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities",
            "0,4411,368,IRQ5001,5001,04-January-2018,2018,1,Remote violence,Unidentified Armed Group (Iraq),,3,Military Forces of the United States,,8,38,Middle East,Iraq,Baghdad,,,Baghdad,33.3,44.38,1,Al Sumaria,National,\"\(notesOfFirst)\",0",
            "1,4412,760,SYR5002,5002,11-February-2018,2018,2,Battle-No change of territory,Military Forces of Syria,,1,SDF: Syrian Democratic Forces,,2,12,Middle East,Syria,Deir ez Zor,,,Khasham,35.3,40.3,2,SOHR,Other,Clashes near the Conoco field.,15",
            "2,4413,368,IRQ5003,5003,20-Mar-2018,2018,1,Remote violence,Unidentified Armed Group (Iraq),,3,Civilians (Iraq),,7,37,Middle East,Iraq,Salah al Din,,,Tikrit,34.6,43.68,1,NINA,National,A roadside IED exploded near a patrol.,1",
        ]
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// The 2015 layout: UPPER-CASE headers, `GWNO`, dates as DD/MM/YYYY.
    static let layout2015 = Data("""
        GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES
        645,IRQ100,100,01/01/2015,2015,1,Remote violence,ISIS,,2,Military Forces of Iraq,,1,12,Iraq,Ninewa,,,Mosul,36.34,43.13,1,Reuters,"Mortar shells and rockets hit positions near Mosul, killing 3.",3
        652,SYR200,200,15/06/2015,2015,3,Riots/Protests,Protesters (Syria),,6,,,0,60,Syria,Aleppo,,,Aleppo,36.2,37.16,2,SANA,Protest in Aleppo.,0
        652,SYR201,201,30/06/2015,2015,1,Strategic development,ISIS,,2,,,0,20,Syria,Raqqa,,,Raqqa,35.95,39.01,1,AFP,ISIS moved weapons into Raqqa.,0

        """.utf8)
}
