// The project's bundled reference data, copied verbatim from the shared data folder
// (facts gathered by hand from public news reporting and official statements; see README.md),
// plus rows of our own: the sites and groups in `addedBasesRows` and `addedGroupsRows` are not in the
// shared data (see README.md for where they come from).
// Embedded as text so that the executable needs no resource bundle at run time.

/// The CSV files bundled with Watchfloor: gazetteer, armed groups, reference incidents, official totals.
public enum BundledData {

    /// Bases and sites: `name,country,admin1,latitude,longitude,kind,official_names`: the shared rows, then ours.
    public static let basesCSV = sharedBasesCSV + addedBasesRows

    /// The shared `bases.csv`, verbatim but for one alias: Bashur, the older name of the Harir airfield (ours).
    static let sharedBasesCSV = #"""
name,country,admin1,latitude,longitude,kind,official_names
Ain al-Asad Air Base,Iraq,Anbar,33.786,42.441,air base,
Erbil Air Base,Iraq,Erbil,36.238,43.964,air base,Erbil International Airport (coalition base)
Al-Harir Air Base,Iraq,Erbil,36.540,44.350,air base,Bashur Air Base;Bashur airfield;Harir-Bashur
Union III,Iraq,Baghdad,33.307,44.393,base (Green Zone),Union 3
US Embassy Baghdad,Iraq,Baghdad,33.300,44.396,embassy,US embassy compound
Victory Base Complex,Iraq,Baghdad,33.290,44.240,base (Baghdad airport),Camp Victory;Baghdad Diplomatic Support Center
Al-Tanf Garrison,Syria,Homs,33.500,38.620,garrison,At Tanf;Tanf
Al-Rukban,Syria,Homs,33.330,38.680,camp area,Rukban camp
Conoco gas field,Syria,Deir ez-Zor,35.400,40.300,mission support site,Mission Support Site Conoco;MSS Conoco
Al-Omar oil field (Green Village),Syria,Deir ez-Zor,34.980,40.650,mission support site,Mission Support Site Green Village;Green Village
Mission Support Site Euphrates,Syria,Deir ez-Zor,35.300,40.200,mission support site,MSS Euphrates
Al-Shaddadi,Syria,Hasakah,36.060,40.730,base,Shaddadi
Rumalyn Landing Zone,Syria,Hasakah,36.860,41.930,landing zone,RLZ;Rumalyn
Kharab al-Jir,Syria,Hasakah,36.870,42.060,airstrip,Kharab al-Jir airfield
Tal Baydar,Syria,Hasakah,36.690,40.940,base,Tal Baydar base
Qasrak,Syria,Hasakah,36.720,40.800,base,Qasrak base
Al-Malikiyah,Syria,Hasakah,37.170,42.130,base,Malikiyah
Tower 22,Jordan,Mafraq,33.314,38.703,logistics support base,T22

"""#

    /// OURS, not in the shared data: sites where US or coalition forces were attacked in 2019–2025, from public
    /// reporting of those attacks (wire copy, US and coalition statements, Iraqi security media cell releases).
    /// Coordinates are approximate (±5 km). A name that is also a town's ("Balad", "Taji", "Qayyarah") is the base
    /// only next to a site word: "rockets near Balad" stays the town (see `PlaceMatcher`).
    static let addedBasesRows = #"""
Camp Taji,Iraq,Baghdad,33.525,44.256,base,Taji base;Taji air base;Taji military base;Taji camp;Camp Taji Military Complex;Taji military complex;Camp Tadschi;Tadschi base;Tagi base
Balad Air Base,Iraq,Salahuddin,33.940,44.361,air base,Balad airbase;Joint Base Balad;Al-Bakr Air Base;LSA Anaconda;Camp Anaconda;Balad base
K-1 Air Base,Iraq,Kirkuk,35.510,44.280,air base,K1;K-1;K-1 military base;K1 base
Qayyarah Airfield West,Iraq,Nineveh,35.767,43.125,airfield,Q-West;Qayyarah air base;Qayyara air base;Qayara air base;Al-Qayyarah air base;Qayyarah West;Qayyarah airfield;Qayyarah West airfield;Kayyarah air base
Camp Besmaya,Iraq,Baghdad,33.170,44.640,base,Besmaya base;Besmaya Range Complex;Besmayah base;Bismaya base;Bismayah base;Basmaya base
Muwaffaq Salti Air Base,Jordan,Zarqa,31.827,36.782,air base,Muwaffaq al-Salti Air Base;Muwaffaq Al Salti;Shaheed Muwaffaq Salti;Muwaffaq Salti;Mwaffaq Salti;Muaffaq Salti;Azraq air base
"""#

    /// Armed groups: `name,kind,also_known_as,note`: the shared rows, then ours.
    public static let groupsCSV = sharedGroupsCSV + addedGroupsRows

    /// The shared `groups.csv`, verbatim.
    static let sharedGroupsCSV = #"""
name,kind,also_known_as,note
Islamic Resistance in Iraq,umbrella of Iraqi militias,IRI,claims most attacks on US forces from Oct 2023
Kataib Hezbollah,Iraqi militia,KH;Hezbollah Brigades,named by US officials for several attacks
Harakat Hezbollah al-Nujaba,Iraqi militia,al-Nujaba;Nujaba Movement,
Kataib Sayyid al-Shuhada,Iraqi militia,KSS,
Asaib Ahl al-Haq,Iraqi militia,AAH,
Popular Mobilization Forces,Iraqi state-sanctioned umbrella,PMF;Hashd al-Shaabi,not itself a claimant
Axis of Resistance,political term,,"Iran-aligned network; a description, not a claimant"

"""#

    /// OURS, not in the shared data: groups that claimed attacks on US or coalition forces in 2019–2025 (from their
    /// claims as wire copy and regional outlets reported them), with the spellings and English glosses reporting uses.
    static let addedGroupsRows = #"""
Saraya Awliya al-Dam,Iraqi militia front,Awliya al-Dam;Awliyaa al-Dam;Saraya Awliyaa al-Dam;Saraya Awliya al Dam;Sarayat Awliya al-Dam;Saraja Awlija al-Dam;Awlija al-Dam;Guardians of the Blood;Guardians of the Blood Brigade;Guardians of Blood Brigades;Brigades of the Guardians of the Blood,claimed the rocket attack on Erbil airport of 15 Feb 2021
Ashab al-Kahf,Iraqi militia front,Ashab al Kahf;Asshab al-Kahf;Ashaab al-Kahf;Ashab el-Kahf;Ahl al-Kahf;Companions of the Cave;People of the Cave,claimed IED attacks on convoys supplying US forces 2020–2021
Islamic Revolutionary Guard Corps,Iranian armed force,IRGC;Revolutionary Guards;Revolutionary Guard;Islamic Revolution Guards Corps;Islamic Revolutionary Guards Corps;Revolutionary Guard Corps;Revolutionary Guards Corps;Iranian Revolutionary Guard Corps;Pasdaran;Sepah;Guardians of the Revolution;Guardians of the Islamic Revolution;Corps des gardiens de la révolution islamique;Gardiens de la révolution;Guardiani della rivoluzione;Revolutionsgarden;Islamische Revolutionsgarde;Guarda Revolucionária;Guardia Revolucionaria,claimed the missile attacks on Ain al-Asad and Erbil of 8 Jan 2020 and on Erbil of 13 Mar 2022 and 15 Jan 2024
Usbat al-Thaireen,Iraqi militia front,Usbat al-Tha'ireen;Usbat al-Thairin;Usbat al-Tha'irin;Osbat al-Thaireen;Asbat al-Thaireen;Usbat al-Thaereen;League of Revolutionaries;League of the Revolutionaries,claimed rocket attacks on US sites in Iraq 2020
Saraya Qasim al-Jabbarin,Iraqi militia front,Qasim al-Jabbarin;Qasem al-Jabbarin;Qassem al-Jabbarin;Qassim al-Jabbarin;Saraya Qasem al-Jabbarin;Saraya Qassem al-Jabbarin;Kasim al-Jabbarin;Qasim al-Jabarin,claimed IED attacks on convoys supplying US forces 2020–2021
Saraya Thar al-Muhandis,Iraqi militia front,Thar al-Muhandis;Liwa Thaar al-Muhandis;Liwa Thar al-Muhandis;Thaar al-Muhandis Brigade;Tha'r al-Muhandis;Thaar al-Muhandis;Saraya Tha'r al-Muhandis;Saraya Thar al-Mohandes;Thar al-Mohandes;Revenge of al-Muhandis;Revenge of al-Muhandis Brigade;Revenge of Muhandis Brigades;Al-Muhandis Revenge Brigade;Muhandis Revenge Brigade,claimed drone attacks on US sites in Iraq 2021
Tashkil al-Waritheen,Iraqi militia front,Tashkil al-Warithin;Tashkeel al-Waritheen;Tashkil al-Wareetheen;Al-Waritheen;Formation of the Heirs;Heirs Formation,claimed drone attacks on US sites in Iraq 2021
Islamic State,jihadist group,ISIS;ISIL;Daesh;Da'esh;Islamic State group;Islamic State of Iraq and Syria;Islamic State of Iraq and the Levant;Isis;Stato islamico;Etat islamique;Estado Islamico;Islamischer Staat;Islamischen Staat,claimed attacks on US forces such as the Manbij bombing of 16 Jan 2019 and the IED on Italian special forces near Kifri of 10 Nov 2019
"""#

    /// 84 reference attacks, Oct 2023 – Aug 2024: `date,country,location,weapon,us_injured,us_killed,claimed_by,source_url`.
    public static let referenceIncidentsCSV = #"""
date,country,location,weapon,us_injured,us_killed,claimed_by,source_url
2023-10-18,Iraq,Ain al-Asad Air Base,drone,4,,,https://attentiontotheunseen.com/2023/10/19/drones-target-u-s-troops-in-iraq-and-syria/
2023-10-18,Iraq,Al-Harir Air Base,drone,,,,https://sputnikglobe.com/20231018/drone-strikes-air-base-in-iraq-housing-us-forces---reports-1114296289.html
2023-10-18,Syria,Al-Tanf Garrison,drone,20,,,https://www.sott.net/article/485398-Drone-attacks-on-US-base-in-Syria-injures-20-military-personnel
2023-10-19,Syria,Conoco gas field,drone,,,,https://www.theepochtimes.com/world/us-military-forces-in-syria-targeted-in-drones-attack-reports-5514369
2023-10-21,Iraq,Ain al-Asad Air Base,drone,,,,https://ifpnews.com/rockets-iraqi-base-american-troops/
2023-10-22,Iraq,Ain al-Asad Air Base,rocket,,,,https://ifpnews.com/rockets-iraqi-base-american-troops/
2023-10-23,Syria,Al-Malikiyah,drone,,,Islamic Resistance in Iraq,https://mlm2.listserve.net/pipermail/salon/20231023/msg00024.html
2023-10-23,Syria,Al-Tanf Garrison;Al-Rukban,drone,,,Islamic Resistance in Iraq,https://mlm2.listserve.net/pipermail/salon/20231023/msg00024.html
2023-10-23,Syria,Conoco gas field,rocket,,,,https://mlm2.listserve.net/pipermail/salon/20231023/msg00024.html
2023-10-27,Iraq,Ain al-Asad Air Base,drone,0,0,Islamic Resistance in Iraq,https://www.arkansasonline.com/news/2023/oct/28/syrians-confirm-us-strikes/
2023-10-27,Syria,base housing US troops in eastern Syria,rocket,0,0,,https://www.arkansasonline.com/news/2023/oct/28/syrians-confirm-us-strikes/
2023-10-29,Syria,Al-Shaddadi,drone,,,Islamic Resistance in Iraq,https://www.shafaq.com/en/World/Iraqi-armed-groups-attack-a-US-base-in-Syria
2023-10-29,Syria,Conoco gas field,rocket,,,Islamic Resistance in Iraq,https://www.shafaq.com/en/Iraq-News/Iraqi-Resistance-Factions-claim-responsibility-for-an-attack-on-a-US-base-in-Syria
2023-10-30,Iraq,Ain al-Asad Air Base,rocket,,,,https://www.straitstimes.com/asia/drones-target-iraqs-ain-al-asad-airbase-no-casualties-damage-sources
2023-10-31,Iraq,Ain al-Asad Air Base,drone,0,0,Islamic Resistance in Iraq,https://www.straitstimes.com/asia/drones-target-iraqs-ain-al-asad-airbase-no-casualties-damage-sources
2023-11-02,Iraq,Erbil Air Base,drone,,,,https://tass.com/world/1701079
2023-11-02,Syria,Al-Shaddadi,drone,,,Islamic Resistance in Iraq,https://tass.com/world/1701079
2023-11-04,Syria,Al-Shaddadi,rocket,,,Islamic Resistance in Iraq,https://sputnikglobe.com/20231104/islamic-front-for-iraqi-resistance-says-struck-us-military-base-in-northeastern-syria-1114714211.html
2023-11-05,Syria,Tal Baydar;Qasrak,drone,,,,https://tass.com/world/1703621/amp
2023-11-07,Syria,Conoco gas field,,,,Islamic Resistance in Iraq,https://tass.com/world/1703621/amp
2023-11-08,Iraq,Al-Harir Air Base,drone,0,0,Islamic Resistance in Iraq,https://www.shafaq.com/en/Kurdistan/Drone-attacks-target-International-Coalition-base-in-Erbil-2
2023-11-08,Syria,Al-Omar oil field (Green Village),rocket,,,,https://independentalabama.org/us-targets-iranian-facility-in-eastern-syria-in-response-to-iran-backed-attacks/
2023-11-08,Syria,Al-Shaddadi,drone;rocket,0,0,Islamic Resistance in Iraq,https://themedialine.org/mideast-daily-news/rocket-and-drone-assault-on-us-base-in-syria-linked-to-iraqi-militia/
2023-11-08,Syria,Conoco gas field,rocket,,,,https://independentalabama.org/us-targets-iranian-facility-in-eastern-syria-in-response-to-iran-backed-attacks/
2023-11-10,Syria,Al-Tanf Garrison,drone,,,Islamic Resistance in Iraq,https://sputnikglobe.com/20231110/iraqi-militia-launch-drone-attack-at-us-al-tanf-garrison-in-syria-1114872402.html
2023-11-11,Iraq,Al-Harir Air Base,drone,,,,https://www.shafaq.com/en/Iraq-News/Al-Harir-airbase-hit-by-another-drone-attack
2023-11-12,Syria,Al-Omar oil field (Green Village),drone,,,,https://www.al-monitor.com/originals/2023/11/four-attacks-against-us-troops-syria-hours-after-strikes-irgc-facilities
2023-11-12,Syria,Al-Shaddadi,drone,,,,https://www.al-monitor.com/originals/2023/11/four-attacks-against-us-troops-syria-hours-after-strikes-irgc-facilities
2023-11-12,Syria,Mission Support Site Euphrates,rocket,,,,https://www.al-monitor.com/originals/2023/11/four-attacks-against-us-troops-syria-hours-after-strikes-irgc-facilities
2023-11-13,Syria,Rumalyn Landing Zone,drone,,,,https://www.al-monitor.com/originals/2023/11/four-attacks-against-us-troops-syria-hours-after-strikes-irgc-facilities
2023-11-17,Iraq,Ain al-Asad Air Base,drone,0,0,Islamic Resistance in Iraq,https://arab.southfront.press/u-s-reports-more-attacks-on-its-forces-in-iraq-syria
2023-11-17,Iraq,Al-Harir Air Base,drone,0,0,Islamic Resistance in Iraq,https://arab.southfront.press/u-s-reports-more-attacks-on-its-forces-in-iraq-syria
2023-11-17,Syria,Tal Baydar,drone,1,0,Islamic Resistance in Iraq,https://arab.southfront.press/u-s-reports-more-attacks-on-its-forces-in-iraq-syria
2023-11-21,Iraq,Ain al-Asad Air Base,ballistic missile,8,,,https://menafn.com/1107469363/US-gunship-embarks-on-vengeance-crusade
2023-11-23,Iraq,Ain al-Asad Air Base,drone,0,0,Islamic Resistance in Iraq,https://arab.southfront.press/four-attacks-targeted-u-s-forces-in-iraq-syria-within-hours-video
2023-11-23,Iraq,Erbil Air Base,drone,,,Islamic Resistance in Iraq,https://www.shafaq.com/en/Iraq-News/Iraqi-Islamic-Resistance-strikes-US-base-in-Erbil
2023-11-23,Syria,two bases in northeastern Syria,rocket;drone,0,0,Islamic Resistance in Iraq,https://arab.southfront.press/four-attacks-targeted-u-s-forces-in-iraq-syria-within-hours-video
2023-12-03,Iraq,Erbil Air Base,drone,,,Islamic Resistance in Iraq,https://www.shafaq.com/en/Iraq-News/Islamic-Resistance-launches-drone-attack-on-US-base-in-Erbil-Iraq
2023-12-03,Syria,Rumalyn Landing Zone,rocket,0,0,Islamic Resistance in Iraq,https://rudaw.net/english/middleeast/08122023-amp
2023-12-06,Iraq,Ain al-Asad Air Base,drone,,,,https://www.sott.net/article/486706-US-embassy-in-Baghdad-hit-by-heavy-rocket-fire
2023-12-08,Iraq,Ain al-Asad Air Base,drone;rocket,0,0,,https://www.timesofisrael.com/rocket-barrage-targets-us-embassy-in-baghdads-green-zone/
2023-12-08,Iraq,US Embassy Baghdad;Union III,rocket,0,0,,https://www.timesofisrael.com/rocket-barrage-targets-us-embassy-in-baghdads-green-zone/
2023-12-08,Syria,Conoco gas field,rocket,,,Islamic Resistance in Iraq,https://www.sott.net/article/486706-US-embassy-in-Baghdad-hit-by-heavy-rocket-fire
2023-12-13,Syria,Al-Tanf Garrison;Al-Rukban,drone,,,Islamic Resistance in Iraq,https://www.islamtimes.org/en/news/1102756/islamic-resistance-in-iraq-targets-us-base-syria
2023-12-14,Syria,Al-Shaddadi,drone,,,Islamic Resistance in Iraq,https://www.islamtimes.org/en/news/1102756/islamic-resistance-in-iraq-targets-us-base-syria
2023-12-14,Syria,Conoco gas field,drone,,,Islamic Resistance in Iraq,https://www.islamtimes.org/en/news/1102756/islamic-resistance-in-iraq-targets-us-base-syria
2023-12-15,Iraq,Ain al-Asad Air Base,drone,,,Islamic Resistance in Iraq,https://www.shafaq.com/en/Iraq-News/Iraqi-armed-factions-target-Ain-al-Assad-airbase-7
2023-12-20,Iraq,Ain al-Asad Air Base,rocket,0,0,,https://www.zerohedge.com/geopolitical/us-attacked-100-times-iraq-syria-october
2023-12-25,Iraq,Erbil Air Base,drone,3,,Kataib Hezbollah,https://www.foxnews.com/world/us-retaliates-three-american-service-members-injured-kataib-hezbollah-attack-iraq
2023-12-26,Syria,Al-Shaddadi,rocket,,,Islamic Resistance in Iraq,http://en.people.cn/n3/2023/1227/c90000-20115532.html
2023-12-30,Iraq,Al-Harir Air Base,drone,,,Islamic Resistance in Iraq,https://www.shafaq.com/en/Iraq-News/Armed-drone-hits-U-S-base-near-Erbil-Iraqi-armed-group-claims-responsibility
2023-12-31,Syria,Conoco gas field,rocket,,,Islamic Resistance in Iraq,http://panafricannews.blogspot.com/2024/01/islamic-resistance-of-iraq-targets-us.html
2024-01-01,Syria,Al-Shaddadi,drone,,,Islamic Resistance in Iraq,https://www.shafaq.com/en/Iraq-News/Iraqi-Shiite-factions-attack-a-U-S-base-in-Syria-9
2024-01-02,Iraq,Erbil Air Base,drone,0,0,Islamic Resistance in Iraq,http://en.people.cn/n3/2024/0103/c90000-20117690.html
2024-01-02,Syria,Al-Malikiyah,drone,,,Islamic Resistance in Iraq,http://panafricannews.blogspot.com/2024/01/islamic-resistance-of-iraq-targets-us.html
2024-01-02,Syria,Al-Omar oil field (Green Village),drone,,,Islamic Resistance in Iraq,http://en.people.cn/n3/2024/0103/c90000-20117690.html
2024-01-02,Syria,Al-Shaddadi,drone;rocket,,,Islamic Resistance in Iraq,https://menafn.com/1107679219/Islamic-Resistance-in-Iraq-claims-responsibility-for-drone-attack-on-US-base-in-Syria
2024-01-02,Syria,Rumalyn Landing Zone,drone,,,Islamic Resistance in Iraq,http://en.people.cn/n3/2024/0103/c90000-20117690.html
2024-01-03,Syria,Al-Tanf Garrison,drone,,,Islamic Resistance in Iraq,http://panafricannews.blogspot.com/2024/01/islamic-resistance-of-iraq-targets-us.html
2024-01-04,Syria,Al-Omar oil field (Green Village),drone,,,Islamic Resistance in Iraq,https://arab.southfront.press/casualties-reported-after-iraqi-resistance-attacks-on-u-s-bases-in-syria
2024-01-04,Syria,Al-Rukban (near Al-Tanf),drone,,,Islamic Resistance in Iraq,https://arab.southfront.press/casualties-reported-after-iraqi-resistance-attacks-on-u-s-bases-in-syria
2024-01-05,Iraq,Al-Harir Air Base,drone,,,Islamic Resistance in Iraq,https://arab.southfront.press/suicide-drones-target-three-u-s-bases-in-iraq-syria
2024-01-05,Syria,Al-Omar oil field (Green Village),drone,,,Islamic Resistance in Iraq,https://arab.southfront.press/suicide-drones-target-three-u-s-bases-in-iraq-syria
2024-01-05,Syria,Al-Shaddadi,drone,,,Islamic Resistance in Iraq,https://arab.southfront.press/suicide-drones-target-three-u-s-bases-in-iraq-syria
2024-01-06,Syria,Al-Shaddadi,drone,,,Islamic Resistance in Iraq,https://www.theworldmonitor.com/?p=25644
2024-01-06,Syria,Al-Tanf Garrison,drone,,,Islamic Resistance in Iraq,https://www.theworldmonitor.com/?p=25644
2024-01-20,Iraq,Ain al-Asad Air Base,ballistic missile;rocket,,,Islamic Resistance in Iraq,https://abcnews.go.com/International/missile-barrage-us-base-iraq-officials/story?id=106542236
2024-01-24,Iraq,Ain al-Asad Air Base,drone,,,Islamic Resistance in Iraq,https://bignewsnetwork.com/news/274105487/iraqi-shiite-militia-claims-attacks-on-3-us-bases-in-iraq-syria
2024-01-24,Iraq,Erbil Air Base,rocket;drone,,,Islamic Resistance in Iraq,https://bignewsnetwork.com/news/274105487/iraqi-shiite-militia-claims-attacks-on-3-us-bases-in-iraq-syria
2024-01-24,Syria,Conoco gas field,rocket,,,Islamic Resistance in Iraq,https://bignewsnetwork.com/news/274105487/iraqi-shiite-militia-claims-attacks-on-3-us-bases-in-iraq-syria
2024-01-27,Syria,base near Khirbat Adana (Hasakah),drone,,,Islamic Resistance in Iraq,https://arab.southfront.press/iraqi-resistance-drones-attacks-four-u-s-bases-israeli-navy-site-video
2024-01-28,Iraq,Erbil Air Base,drone,,,Islamic Resistance in Iraq,https://en.kurdpress.com/news/159429/Iraqi-Resistance-targets-US-troops-base-in-north-with-drone
2024-01-28,Jordan,Tower 22,drone,34,3,,https://edition.cnn.com/2024/01/28/politics/us-troops-drone-attack-jordan/index.html
2024-01-28,Syria,Al-Shaddadi,drone,,,Islamic Resistance in Iraq,https://arab.southfront.press/iraqi-resistance-drones-attacks-four-u-s-bases-israeli-navy-site-video
2024-01-28,Syria,Al-Tanf Garrison,drone,,,Islamic Resistance in Iraq,https://arab.southfront.press/iraqi-resistance-drones-attacks-four-u-s-bases-israeli-navy-site-video
2024-02-04,Syria,Al-Omar oil field (Green Village),drone,0,0,Islamic Resistance in Iraq,https://jordantimes.com./news/region/7-kurdish-led-fighters-killed-attack-us-base-syria-%E2%80%94-monitor
2024-04-21,Syria,Rumalyn Landing Zone,rocket,0,0,,https://amu.tv/93064/
2024-04-22,Iraq,Ain al-Asad Air Base,drone,0,0,,https://www.lbcgroup.tv/news/middle-east-news/767823/us-official-drone-attack-targets-us-forces-in-iraq/en
2024-07-16,Iraq,Ain al-Asad Air Base,drone,0,0,,https://thenationalnews.com/news/us/2024/07/16/two-armed-drones-attack-us-base-in-iraq-report-says
2024-07-25,Iraq,Ain al-Asad Air Base,rocket,0,0,,https://www.lbcgroup.tv/news/middleeastnews/785993/rockets-launched-at-ain-al-asad-airbase-in-iraq-no-casualties/en
2024-07-25,Syria,Conoco gas field,rocket,0,0,,https://www.sofx.com/rockets-strike-near-iraqs-ain-al-asad-airbase-housing-u-s-troops/
2024-08-05,Iraq,Ain al-Asad Air Base,rocket,5,,,https://freebeacon.com/latest-news/rockets-fired-at-iraqs-ain-al-asad-airbase-housing-us-forces-security-sources-say
2024-08-09,Syria,Rumalyn Landing Zone,drone,8,0,,https://americanmilitarynews.com/2024/08/8-us-troops-wounded-after-drone-attack-on-syrian-base
2024-08-13,Syria,Conoco gas field,rocket,,,,https://menafn.com/1108552284/Rocket-Attack-Targeted-US-Base-In-E-Syria
"""#

    /// 15 official cumulative totals: `as_of,total,iraq,syria,jordan,injured,source_url`.
    public static let reportedTotalsCSV = #"""
as_of,total,iraq,syria,jordan,injured,source_url
2023-10-24,13,10,3,,24,https://waradana.com/english/article/149871-pentagon-13-attacks-in-iraq-and-syria-in-a-week-injuring-24-american-soldiers
2023-10-26,16,12,4,,19,https://www.islamtimes.org/en/news/1091427/us-forces-allies-attacked-16-times-in-iraq-and-syria-this-month-pentagon-admits
2023-10-30,23,14,9,,21,https://news.antiwar.com/2023/10/30/pentagon-us-forces-in-iraq-and-syria-attacked-23-times-since-october-17
2023-10-31,27,16,11,,21,https://www.scrippsnews.com/us-news/military/pentagon-says-it-s-tracking-27-attacks-on-us-troops-in-iraq-and-syria
2023-11-06,38,20,18,,45,https://en.sputniknews.africa/20231107/number-of-attacks-on-us-forces-in-iraq-syria-increase-to-38-over-weekend-1063373629.html
2023-11-07,40,,,,,https://www.97xonline.com/news/trending/us-strikes-weapons-storage-facility-linked-iran-eastern-syria/RJUUTVU7KFBUFOJJKLUTO6LW4M/
2023-11-13,52,24,28,,,https://www.kurdistan24.net/public/en/story/33139-US-forces-attacked-52-times-in-Syria-and-Iraq:-Pentagon-official
2023-11-14,55,27,28,,59,"https://www.kurdistan24.net/en/story/33158-55-attacks-carried-out-on-US-forces-in-Iraq,-Syria:-Dep.-Pentagon-Press-Sec."
2023-11-17,61,29,32,,60,https://www.fox16.com/news/politics/ap-politics/ap-how-the-us-strikes-a-delicate-balance-in-responding-to-attacks-on-its-forces-by-iran-backed-militias/
2023-11-21,66,32,34,,62,https://menafn.com/1107470261/US-Central-Command-US-Forces-Lunch-Air-Strike-Against-Iran-Linked-Militants
2023-12-07,78,,,,66,https://rudaw.net/english/middleeast/08122023-amp
2023-12-21,102,47,55,,66,https://www.zerohedge.com/geopolitical/us-attacked-100-times-iraq-syria-october
2024-01-09,127,52,75,,,https://sputnikglobe.com/20240109/us-forces-in-iraq-syria-attacked-9-times-since-january-4-1116085235.html
2024-01-18,140,57,83,,66,https://www.capitoltimesmedia.com/post/pentagon-confirms-nearly-140-iran-backed-attacks-on-u-s-troops-in-iraq-and-syria
2024-02-20,180,,,,140,https://www.washingtonexaminer.com/?p=2865061
"""#

}
