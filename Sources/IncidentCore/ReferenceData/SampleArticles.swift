// The five seed articles the project started from, bundled for `watchfloor demo`
// (copied verbatim from the shared seeds; the same files are test fixtures under Tests/).

/// Sample articles bundled with Watchfloor for the demo store: file name and full file text.
public enum SampleArticles {
    public static let files: [(name: String, text: String)] = [
        ("000_f32281e6cc75f096.txt", #"""
---
published: 2024-01-20
outlet: Estadão (translated from The New York Times)
language: pt
---
US troops in Iraq injured in attack linked to Iranbacked

US troops in Iraq injured in attack linked to Iranbacked militias Internacional Estadão

At least two soldiers out US At the Iraq 20 were injured this Saturday when their air base in the west of the country was hit by rockets or missiles that, according to American authorities, were fired by Iranianbacked militias.

The attacks on the AlAsad air base are among the most serious of the approximately 140 rocket and missile attacks on American troops in Iraq and Syria since the terrorist attacks in Iraq. Hamas on October 7th, which started the war Israel In Gaza.

A U.S. official said initial reports were vague and that the number of injured could rise as reports of damage reached higher headquarters from military commanders. According to Brigadier General Yahya Rasool, military spokesman for Iraqi Prime Minister Mohammed Shia alSudani, an Iraqi soldier was also injured.

The American army is supporting Iraqi and Kurdish forces in the fight against the Islamic State. Photo: Hadi Mizban/AP

AlAsad Air Base in Iraq's western desert is now used primarily by Iraqi forces but still has a U.S. contingent. A total of 2,500 American troops are stationed in Iraq and 900 in Syria, supporting Iraqi and Kurdish forces in Syria fighting the remnants of the Islamic State.

There have been 140 militia attacks on US troops in Iraq and Syria in the past three months, including 57 in Iraq and 83 in Syria, Pentagon spokeswoman Sabrina Singh said on Thursday.

About 70 U.S. soldiers suffered injuries in the attacks, including traumatic brain injuries, but all but a few soldiers were able to return to work relatively quickly, Pentagon officials said.

The attack on AlAsad came just hours after Iran accused Israel of launching an airstrike against the Syrian capital Damascus that killed five Iranian soldiers. This is the latest sign of the growing regional unrest arising from the war between Israel and Hamas in Gaza.

American officials in Washington said Saturday it was unclear whether the militia attacks in Iraq were related to earlier attacks in Syria.

Iranlinked militias in Iraq, known collectively as the “Axis of Resistance” and considering themselves part of Tehran's network of allies in the Middle East, said in a statement that this latest attack was a response to Israel's war in Gaza. There was no mention of the attack in Syria./NYT
"""#),
        ("001_4f1d9c5f90fc1b95.txt", #"""
---
published: 2023-12-26
outlet: n-tv
language: de
---
USA attacks pro-Iranian militias in Iraq

Three soldiers are injured in an attack on a US base in Iraq. In response, the US bombed facilities belonging to pro-Iranian militias and at the same time warned of an escalation of the conflict in the region.

Following an attack on a base in Iraq that left three US soldiers injured, the USA attacked pro-Iranian militias in the country. US Secretary of Defense Lloyd Austin stated that US forces had carried out "necessary and appropriate" attacks on three facilities used by the paramilitary Kataeb Hezbollah and militia-affiliated groups.

"These precision strikes are in response to a series of attacks against US soldiers in Iraq and Syria by Iran-backed militias," Austin continued. He referred in particular to an attack on the airbase in Erbil in the Kurdish autonomous region in the north of Iraq on Monday. According to the US, three US soldiers were injured, one of them seriously.

At the same time, the US Secretary of Defense warned of further attacks against US soldiers in the region. "We do not want to escalate the conflict in the region, but we are determined and prepared to take further necessary measures to protect our people and facilities."

Iraqi security sources reported that at least one member of a pro-Iranian group had been killed in attacks. Another 24 were injured. A representative of the Interior Ministry said that the attacks had targeted a site of the Hashed al-Shaabi network in the city of Hilla in Babylon province. Another attack took place in the southern province of Wassit.

More than 100 attacks recorded

Since the start of the war between Israel and the Islamist Palestinian organization Hamas on 7 October, attacks on bases used by the US army in Iraq and Syria have increased sharply. The US military has registered more than 100 such attacks since mid-October.

The attacks in Iraq have mostly been claimed by the Islamic Resistance, a loose association of armed groups linked to the pro-Iranian Hashed al-Shaabi network. The Islamic Resistance condemns the USA's support for Israel in the war against Hamas.

Around 2,500 US soldiers are stationed in Iraq and 900 in Syria. The US-led military coalition in these countries is intended to help prevent a resurgence of the jihadist militia Islamic State (IS).

Read also:

Source: www.ntv.de
"""#),
        ("002_c0a3f5a48ac1558f.txt", #"""
---
published: 2023-11-21
outlet: Fox News (syndicated)
language: en
---
Iran-backed militia hits US forces at Iraq air base, injuring 8, prompting retaliation

An attack by an Iran-backed militia on U.S. forces stationed at Ain al-Asad air base in Iraq early Tuesday prompted retaliation from an AC 130 aircraft.

U.S. forces stationed at Ain al-Asad air base in Iraq were attacked early Tuesday prompting a U.S. military aircraft to strike back, officials said. 

Pentagon spokeswoman Sabrina Singh said Iran-backed militias used close-range ballistic missiles against U.S. and coalition forces, resulting in "several non-serious injuries and some minor damage to infrastructure." 

Reuters, citing two U.S. officials, reported that the attack resulted in eight injuries. 

A U.S. military AC-130 aircraft in the area conducted a self-defense strike against an Iranian-backed militia vehicle and personnel involved in the attack, resulting in some "hostile fatalities." 

U.S. forces have been attacked approximately 66 times since October 17, including 32 times in Iraq and 34 times in Syria. U.S. personnel have sustained approximately 62 injuries, not including Tuesday’s attack, which is still being evaluated. 

CRITICS SLAM BIDEN ADMIN FOR WAIVER THAT GIVES IRAN ACCESS TO $10B FUND: ‘ABSOLUTELY OUTRAGEOUS’

The attacks that began on October 17 by Iraqi militia groups have reportedly been linked to the United States’ support for Israel in its retaliation against the Palestinian militant group Hamas, following its attack on Israel earlier in the month. 

Tuesday's strike was the first reported by the U.S. in Iraq in more than two years.

The U.S. has 900 troops in Syria and 2,500 in Iraq on a mission it says aims to advise and assist local forces trying to prevent a resurgence of Islamic State, which in 2014 seized large swaths of both countries before being defeated.

Reuters contributed to this report. 

Data & News supplied by www.cloudquote.io
Stock quotes supplied by Barchart
Quotes delayed at least 20 minutes.
By accessing this page, you agree to the following
Privacy Policy and Terms and Conditions.
"""#),
        ("003_9b393b4f534e3e7f.txt", #"""
---
published: 2024-08-05
outlet: AFP (French-language copy, translated)
language: fr
---
(Baghdad) Americans were injured Monday in a rocket attack on a military base in Iraq, days after a US strike killed four pro-Iranian Iraqi fighters, amid fears of a regional conflagration.
“There was an alleged rocket attack [lundi] against U.S. and coalition forces [antidjihadiste] on the air base [Aïn] Al-Assad, Iraq. Early indications are that there have been several injuries to U.S. personnel,” a U.S. Defense spokesman said.
Earlier in the day, Iraqi sources said rockets were fired on Monday at the same base, located in al-Anbar province.
Some projectiles “fell inside the base,” a military source said on condition of anonymity.
A commander of a pro-Iranian armed group had for his part affirmed to AFP, also under the cover of anonymity, that at least “two rockets” had targeted the base, without specifying who was behind the attack.
Another source from the group and a security source, also on condition of anonymity because they were not authorized to speak to the press, confirmed that an attack had taken place.
Such attacks were common at the start of the war between Israel and the Palestinian Hamas in the Gaza Strip, but have since declined significantly.
More than 175 times
The latest rocket attack, however, comes amid growing fears of an attack by Iran and its allies on Israel and a wider regional conflagration, following the recent assassinations of senior officials from the Palestinian Islamist movement Hamas and Lebanese Hezbollah, attributed to or claimed by Israel.
Iran and Hezbollah have vowed retaliation for the killings.
The “Axis of Resistance” against Israel, aligned with Iran, also includes Iraqi armed groups and the Houthi rebels of Yemen, who have already been drawn into the war that began almost ten months ago.
Last Tuesday, a US strike targeted pro-Iranian Iraqi fighters “who were trying to launch attack drones” that “posed a threat to US and coalition forces” fighting jihadists in the region, according to a US Defense official.
The strike, which Iraqi sources said left four dead, was the first by U.S. forces in Iraq since February.
Two recent attacks hit bases housing U.S. troops or their allies in Iraq, on July 16 and 25. Before that, U.S. troops in Iraq and Syria had not been targeted since April.
The attacks, however, had been much more frequent – more than 175 times – in the first months of the war between Israel and Hamas in Gaza.
The Islamic Resistance in Iraq movement, a group of fighters from pro-Iran armed groups, claimed responsibility for most of the attacks, saying they carried them out in solidarity with Palestinians in Gaza.
In January, a drone strike attributed to the movement killed three American soldiers at a base in Jordan. In retaliation, the United States launched dozens of strikes against pro-Iran fighters in Iraq and Syria.
In recent months, Baghdad has tried to defuse the situation by engaging in talks with Washington on the future of the international coalition mission in Iraq, which pro-Iran groups are demanding be withdrawn.
Some 2,500 US troops are stationed in Iraq and 900 in Syria.
"""#),
        ("004_68ebad0b58e0ed94.txt", #"""
---
published: 2024-01-21
outlet: unknown Italian outlet (translated)
language: it
---
Militants close to Iran fired ballistic missiles at a base where US troops are stationed in Iraq on Saturday, the US Joint Chiefs of Staff for the Middle East (CENTCOM) said, citing a Iraqi soldier injured and possible injuries to US military personnel.

“At approximately 6:30 p.m. (Baghdad time; 5:30 p.m. GST) on January 20, ballistic missiles and rockets were fired by Iranian-backed fighters against Al-Assad Air Base in western Iraq,” CENTCOM said via X (of the former Twitter).

He added that “at least one Iraqi soldier was injured” and that US soldiers were being examined for concussions or brain injuries.

According to the same source, “most” of the missiles were intercepted and destroyed by air defense systems.

Earlier, an Iraqi police officer and a US military officer said about ten rockets were fired yesterday in western Iraq against the Ain al-Assad base, which hosts troops from the US and other countries of the international anti-jihadist coalition.

The “Islamic Resistance in Iraq”, as they call themselves fighters of armed groups close to Iran, who have launched dozens of attacks against the international anti-jihadist coalition since mid-October, claimed responsibility in a statement.

Responsibility for most of these actions was claimed by the “Islamic Resistance in Iraq” and Washington carried out repeated retaliatory strikes. The US maintains around 900 troops deployed in Syria and nearly 2,500 more in Iraq as part of operations against the Islamic State (IS) jihadist group by an international coalition they formed in 2014.

Yesterday’s attack comes against the background of the explosive situation in the region due to the war between Israel, whose main ally is the US, and Hamas, which is supported by Iran.

Yesterday, five members of the Revolutionary Guards, an elite body of the Iranian army, were killed in a strike in Damascus that Tehran attributed to Israel, threatening to retaliate.

On the night of Monday to Tuesday, Iran launched ballistic missiles against the autonomous region of Kurdistan, in northern Iraq, emphasizing that it targeted a facility used by “spies of the Zionist regime” (according to the Israeli intelligence agency Mossad).

Between Oct. 17 and Jan. 17, at least 140 drone, rocket and short-range ballistic missile attacks were launched against coalition forces in Iraqi and Syrian territory, according to a US Defense Department spokesman.
"""#),
    ]
}
