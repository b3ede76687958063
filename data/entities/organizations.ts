/**
 * Organisations: ministries, a government, armed forces, a militant group. Facts and sources:
 * shared/reference/facts.md (O2–O4, O7, O8); notes are ours. Broader bodies that facts.md lists
 * next to "US forces in Syria" (CENTCOM, the Pentagon, the anti-IS coalition) are not aliases of
 * it: the card would describe the wrong thing.
 */
import type { ContextRule, Entity } from '../schema';

const ALMADAR_MINISTRY =
  'https://almadarnewspaper.com/category/%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9/page/2';
const RBC_SHAIBANI = 'https://www.rbc.ru/politics/19/10/2025/68f4026f9a79471876c9f4a0';
const AL_TANF_WITHDRAWAL =
  'https://internewscast.com/news/us/u-s-forces-conclude-strategic-withdrawal-from-al-tanf-garrison-in-syria';
const REUTERS_AL_TANF =
  'https://www.devdiscourse.com/article/law-order/3802829-us-forces-withdraw-from-once-strategic-foothold-in-syria-us-officials-say';
const AFP_WITHDRAWAL =
  'https://www.hurriyetdailynews.com/us-forces-to-complete-withdrawal-from-syria-within-a-month-sources-219230';
const AFP_GUNMAN =
  'https://www.freemalaysiatoday.com/category/world/2025/12/14/syria-gunman-who-killed-americans-was-to-be-fired-from-security-forces-for-extremism';
const REUTERS_IS_COMMENT =
  'https://www.thestar.com.my/news/world/2025/12/19/islamic-state-in-first-comment-calls-palmyra-attack-a-blow-to-us-and-syrian-forces';
const FOX_HAWKEYE =
  'https://www.foxnews.com/politics/trump-orders-isis-strikes-syria-iowa-national-guards-soldiers-killed';
const STC_WIKI_MIRROR =
  'http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FSyrian_transitional_government';

/**
 * "Foreign Ministry" alone: every country has one. These name another country's and are never
 * highlighted.
 */
const OTHER_FOREIGN_MINISTRIES = [
  'Turkish Foreign Ministry',
  'Iranian Foreign Ministry',
  'Iraqi Foreign Ministry',
  'Israeli Foreign Ministry',
  'Jordanian Foreign Ministry',
  'Lebanese Foreign Ministry',
  'Saudi Foreign Ministry',
  'Qatari Foreign Ministry',
  'Egyptian Foreign Ministry',
  'Emirati Foreign Ministry',
  'Ukrainian Foreign Ministry',
  'Chinese Foreign Ministry',
  'French Foreign Ministry',
  'German Foreign Ministry',
  "Turkey's Foreign Ministry",
  "Iran's Foreign Ministry",
  "Iraq's Foreign Ministry",
  "Israel's Foreign Ministry",
  "Jordan's Foreign Ministry",
  "Lebanon's Foreign Ministry",
  "Ukraine's Foreign Ministry",
  "China's Foreign Ministry",
];

const SYRIAN_MINISTRY_NEAR = {
  entities: ['syria', 'asaad-al-shaibani', 'syrian-transitional-government', 'ahmed-al-sharaa'],
  window: 150,
};

/** Shared by the Syrian and the Russian ministry: the nearest country or official decides. */
function foreignMinistry(near: NonNullable<ContextRule['requireNear']>): Entity['aliases'][number] {
  return {
    text: 'Foreign Ministry',
    kind: 'short',
    ambiguous: true,
    context: { notThis: OTHER_FOREIGN_MINISTRIES, requireNear: near },
  };
}

/** Where "US forces" and the like mean the deployment in Syria. */
const US_FORCES_NEAR = {
  entities: [
    'syria',
    'palmyra',
    'al-tanf',
    'palmyra-attack-2025',
    'syrian-transitional-government',
    'iraq-syria-border',
  ],
  window: 200,
};

/** Pages where a generic "Islamic State" phrase in Arabic or Russian names the group. */
const IS_PAGE = ['syria', 'iraq', 'palmyra', 'palmyra-attack-2025', 'syrian-civil-war'];

export const ORGANIZATIONS: Entity[] = [
  {
    id: 'syrian-foreign-ministry',
    name: 'Syrian Foreign Ministry',
    type: 'organization',
    description:
      'Syria’s Ministry of Foreign Affairs and Expatriates, headed by Asaad al-Shaibani (as of February 2026)',
    aliases: [
      { text: 'Syrian Foreign Ministry', kind: 'name' },
      { text: 'Ministry of Foreign Affairs and Expatriates', kind: 'name' },
      { text: 'Syrian Ministry of Foreign Affairs and Expatriates', kind: 'name' },
      { text: 'Syrian MFA', kind: 'abbreviation' },
      foreignMinistry(SYRIAN_MINISTRY_NEAR),
      {
        text: 'وزارة الخارجية والمغتربين',
        kind: 'native',
        lang: 'ar',
        ambiguous: true,
        context: { requireNear: SYRIAN_MINISTRY_NEAR },
      },
      { text: 'МИД Сирии', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'وزارة الخارجية والمغتربين', source: ALMADAR_MINISTRY },
      {
        lang: 'ru',
        text: 'МИД Сирии',
        source: 'https://www.gazeta.ru/army/news/2025/12/13/27405487.shtml',
      },
    ],
    note: {
      text: 'Syria’s foreign ministry, officially the Ministry of Foreign Affairs and Expatriates, a name it kept after Assad’s fall. Asaad al-Shaibani has headed it since December 2024. In October 2025 he said the talks with Russia covered revising earlier agreements, the Russian bases and Assad’s fate.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Its official name, “Ministry of Foreign Affairs and Expatriates”, was used under Assad and was still in use in December 2025 statements.',
        sources: [
          'http://syriatimes.sy/index.php/presidential-activities/52383-the-newly-appointed-fm-sworn-in-before-president-al-assad?tmpl=component&print=1&layout=default&page=',
          ALMADAR_MINISTRY,
        ],
      },
      {
        text: 'Headed by Asaad al-Shaibani since 21 December 2024.',
        sources: ['https://rudaw.net/english/middleeast/syria/211220245'],
        asOf: '2026-02',
      },
      {
        text: 'In October 2025 the minister said the talks with Russia covered revising earlier agreements, the Russian bases and Assad’s fate.',
        sources: [RBC_SHAIBANI],
      },
      {
        text: 'After the Palmyra attack it offered condolences to the families of Syrian and American security personnel killed in attacks in Palmyra and northern Syria, restated its commitment against IS, and asked the US and the coalition to support Syria’s counter-terrorism effort.',
        sources: [ALMADAR_MINISTRY],
      },
    ],
    claims: ['s10-a', 's11-a', 's12-a'],
  },
  {
    id: 'russian-foreign-ministry',
    name: 'Russian Foreign Ministry',
    type: 'organization',
    description:
      'Ministry of Foreign Affairs of the Russian Federation, headed by Sergey Lavrov (as of February 2026)',
    aliases: [
      { text: 'Russian Foreign Ministry', kind: 'name' },
      { text: 'Ministry of Foreign Affairs of the Russian Federation', kind: 'name' },
      { text: 'Foreign Ministry of Russia', kind: 'variant' },
      { text: 'Russian MFA', kind: 'abbreviation' },
      foreignMinistry({
        entities: ['russia', 'sergey-vershinin', 'vladimir-putin'],
        window: 150,
      }),
      {
        text: 'Министерство иностранных дел Российской Федерации',
        kind: 'native',
        lang: 'ru',
      },
      { text: 'МИД России', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ru', text: 'Министерство иностранных дел Российской Федерации' },
      { lang: 'ru', text: 'МИД России', source: 'https://www.kommersant.ru/doc/8250694' },
    ],
    note: {
      text: 'Russia’s foreign ministry, headed by Sergey Lavrov since 2004. When Assad left Syria in December 2024 it said he had ordered a peaceful handover of power. Its deputy minister Sergey Vershinin, quoted in the article, spoke about Russia’s bases in Syria in December 2025 and left the post in February 2026.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Headed by Sergey Lavrov since 2004.',
        sources: [
          'https://article.wn.com/view/2017/04/18/Press_release_on_Foreign_Minister_Sergey_Lavrov_s_talks_with_e/',
        ],
        asOf: '2026-02',
      },
      {
        text: 'On 8 December 2024 it said Assad had left Syria after talks with armed groups and had ordered a peaceful handover of power; it also said Russia’s bases in Syria were on high alert but under no serious threat.',
        sources: [
          'https://jakartaglobe.id/news/bashar-assad-receives-asylum-from-moscow-russian-state-media-say',
          'https://fotkaew.ru/mid-zayavil-o-privedenii-voennykh-baz-rossii-v-sirii-v-povyshennuyu-boegotovnost',
        ],
      },
      {
        text: 'Deputy minister Sergey Vershinin spoke about the bases in Syria on 3 December 2025.',
        sources: ['https://tass.com/politics/2052995'],
      },
      {
        text: 'Its spokeswoman is Maria Zakharova.',
        sources: [
          'https://vestikavkaza.ru/news/maria-zaharova-vestniku-kavkaza-turcia-ostaetsa-odnim-iz-vaznyh-partnerov-rossii.html',
        ],
        asOf: '2026-02',
      },
    ],
    updates: [
      {
        date: '2026-02-20',
        text: 'Deputy minister Sergey Vershinin was appointed ambassador to Turkey; Georgy Borisenko became deputy minister in his place.',
        sources: [
          'https://tvzvezda.ru/news/20262201022-wNByh.html',
          'https://www.tvc.ru/news/337267',
        ],
      },
    ],
    claims: ['s06-a'],
  },
  {
    id: 'us-forces-in-syria',
    name: 'US forces in Syria',
    type: 'organization',
    description:
      'US military deployment in Syria against the Islamic State group; withdrawing as of February 2026',
    aliases: [
      { text: 'US forces in Syria', kind: 'name' },
      { text: 'U.S. forces in Syria', kind: 'variant' },
      { text: 'US troops in Syria', kind: 'variant' },
      { text: 'U.S. troops in Syria', kind: 'variant' },
      {
        text: 'US forces',
        kind: 'short',
        ambiguous: true,
        context: { requireNear: US_FORCES_NEAR },
      },
      {
        text: 'U.S. forces',
        kind: 'short',
        ambiguous: true,
        context: { requireNear: US_FORCES_NEAR },
      },
      {
        text: 'US troops',
        kind: 'short',
        ambiguous: true,
        context: { requireNear: US_FORCES_NEAR },
      },
      {
        text: 'U.S. troops',
        kind: 'short',
        ambiguous: true,
        context: { requireNear: US_FORCES_NEAR },
      },
      {
        text: 'U.S. military',
        kind: 'short',
        ambiguous: true,
        context: { requireNear: US_FORCES_NEAR },
      },
      {
        text: 'القوات الأمريكية',
        kind: 'native',
        lang: 'ar',
        ambiguous: true,
        context: { requireNear: US_FORCES_NEAR },
      },
      {
        text: 'американские военные',
        kind: 'native',
        lang: 'ru',
        ambiguous: true,
        context: { requireNear: US_FORCES_NEAR },
      },
    ],
    nativeNames: [
      { lang: 'ar', text: 'القوات الأمريكية' },
      {
        lang: 'ru',
        text: 'американские военные',
        source: 'https://www.gazeta.ru/army/news/2025/12/13/27405487.shtml',
      },
    ],
    note: {
      text: 'US troops have been in Syria to fight the Islamic State group and support local partners, among them the SDF; the Pentagon put their number at about 2,000 in December 2024 and ordered it cut below 1,000 in April 2025. Two US soldiers and a US civilian interpreter were killed near Palmyra on 13 December 2025. In February 2026 they left al-Tanf and other bases, with a full withdrawal expected within about a month; whether it was completed is not verified here.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'The Pentagon said in December 2024 that about 2,000 US troops were in Syria, more than the roughly 900 long cited, to fight IS and support partners including the SDF.',
        sources: ['https://www.okaz.com.sa/politics/na/2226415'],
      },
      {
        text: 'On 18 April 2025 it ordered the forces consolidated under Combined Joint Task Force – Operation Inherent Resolve, bringing the number below 1,000.',
        sources: [
          'https://dailypost.ng/2025/04/19/us-military-moves-to-reduce-troops-in-syria-to-under-1000/',
        ],
      },
      {
        text: 'Near Palmyra on 13 December 2025, Iowa National Guard Sergeants Edgar Brian Torres-Tovar and William Nathaniel Howard and the US civilian interpreter Ayad Mansoor Sakat were killed. Retaliatory strikes on IS (“Operation Hawkeye Strike”) began on 19 December 2025.',
        sources: [FOX_HAWKEYE],
      },
      {
        text: 'On 13 December 2025 US helicopters flew the wounded from Palmyra to al-Tanf.',
        sources: ['https://sana.sy/governorates/2352717/'],
      },
    ],
    updates: [
      {
        date: '2026-02-11',
        text: 'US forces completed their withdrawal from al-Tanf (CENTCOM: departure finalised on 11 February 2026).',
        sources: [AL_TANF_WITHDRAWAL, REUTERS_AL_TANF],
      },
      {
        date: '2026-02-23',
        text: 'Having left al-Tanf and Shaddadi, US forces began leaving the Qasrak base; sources expected a full withdrawal from Syria within about a month. Whether it was completed is not verified here.',
        sources: [AFP_WITHDRAWAL],
      },
    ],
    claims: ['s01-a', 's02-a', 's03-a', 's03-b', 's04-a'],
  },
  {
    id: 'islamic-state',
    name: 'Islamic State',
    type: 'organization',
    description: 'Militant group that held large parts of Syria and Iraq from 2014 to 2019',
    aliases: [
      {
        text: 'Islamic State',
        kind: 'name',
        caseSensitive: true,
      },
      { text: 'Islamic State group', kind: 'name' },
      { text: 'ISIS', kind: 'abbreviation', caseSensitive: true },
      { text: 'ISIL', kind: 'abbreviation', caseSensitive: true },
      { text: 'Daesh', kind: 'variant' },
      {
        text: 'الدولة الإسلامية',
        kind: 'native',
        lang: 'ar',
        ambiguous: true,
        context: { requireOnPage: IS_PAGE },
      },
      { text: 'داعش', kind: 'native', lang: 'ar' },
      {
        text: 'Исламское государство',
        kind: 'native',
        lang: 'ru',
        caseSensitive: true,
        ambiguous: true,
        context: { requireOnPage: IS_PAGE },
      },
      { text: 'ИГИЛ', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'الدولة الإسلامية' },
      { lang: 'ar', text: 'داعش' },
      {
        lang: 'ru',
        text: 'Исламское государство',
        source: 'https://www.kommersant.ru/doc/8291088',
      },
      { lang: 'ru', text: 'ИГИЛ', source: 'https://news.mail.ru/politics/69087020/' },
    ],
    note: {
      text: 'A militant group that controlled large parts of Syria and Iraq from 2014 to 2019, Palmyra among them, where it destroyed ancient monuments. The article does not name it, but CENTCOM blamed the December 2025 attack near Palmyra on a lone IS gunman; the group called the attack a blow to US and Syrian forces without explicitly claiming it.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Controlled large parts of Syria and Iraq from 2014 to 2019.',
        sources: [REUTERS_IS_COMMENT],
      },
      {
        text: 'Held Palmyra from May 2015 to March 2016 and again from December 2016; destroyed monuments there, among them the Temple of Bel.',
        sources: [
          'http://whc.unesco.org/en/soc/3350/&mode=doc',
          'https://visir.is/g/2016161219876/f/skodanir',
          'http://www.reuters.com/news/picture/palmyra-in-ruins-idUSRTX1QG8C',
        ],
      },
      {
        text: 'CENTCOM blamed the 13 December 2025 ambush near Palmyra on a “lone ISIS gunman”; IS called the attack a “blow” to US and Syrian forces but did not explicitly claim it.',
        sources: [
          REUTERS_IS_COMMENT,
          'https://www.kurdistan24.net/en/story/882294/islamic-state-calls-palmyra-attack-a-blow-to-us-and-syrian-forces',
        ],
      },
      {
        text: 'The US struck more than 70 IS targets in Syria in “Operation Hawkeye Strike”, launched on 19 December 2025.',
        sources: [FOX_HAWKEYE],
      },
      {
        text: 'Syria joined the Global Coalition to Defeat ISIS in November 2025 as its 90th member.',
        sources: [
          'https://www.devdiscourse.com/article/politics/3693837-syria-joins-global-coalition-against-isis-amid-historic-white-house-visit',
        ],
      },
    ],
    claims: [],
  },
  {
    id: 'syrian-transitional-government',
    name: 'Syrian transitional government',
    type: 'organization',
    description:
      'Syria’s government since 29 March 2025, under President Ahmed al-Sharaa (as of February 2026)',
    aliases: [
      { text: 'Syrian transitional government', kind: 'name' },
      {
        text: 'Syrian government',
        kind: 'short',
        ambiguous: true,
        note: 'Before December 2024 the phrase meant Assad’s government.',
        context: {
          requireOnPage: [
            'syrian-transitional-government',
            'fall-of-assad-2024',
            'ahmed-al-sharaa',
          ],
        },
      },
      { text: 'new Syrian authorities', kind: 'variant' },
      { text: 'الحكومة السورية الانتقالية', kind: 'native', lang: 'ar' },
      { text: 'переходное правительство Сирии', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      {
        lang: 'ar',
        text: 'الحكومة السورية الانتقالية',
        source: 'https://www.uaedevelop.com/?p=4989',
      },
      {
        lang: 'ru',
        text: 'переходное правительство Сирии',
        source: 'https://www.kommersant.ru/doc/8291088',
      },
    ],
    note: {
      text: 'The government formed on 29 March 2025 under President Ahmed al-Sharaa, replacing the caretaker cabinet set up after Assad’s fall; it has no prime minister. It is distinct from the opposition’s “Syrian Interim Government” and from Idlib’s “Syrian Salvation Government”. The article’s “Syrian government” refers to it.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Formed on 29 March 2025 under President al-Sharaa, succeeding Mohammed al-Bashir’s caretaker government; the post of prime minister was abolished.',
        sources: [STC_WIKI_MIRROR],
        asOf: '2026-02',
      },
      {
        text: 'Not to be confused with the opposition’s “Syrian Interim Government” or with the “Syrian Salvation Government” of Idlib.',
        sources: [STC_WIKI_MIRROR],
      },
      {
        text: 'The caretaker prime minister Mohammed al-Bashir was named on 10 December 2024, with a mandate until 1 March 2025.',
        sources: ['https://tass.com/world/1896183'],
      },
      {
        text: 'Its Interior Ministry said the Palmyra gunman of 13 December 2025 was a member of the security forces who was due to be dismissed for extremist views.',
        sources: [AFP_GUNMAN],
      },
    ],
    updates: [
      {
        date: '2026-02',
        text: 'Its army units took over the al-Tanf base after US forces left, according to Syria’s Defence Ministry.',
        sources: [AL_TANF_WITHDRAWAL, REUTERS_AL_TANF],
      },
    ],
    claims: ['s04-b'],
  },
];
