/**
 * The article's claims, sentence by sentence (sentence numbers as in `data/article.ts`). Each
 * `text` is the article's own words, an exact substring of its sentence. `reported` claims say whom
 * the article credits (`null` when it names no one); `framing` claims are interpretation or
 * opinion. A `check` says how other reporting compares; its note is ours, its sources are the
 * reporting it rests on (shared/reference/facts.md, sections 2 and 3).
 */
import type { Claim } from './schema';

// Sources used by more than one claim.
const RIA_SYRIA_TV = 'https://news.mail.ru/incident/69085085/';
const GAZETA_PALMYRA = 'https://www.gazeta.ru/army/news/2025/12/13/27405487.shtml';
const SPUTNIK_PALMYRA =
  'https://sputnikglobe.com/20251213/one-dead-several-hurt-in-attack-on-us-syrian-troops-near-palmyra---reports-1123289828.html';
const SANA_PALMYRA = 'https://sana.sy/governorates/2352717/';
const WAM_PENTAGON =
  'https://www.wam.ae/en/article/15x5lqz-two-soldiers-interpreter-killed-terrorist-attack';
const REUTERS_IS_COMMENT =
  'https://www.thestar.com.my/news/world/2025/12/19/islamic-state-in-first-comment-calls-palmyra-attack-a-blow-to-us-and-syrian-forces';
const RBC_SHAIBANI = 'https://www.rbc.ru/politics/19/10/2025/68f4026f9a79471876c9f4a0';
const GAZETA_SHAIBANI = 'https://www.gazeta.ru/politics/news/2025/10/18/26986412.shtml';
const SHAFAQ_MEETING =
  'https://www.shafaq.com/en/World/Putin-al-Sharaa-agree-to-resume-the-Russian-Syrian-joint-committee-soon';
const HINDU_PUTIN_ADDRESS =
  'https://www.thehindu.com/news/international/special-military-operation-aimed-at-demilitarisation-and-denazification-of-ukraine-putins-televised-address/article65080000.ece';
const NATION_UN_ENVOY = 'https://www.nationthailand.com/international/40012985';
const SARABIC_JULY =
  'https://sarabic.ae/amp/20250731/%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D9%85%D8%B3%D8%AA%D9%85%D8%B1%D8%A9-%D9%85%D8%B9-%D8%AF%D9%85%D8%B4%D9%82-%D8%A8%D8%B4%D8%A3%D9%86-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-1103210030.html';

export const CLAIMS: Claim[] = [
  // 1
  {
    id: 's01-a',
    sentence: 1,
    text: 'joint forces of Syria and the United States launched an attack in the strategically significant area of Palmyra, according to reports from the Syrian television channel Syria TV',
    entities: [
      'syria',
      'united-states',
      'us-forces-in-syria',
      'palmyra',
      'palmyra-attack-2025',
      'syria-tv',
    ],
    kind: 'reported',
    attribution: 'Syria TV',
    check: {
      status: 'disagrees',
      note: 'Other reporting says the opposite: on 13 December 2025 a gunman opened fire on a joint Syrian–US patrol near Palmyra, so the joint forces were the target, not the attackers. The Syria TV report the article cites, as relayed by RIA Novosti, gazeta.ru and Sputnik, says the joint forces were attacked (Russian "атакованы"), and SANA, the Pentagon and CENTCOM describe the same.',
      sources: [RIA_SYRIA_TV, GAZETA_PALMYRA, SPUTNIK_PALMYRA, SANA_PALMYRA, WAM_PENTAGON],
    },
  },
  {
    id: 's01-b',
    sentence: 1,
    text: 'In a sudden escalation of hostilities',
    entities: ['palmyra-attack-2025'],
    kind: 'framing',
    check: {
      status: 'context',
      note: 'This is the article’s own description. The reports it relays describe one gunman firing on a joint patrol; CENTCOM called him a lone IS gunman, killed by partner forces.',
      sources: [SANA_PALMYRA, WAM_PENTAGON, REUTERS_IS_COMMENT],
    },
  },
  {
    id: 's01-c',
    sentence: 1,
    text: 'the strategically significant area of Palmyra',
    entities: ['palmyra'],
    kind: 'framing',
  },
  // 2
  {
    id: 's02-a',
    sentence: 2,
    text: 'The operation, which resulted in casualties among both American and Syrian soldiers',
    entities: ['palmyra-attack-2025', 'us-forces-in-syria', 'united-states', 'syria'],
    kind: 'reported',
    attribution: null,
    check: {
      status: 'partly',
      note: 'There were casualties on both sides, but calling it "the operation" carries over the reversal in sentence 1: the joint forces were attacked. The Pentagon reported two US soldiers and a US civilian interpreter killed and three service members wounded. The Syrian casualties were security personnel, and early reports differed on whether one of them was killed.',
      sources: [
        WAM_PENTAGON,
        'https://www.foxnews.com/politics/trump-orders-isis-strikes-syria-iowa-national-guards-soldiers-killed',
        RIA_SYRIA_TV,
        'https://www.okaz.com.sa/politics/na/2226415',
        'https://ria.ru/20251214/siriya-2061908967.html',
      ],
    },
  },
  {
    id: 's02-b',
    sentence: 2,
    text: 'marked a rare instance of direct military collaboration between the two nations',
    entities: ['syria', 'united-states'],
    kind: 'framing',
    check: {
      status: 'context',
      note: 'A month earlier, in November 2025, Syria had joined the US-led coalition against IS as its 90th member; Syria’s information minister called that step political, with no military component. The US envoy Tom Barrack described the unit that was attacked as a joint US–Syrian government patrol.',
      sources: [
        'https://www.devdiscourse.com/article/politics/3693837-syria-joins-global-coalition-against-isis-amid-historic-white-house-visit',
        'https://www.kommersant.ru/doc/8291088',
        'https://www.freemalaysiatoday.com/category/world/2025/12/14/syria-gunman-who-killed-americans-was-to-be-fired-from-security-forces-for-extremism',
      ],
    },
  },
  // 3
  {
    id: 's03-a',
    sentence: 3,
    text: 'American helicopters swiftly intervening to evacuate the wounded, transporting them to the Et-Tanf base',
    entities: ['us-forces-in-syria', 'al-tanf', 'palmyra-attack-2025'],
    kind: 'reported',
    attribution: null,
    check: {
      status: 'consistent',
      note: 'Matches Syria TV, as relayed by RIA Novosti, and SANA, which cited a security source: US helicopters flew the wounded to al-Tanf. "Et-Tanf" is a transliteration from Russian; the usual spelling is al-Tanf.',
      sources: [RIA_SYRIA_TV, SANA_PALMYRA],
    },
  },
  {
    id: 's03-b',
    sentence: 3,
    text: 'a U.S. military outpost located near the Syria-Iraq border',
    entities: [
      'al-tanf',
      'united-states',
      'us-forces-in-syria',
      'iraq-syria-border',
      'iraq',
      'syria',
    ],
    kind: 'reported',
    attribution: null,
    check: {
      status: 'outdated',
      note: 'True in December 2025, no longer after February 2026: US forces completed their withdrawal from al-Tanf (CENTCOM gave 11 February as the date), and Syria’s Defence Ministry said army units took over the base. The garrison lies where the borders of Syria, Jordan and Iraq meet.',
      sources: [
        'https://internewscast.com/news/us/u-s-forces-conclude-strategic-withdrawal-from-al-tanf-garrison-in-syria',
        'https://www.devdiscourse.com/article/law-order/3802829-us-forces-withdraw-from-once-strategic-foothold-in-syria-us-officials-say',
        'https://www.crisisgroup.org/trigger-list/iran-us-trigger-list/flashpoints/al-tanf-syria',
      ],
    },
  },
  // 4
  {
    id: 's04-a',
    sentence: 4,
    text: 'This incident has raised questions about the shifting dynamics of U.S. involvement in Syria and the potential implications for regional stability',
    entities: ['palmyra-attack-2025', 'united-states', 'us-forces-in-syria', 'syria'],
    kind: 'framing',
  },
  {
    id: 's04-b',
    sentence: 4,
    text: 'the Syrian government continues to navigate its complex relationships with global powers',
    entities: ['syrian-transitional-government'],
    kind: 'framing',
  },
  // 5
  {
    id: 's05-a',
    sentence: 5,
    text: 'Russia’s role in Syria has remained a cornerstone of its foreign policy',
    entities: ['russia', 'syria'],
    kind: 'framing',
  },
  {
    id: 's05-b',
    sentence: 5,
    text: 'its military bases in the country serving as a stabilizing force amid the ongoing chaos',
    entities: [
      'russian-military-bases-in-syria',
      'hmeimim-air-base',
      'tartus-naval-base',
      'russia',
      'syria',
      'syrian-civil-war',
    ],
    kind: 'framing',
    check: {
      status: 'context',
      note: 'This is how Russian officials describe the bases (see sentence 6), stated here as fact. The bases served Russia’s military intervention on Assad’s side from 2015. After his fall, Syria’s foreign minister said the agreements made under Assad were suspended and the bases’ future was being negotiated.',
      sources: [
        'https://gulfnews.com/world/mena/russia-syria-to-bolster-ties-review-assad-era-agreements-2-1.500218264',
        'https://www.kommersant.ru/doc/8250694',
        RBC_SHAIBANI,
      ],
    },
  },
  // 6
  {
    id: 's06-a',
    sentence: 6,
    text: 'In December, Russian Deputy Foreign Minister Sergei Vеrshinin reiterated that these bases continue to function',
    entities: [
      'sergey-vershinin',
      'russian-foreign-ministry',
      'russian-military-bases-in-syria',
      'hmeimim-air-base',
      'tartus-naval-base',
      'russia',
    ],
    kind: 'reported',
    attribution: 'Sergei Vershinin',
    check: {
      status: 'consistent',
      note: 'In an RTVI interview on 3 December 2025 he said Russia’s bases in Syria were operating, played a stabilising role in Syria and the region, and could be used to receive humanitarian aid. He had made a similar remark in July 2025. He was deputy foreign minister at the time; in February 2026 he was moved to the post of ambassador to Turkey.',
      sources: [
        'https://tass.com/politics/2052995',
        'https://ria.ru/20251203/rossiya-2059536442.html',
        'https://www.kommersant.ru/doc/8250694',
        SARABIC_JULY,
        'https://www.tvc.ru/news/337267',
      ],
    },
  },
  {
    id: 's06-b',
    sentence: 6,
    text: 'critical nodes in Moscow’s broader strategy to counter Western influence in the Middle East',
    entities: [
      'sergey-vershinin',
      'russian-military-bases-in-syria',
      'moscow',
      'middle-east',
      'russia',
    ],
    kind: 'reported',
    attribution: 'Sergei Vershinin',
    check: {
      status: 'unsupported',
      note: 'None of the reports of his 3 December 2025 remarks found, nor the Russian news item the article follows, has him calling the bases "critical nodes" or a means to counter Western influence. The reported remarks speak of the bases operating and of their stabilising role.',
      sources: [
        'https://tass.com/politics/2052995',
        'https://ria.ru/20251203/rossiya-2059536442.html',
        'https://www.kommersant.ru/doc/8250694',
        GAZETA_PALMYRA,
      ],
    },
  },
  // 7
  {
    id: 's07-a',
    sentence: 7,
    text: 'The presence of Russian forces has not only bolstered Syria’s military capabilities but also provided a platform for diplomatic engagement',
    entities: ['russia', 'syria', 'russian-military-bases-in-syria'],
    kind: 'framing',
    check: {
      status: 'context',
      note: 'Russian forces arrived in 2015, at the request of Assad’s government, to back it against its armed opponents, among them the forces now in power. Al-Sharaa has said Syria’s weapons are all Russian-made and gave that as one reason to keep talking to Moscow.',
      sources: [
        'https://www.kommersant.ru/doc/8250694',
        'https://insidermails.com/en/amp/news/280839',
      ],
    },
  },
  // 8
  {
    id: 's08-a',
    sentence: 8,
    text: 'meeting between Russian President Vladimir Putin and Syrian interim president Ahmed Ash-Sharara on October 15th, the first in-person dialogue between the two leaders since the power transition in Syria',
    entities: [
      'vladimir-putin',
      'ahmed-al-sharaa',
      'putin-sharaa-meeting-2025',
      'fall-of-assad-2024',
      'russia',
      'syria',
    ],
    kind: 'reported',
    attribution: null,
    check: {
      status: 'consistent',
      note: 'TASS called the Kremlin talks of 15 October 2025 the first in-person contact at the top level since the change of power, and it was al-Sharaa’s first visit to Russia. The article’s "Ash-Sharara" is a misspelling of al-Sharaa. The two met again on 28 January 2026.',
      sources: [
        'https://tass.ru/politika/25354605',
        'https://tass.com/politics/2030019',
        'https://tass.com/politics/2078027',
      ],
    },
  },
  {
    id: 's08-b',
    sentence: 8,
    text: 'the historic meeting',
    entities: ['putin-sharaa-meeting-2025'],
    kind: 'framing',
  },
  // 9
  {
    id: 's09-a',
    sentence: 9,
    text: 'The encounter signified a renewed commitment to cooperation, as both nations sought to address the challenges posed by the war’s aftermath and the need for long-term reconciliation',
    entities: ['putin-sharaa-meeting-2025', 'russia', 'syria', 'syrian-civil-war'],
    kind: 'framing',
    check: {
      status: 'partly',
      note: 'What was reported from the talks: al-Sharaa said Syria respects its past agreements with Russia and wants to restore and redefine relations, and Putin offered to revive the joint intergovernmental committee; the Russian bases and Assad’s extradition were expected on the agenda. None of these reports mentions long-term reconciliation.',
      sources: [
        SHAFAQ_MEETING,
        'https://www.middleeastmonitor.com/20251015-syrian-president-al-sharaa-to-visit-moscow-will-seek-assads-extradition-for-trial/',
        'https://www.rbc.ua/ukr/news/putin-vpershe-zustrivsya-iz-prezidentom-siriyi-1760530662.html/amp',
      ],
    },
  },
  // 10
  {
    id: 's10-a',
    sentence: 10,
    text: 'the Syrian Foreign Ministry has revealed ongoing negotiations with Russia regarding the future of military bases and the fate of former President Bashar al-Assad',
    entities: [
      'syrian-foreign-ministry',
      'russia',
      'russian-military-bases-in-syria',
      'hmeimim-air-base',
      'tartus-naval-base',
      'bashar-al-assad',
    ],
    kind: 'reported',
    attribution: 'the Syrian Foreign Ministry',
    check: {
      status: 'context',
      note: 'Matches what Foreign Minister al-Shaibani said in an interview with Al-Ikhbariya, reported on 18–19 October 2025: talks with Russia covered the Russian bases and Assad’s fate. That was two months before the Palmyra attack, although "amid these developments" reads as if it came later.',
      sources: [GAZETA_SHAIBANI, RBC_SHAIBANI, 'https://www.kommersant.ru/doc/8137984'],
    },
  },
  // 11
  {
    id: 's11-a',
    sentence: 11,
    text: 'These discussions, which involve revisiting existing bilateral agreements',
    entities: ['syrian-foreign-ministry', 'syria', 'russia'],
    kind: 'reported',
    attribution: null,
    check: {
      status: 'consistent',
      note: 'Consistent with al-Shaibani’s remarks reported in October 2025: the agreements concluded with the former government were under review and had been suspended.',
      sources: [RBC_SHAIBANI, GAZETA_SHAIBANI],
    },
  },
  {
    id: 's11-b',
    sentence: 11,
    text: 'highlight the delicate balance between Syria’s desire for sovereignty and Russia’s strategic interests in maintaining its influence in the region',
    entities: ['syria', 'russia'],
    kind: 'framing',
  },
  // 12
  {
    id: 's12-a',
    sentence: 12,
    text: 'Foreign Minister Assad al-Shibani emphasized the importance of these talks, stating that they aim to redefine the terms of cooperation',
    entities: ['asaad-al-shaibani', 'syrian-foreign-ministry', 'syria', 'russia'],
    kind: 'reported',
    attribution: 'Asaad al-Shaibani',
    check: {
      status: 'partly',
      note: 'Reports of his October 2025 interview say he called the agreements made with Assad’s government suspended (RBC: unacceptable), said there were no new agreements yet, and said the role of the Russian bases was under negotiation. The paraphrase leaves out the suspension; "redefine" is closer to al-Sharaa’s own words at the Kremlin. "Assad al-Shibani" is the article’s spelling of Asaad al-Shaibani; Asaad (As’ad) is a given name, unrelated to the Assad family.',
      sources: [RBC_SHAIBANI, GAZETA_SHAIBANI, SHAFAQ_MEETING],
    },
  },
  {
    id: 's12-b',
    sentence: 12,
    text: 'a post-war Syria',
    entities: ['syria', 'syrian-civil-war'],
    kind: 'framing',
    check: {
      status: 'context',
      note: '"Post-war" is the article’s own description. Armed violence continued after Assad’s fall: CENTCOM blamed the December 2025 Palmyra attack on an IS gunman.',
      sources: [REUTERS_IS_COMMENT],
    },
  },
  // 13
  {
    id: 's13-a',
    sentence: 13,
    text: 'Assad’s return to power remains a contentious issue for both domestic and international stakeholders',
    entities: ['bashar-al-assad', 'syria', 'russia'],
    kind: 'framing',
    check: {
      status: 'unsupported',
      note: 'No report found discusses Assad returning to power. The reported dispute is about his fate: Syria’s new authorities want him handed over for trial, and Russia, which gave him asylum in December 2024, has refused.',
      sources: [
        'https://www.middleeastmonitor.com/20250418-russia-refuses-to-extradite-assad-to-syria-diplomat-says/',
        'https://en.wikipedia.org/wiki/Proposed_handover_of_Bashar_al-Assad_to_Syria',
        'https://insidermails.com/en/amp/news/280839',
        'https://dw.com/en/syria-updates-assad-in-russia-granted-asylum-reports/live-70993412',
      ],
    },
  },
  {
    id: 's13-b',
    sentence: 13,
    text: 'the negotiations also carry the weight of unspoken tensions',
    entities: ['syria', 'russia'],
    kind: 'framing',
  },
  // 14
  {
    id: 's14-a',
    sentence: 14,
    text: 'While the focus on Syria remains intense, the broader context of Russia’s geopolitical maneuvers cannot be ignored.',
    entities: ['syria', 'russia'],
    kind: 'framing',
  },
  // 15
  {
    id: 's15-a',
    sentence: 15,
    text: 'the ongoing conflict in Ukraine',
    entities: ['russian-invasion-of-ukraine', 'ukraine', 'russia'],
    kind: 'reported',
    attribution: null,
    check: {
      status: 'context',
      note: 'The article does not say what the conflict is: Russia’s full-scale invasion of Ukraine, launched on 24 February 2022, within a war that began in 2014 with Russia’s occupation of Crimea.',
      sources: [
        HINDU_PUTIN_ADDRESS,
        'https://owiki.org/wiki/Maidan_Revolution',
        'https://www.jurist.org/features/author/olhachernovol/',
      ],
    },
  },
  {
    id: 's15-b',
    sentence: 15,
    text: 'Russian officials have consistently framed their actions as efforts to protect the citizens of Donbass and safeguard Russian interests from what they describe as the destabilizing effects of the Maidan revolution',
    entities: ['russia', 'donbas', 'maidan-revolution', 'russian-invasion-of-ukraine', 'ukraine'],
    kind: 'reported',
    attribution: 'Russian officials',
    check: {
      status: 'context',
      note: 'An accurate account of the Russian official position. Announcing the invasion on 24 February 2022, Putin said it was meant to protect people in Donbas from what he called genocide, and in March 2022 Russia’s UN envoy called the events of February 2014 an "illegal coup". In Ukraine those events are known as the Revolution of Dignity.',
      sources: [
        HINDU_PUTIN_ADDRESS,
        NATION_UN_ENVOY,
        'https://en.wikipedia.org/wiki/Revolution_of_Dignity',
      ],
    },
  },
  // 16
  {
    id: 's16-a',
    sentence: 16,
    text: 'This narrative, though contested by Western nations',
    entities: ['russia', 'russian-invasion-of-ukraine', 'ukraine'],
    kind: 'framing',
    check: {
      status: 'context',
      note: 'The objection is not limited to Western states: on 2 March 2022, 141 UN member states voted for a General Assembly resolution on Russia’s aggression against Ukraine, with 5 against and 35 abstaining.',
      sources: ['https://new-york-un.diplo.de/un-en/2515114-2515114', NATION_UN_ENVOY],
    },
  },
  {
    id: 's16-b',
    sentence: 16,
    text: 'underscores the complex interplay of domestic and international priorities that shape Russia’s foreign policy',
    entities: ['russia'],
    kind: 'framing',
  },
  // 17
  {
    id: 's17-a',
    sentence: 17,
    text: 'the question of whether these efforts truly serve peace or merely reinforce Russia’s strategic dominance remains a subject of fierce debate',
    entities: ['syria', 'ukraine', 'russia'],
    kind: 'framing',
  },
];
