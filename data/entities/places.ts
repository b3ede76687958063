/**
 * Places named in the article: countries, regions, a city, a border, an ancient site, and the
 * military bases it mentions. Facts and sources: shared/reference/facts.md (L1–L11, O5, O6); notes
 * are ours. Metonyms ("Damascus", "Washington", "the Kremlin") are deliberately not aliases: a
 * capital named for its government would put the wrong card on the word.
 */
import type { Entity } from '../schema';

const GULF_NEWS_BASES =
  'https://gulfnews.com/world/mena/russia-syria-to-bolster-ties-review-assad-era-agreements-2-1.500218264';
const KOMMERSANT_BASES = 'https://www.kommersant.ru/doc/8250694';
const RBC_SHAIBANI = 'https://www.rbc.ru/politics/19/10/2025/68f4026f9a79471876c9f4a0';
const SHAFAQ_MEETING =
  'https://www.shafaq.com/en/World/Putin-al-Sharaa-agree-to-resume-the-Russian-Syrian-joint-committee-soon';
const TRT_ARABI_BASES =
  'https://trtarabi.com/now/عسكريا-ودبلوماسيا-الكرملين-روسيا-على-تواصل-مع-الإدارة-السورية-الجديدة-18246537';
const SPUTNIK_FR_2020 =
  'https://fr.sputniknews.africa/amp/20200820/la-base-russe-de-hmeimim-en-syrie-sera-elargie-1044284899.html';
const AL_TANF_WITHDRAWAL =
  'https://internewscast.com/news/us/u-s-forces-conclude-strategic-withdrawal-from-al-tanf-garrison-in-syria';
const REUTERS_AL_TANF =
  'https://www.devdiscourse.com/article/law-order/3802829-us-forces-withdraw-from-once-strategic-foothold-in-syria-us-officials-say';
const CRISIS_GROUP_AL_TANF =
  'https://www.crisisgroup.org/trigger-list/iran-us-trigger-list/flashpoints/al-tanf-syria';
const UN_GA_VOTE = 'https://new-york-un.diplo.de/un-en/2515114-2515114';
const HINDU_PUTIN_ADDRESS =
  'https://www.thehindu.com/news/international/special-military-operation-aimed-at-demilitarisation-and-denazification-of-ukraine-putins-televised-address/article65080000.ece';

/** Where a bare "Tartus" means the Russian naval facility: Russia or its bases mentioned nearby. */
const RUSSIAN_BASE_EVIDENCE = [
  'russia',
  'russian-military-bases-in-syria',
  'hmeimim-air-base',
  'russian-foreign-ministry',
  'vladimir-putin',
  'sergey-vershinin',
];

/** Entities whose mention shows a page is about Syria (for "Palmyra", "Tadmor"). */
const SYRIA_EVIDENCE = [
  'syria',
  'islamic-state',
  'palmyra-attack-2025',
  'syrian-civil-war',
  'al-tanf',
  'bashar-al-assad',
  'ahmed-al-sharaa',
  'syrian-transitional-government',
];

/** Where "Russian military bases" means the ones in Syria. */
const SYRIA_NEAR = {
  entities: ['syria', 'hmeimim-air-base', 'tartus-naval-base', 'syrian-transitional-government'],
  window: 200,
};

export const PLACES: Entity[] = [
  {
    id: 'syria',
    name: 'Syria',
    type: 'place',
    description: 'Country in the Middle East; capital Damascus',
    aliases: [
      { text: 'Syria', kind: 'name' },
      { text: 'Syrian Arab Republic', kind: 'name' },
      { text: 'Syrian', kind: 'demonym' },
      { text: 'سوريا', kind: 'native', lang: 'ar' },
      { text: 'سورية', kind: 'native', lang: 'ar' },
      { text: 'الجمهورية العربية السورية', kind: 'native', lang: 'ar' },
      { text: 'Сирия', kind: 'native', lang: 'ru' },
      { text: 'Сирии', kind: 'native', lang: 'ru', note: 'Genitive case.' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'سوريا', source: 'https://www.rivermate.com/employer-of-record/syria' },
      { lang: 'ar', text: 'سورية', source: 'https://www.rivermate.com/employer-of-record/syria' },
      {
        lang: 'ar',
        text: 'الجمهورية العربية السورية',
        source: 'https://www.rivermate.com/employer-of-record/syria',
      },
      {
        lang: 'ru',
        text: 'Сирия',
        source: 'https://www.gazeta.ru/army/news/2025/12/13/27405487.shtml',
      },
    ],
    note: {
      text: 'A country in Western Asia, independent from France since 1946, with Damascus as its capital. Protests in 2011 turned into a long civil war; Bashar al-Assad’s government fell on 8 December 2024. It has been run by a transitional government under President Ahmed al-Sharaa since March 2025.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Officially the Syrian Arab Republic; its capital is Damascus. Independent from France since 1946.',
        sources: ['https://www.bbc.co.uk/news/world-middle-east-14703856'],
      },
      {
        text: 'Protests in 2011 turned into civil war.',
        sources: ['https://www.bbc.co.uk/news/world-middle-east-14703856'],
      },
      {
        text: 'The Assad government fell on 8 December 2024, after an offensive launched on 27 November 2024.',
        sources: [
          'https://themedialine.org/top-stories/syrian-rebels-announce-fall-of-assad-regime-following-rapid-offensive',
        ],
      },
      {
        text: 'A transitional government under President al-Sharaa was formed on 29 March 2025.',
        sources: [
          'http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FSyrian_transitional_government',
        ],
        asOf: '2026-02',
      },
      {
        text: 'Joined the Global Coalition to Defeat ISIS in November 2025 as its 90th member; Syria’s information minister said the step was political and had no military component.',
        sources: [
          'https://www.devdiscourse.com/article/politics/3693837-syria-joins-global-coalition-against-isis-amid-historic-white-house-visit',
          'https://www.kommersant.ru/doc/8291088',
        ],
      },
    ],
    updates: [
      {
        date: '2026-02',
        text: 'Syrian army units took over the al-Tanf base after US forces left it, according to Syria’s Defence Ministry.',
        sources: [REUTERS_AL_TANF, AL_TANF_WITHDRAWAL],
      },
    ],
    claims: [
      's01-a',
      's02-a',
      's02-b',
      's03-b',
      's04-a',
      's05-a',
      's05-b',
      's07-a',
      's08-a',
      's09-a',
      's11-a',
      's11-b',
      's12-a',
      's12-b',
      's13-a',
      's13-b',
      's14-a',
      's17-a',
    ],
  },
  {
    id: 'united-states',
    name: 'United States',
    type: 'place',
    description: 'Country; leads the international coalition against the Islamic State group',
    aliases: [
      { text: 'United States', kind: 'name' },
      { text: 'United States of America', kind: 'name' },
      { text: 'U.S.', kind: 'abbreviation' },
      {
        text: 'US',
        kind: 'abbreviation',
        caseSensitive: true,
        ambiguous: true,
        // Not the country: locale and charset codes, a language menu's entry, the dollar's sign, a
        // magazine, and "us" in text set in capitals (site menus and buttons), all seen on the
        // corpus pages or common in page chrome.
        context: {
          notThis: [
            'en-US',
            'es-US',
            'US-ASCII',
            'English (US)',
            'US$',
            'US Weekly',
            'ABOUT US',
            'CONTACT US',
            'FOLLOW US',
            'JOIN US',
            'EMAIL US',
            'E-MAIL US',
            'CALL US',
            'WRITE TO US',
            'FIND US',
            'HELP US',
            'TELL US',
            'SEND US',
            'SUPPORT US',
            'LET US',
            'GIVE US',
            'ASK US',
            'VISIT US',
            'MEET US',
            'TEXT US',
            'WORK WITH US',
            'ADVERTISE WITH US',
            'CONNECT WITH US',
            'PARTNER WITH US',
            'ALL OF US',
            'THE LAST OF US',
          ],
        },
      },
      {
        text: 'USA',
        kind: 'abbreviation',
        caseSensitive: true,
        ambiguous: true,
        // The newspaper.
        context: { notThis: ['USA Today', 'USA TODAY'] },
      },
      { text: 'American', kind: 'demonym' },
      { text: 'الولايات المتحدة', kind: 'native', lang: 'ar' },
      { text: 'США', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'الولايات المتحدة' },
      {
        lang: 'ru',
        text: 'США',
        source: 'https://www.gazeta.ru/army/news/2025/12/13/27405487.shtml',
      },
    ],
    note: {
      text: 'The United States leads the international coalition against the Islamic State group, which Syria joined in November 2025 after President Trump received al-Sharaa at the White House. US troops in Syria were the target of the Palmyra attack of December 2025, and in February 2026 they left the al-Tanf base.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'President Trump received al-Sharaa at the White House on 10 November 2025, reported as the first visit by a Syrian head of state.',
        sources: [
          'https://jewishinsider.com/2025/11/donald-trump-syria-al-sharaa-anti-isis-coalition-white-house-meeting',
          'https://www.israelheadlinenews.com/articles/2025-11-889703257-syrian-official-says-his-country-has-joined-the-anti-is-coalition',
        ],
      },
      {
        text: 'Leads the coalition against IS formed in 2014; Syria became its 90th member in November 2025.',
        sources: [
          'https://jewishinsider.com/2025/11/donald-trump-syria-al-sharaa-anti-isis-coalition-white-house-meeting',
          'https://www.devdiscourse.com/article/politics/3693837-syria-joins-global-coalition-against-isis-amid-historic-white-house-visit',
        ],
        asOf: '2025-11',
      },
      {
        text: 'The US envoy Tom Barrack said the ambush near Palmyra on 13 December 2025 targeted “a joint US–Syrian government patrol”.',
        sources: [
          'https://www.freemalaysiatoday.com/category/world/2025/12/14/syria-gunman-who-killed-americans-was-to-be-fired-from-security-forces-for-extremism',
        ],
      },
      {
        text: 'Two US soldiers and a US civilian interpreter were killed in that attack; the US answered with strikes on IS targets from 19 December 2025 (“Operation Hawkeye Strike”).',
        sources: [
          'https://www.foxnews.com/politics/trump-orders-isis-strikes-syria-iowa-national-guards-soldiers-killed',
        ],
      },
    ],
    updates: [
      {
        date: '2026-02-11',
        text: 'US forces completed their withdrawal from the al-Tanf base in Syria (CENTCOM gave 11 February as the date).',
        sources: [AL_TANF_WITHDRAWAL, REUTERS_AL_TANF],
      },
    ],
    claims: ['s01-a', 's02-a', 's02-b', 's03-b', 's04-a'],
  },
  {
    id: 'palmyra',
    name: 'Palmyra',
    type: 'place',
    description:
      'Ancient oasis city and modern town (Tadmur) in central Syria; a UNESCO World Heritage Site',
    aliases: [
      {
        text: 'Palmyra',
        kind: 'name',
        ambiguous: true,
        context: {
          notThis: [
            'Palmyra, New York',
            'Palmyra, NY',
            'Palmyra Atoll',
            'Palmyra, New Jersey',
            'Palmyra, NJ',
            'Palmyra, Pennsylvania',
            'Palmyra, PA',
            'Palmyra, Missouri',
            'Palmyra, Wisconsin',
            'Palmyra, Virginia',
          ],
          notOnPageWith: true,
          requireOnPage: SYRIA_EVIDENCE,
        },
      },
      { text: 'Site of Palmyra', kind: 'name', note: 'The name of the UNESCO listing.' },
      { text: 'Tadmur', kind: 'variant', note: 'The Arabic name of the modern town.' },
      {
        text: 'Tadmor',
        kind: 'variant',
        note: 'The Arabic name of the modern town.',
        ambiguous: true,
        context: { requireOnPage: SYRIA_EVIDENCE },
      },
      { text: 'تدمر', kind: 'native', lang: 'ar' },
      {
        text: 'Пальмира',
        kind: 'native',
        lang: 'ru',
        ambiguous: true,
        context: { requireOnPage: SYRIA_EVIDENCE },
      },
      {
        text: 'Пальмиры',
        kind: 'native',
        lang: 'ru',
        note: 'Genitive case.',
        ambiguous: true,
        context: { requireOnPage: SYRIA_EVIDENCE },
      },
    ],
    nativeNames: [
      { lang: 'ar', text: 'تدمر', source: 'https://sana.sy/governorates/2352717/' },
      {
        lang: 'ru',
        text: 'Пальмира',
        source: 'https://www.gazeta.ru/army/news/2025/12/13/27405487.shtml',
      },
    ],
    note: {
      text: 'An oasis in the Syrian desert, north-east of Damascus in the Homs region, with the ruins of one of the great cultural centres of the ancient world; the modern town beside them is Tadmur. Islamic State held it twice during the civil war and destroyed monuments there. The attack on Syrian and US personnel on 13 December 2025 took place near the town.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'An oasis in the Syrian desert north-east of Damascus, with the ruins of one of the major cultural centres of the ancient world; the modern town is Tadmur.',
        sources: ['https://news.un.org/en/story/2015/05/498782'],
      },
      {
        text: 'On the UNESCO World Heritage List since 1980, and on the List of World Heritage in Danger since 2013.',
        sources: ['http://whc.unesco.org/en/soc/3350/&mode=doc'],
      },
      {
        text: 'Islamic State took the site from Syrian government forces on 21 May 2015 and destroyed monuments, among them the Temple of Bel (August 2015).',
        sources: [
          'http://whc.unesco.org/en/soc/3350/&mode=doc',
          'http://www.reuters.com/news/picture/palmyra-in-ruins-idUSRTX1QG8C',
        ],
      },
      {
        text: 'The Syrian army retook it in March 2016; Islamic State seized it again in December 2016.',
        sources: ['https://visir.is/g/2016161219876/f/skodanir'],
      },
      {
        text: 'Lies in the central Homs region.',
        sources: [
          'https://guyanainquirer.com/joint-syrian-us-patrol-comes-under-attack-near-palmyra-state-media/',
        ],
      },
      {
        text: 'On 7 December 2024, during the offensive against Assad, the US-backed Syrian Free Army entered Palmyra (Al Jazeera, relayed by TASS).',
        sources: ['https://www.ng.ru/news/806537.html'],
      },
    ],
    claims: ['s01-a', 's01-c'],
  },
  {
    id: 'al-tanf',
    name: 'Al-Tanf',
    type: 'place',
    description:
      'Desert garrison in Syria at the Syria–Jordan–Iraq border; US-held until February 2026, then Syrian',
    aliases: [
      { text: 'Al-Tanf', kind: 'name' },
      { text: 'At-Tanf', kind: 'variant' },
      { text: 'Al Tanf', kind: 'variant' },
      { text: 'Et-Tanf', kind: 'article', note: 'Transliterated from Russian “Эт-Танф”.' },
      { text: 'al-Tanf Garrison', kind: 'name' },
      { text: 'Tanf garrison', kind: 'variant' },
      { text: 'Tanf', kind: 'short' },
      { text: 'التنف', kind: 'native', lang: 'ar' },
      { text: 'Эт-Танф', kind: 'native', lang: 'ru' },
      { text: 'Ат-Танф', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'التنف', source: 'https://sana.sy/governorates/2352717/' },
      { lang: 'ru', text: 'Эт-Танф', source: 'https://www.kommersant.ru/doc/8291088' },
      { lang: 'ru', text: 'Ат-Танф', source: 'https://haqqin.az/newsarchive/368969' },
    ],
    note: {
      text: 'A desert garrison in Syria where the borders of Syria, Jordan and Iraq meet, on the Baghdad–Damascus highway. It was a US base from the mid-2010s (sources differ on 2014 or 2016); the article calls it a U.S. outpost, which was true in December 2025. US forces completed their withdrawal in February 2026 and Syrian army units took it over.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'At the tri-border of Syria, Jordan and Iraq, on the Baghdad–Damascus highway, about 250 km from Damascus.',
        sources: [CRISIS_GROUP_AL_TANF, 'https://tass.com/world/2058327'],
      },
      {
        text: 'Islamic State seized the al-Tanf crossing in May 2015. Crisis Group and GlobalSecurity date the US presence, with a deconfliction zone of about 55 km around it, to 2016; Reuters (February 2026) dates the garrison to 2014.',
        sources: [
          'https://www.globalsecurity.org/military/facility/tanf.htm',
          CRISIS_GROUP_AL_TANF,
          REUTERS_AL_TANF,
        ],
      },
      {
        text: 'On 13 December 2025 US helicopters flew those wounded near Palmyra to al-Tanf (SANA, citing a security source).',
        sources: ['https://sana.sy/governorates/2352717/'],
      },
    ],
    updates: [
      {
        date: '2026-02-11',
        text: 'US forces completed their withdrawal from al-Tanf; CENTCOM said the departure was finalised on 11 February 2026.',
        sources: [AL_TANF_WITHDRAWAL, REUTERS_AL_TANF],
      },
      {
        date: '2026-02',
        text: 'Syria’s Defence Ministry said Syrian army units had taken over the base.',
        sources: [REUTERS_AL_TANF, AL_TANF_WITHDRAWAL],
      },
    ],
    claims: ['s03-a', 's03-b'],
  },
  {
    id: 'iraq-syria-border',
    name: 'Iraq–Syria border',
    type: 'place',
    description: 'International border of about 599 km between Iraq and Syria',
    aliases: [
      { text: 'Iraq–Syria border', kind: 'name' },
      { text: 'Syria-Iraq border', kind: 'variant' },
      { text: 'Iraqi–Syrian border', kind: 'variant' },
      { text: 'الحدود السورية العراقية', kind: 'native', lang: 'ar' },
      { text: 'сирийско-иракская граница', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'الحدود السورية العراقية' },
      { lang: 'ru', text: 'сирийско-иракская граница' },
    ],
    note: {
      text: 'The border between Iraq and Syria runs for about 599 km from the tripoint with Jordan in the south-west to the tripoint with Turkey in the north-east. It was drawn by Anglo-French agreements in the early 1920s and settled in 1932. The al-Tanf garrison lies near its southern end.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'About 599 km long, from the tripoint with Jordan (south-west) to the tripoint with Turkey (north-east).',
        sources: ['https://en.wikipedia.org/wiki/Iraq%E2%80%93Syria_border'],
      },
      {
        text: 'Created by Anglo-French agreements of 1920–23 (Paulet–Newcombe) and finalised in 1932 after a League of Nations review.',
        sources: ['https://en.wikipedia.org/wiki/Iraq%E2%80%93Syria_border'],
      },
      {
        text: 'Crossings include Rabia, Al-Qa’im / Abu Kamal, and al-Waleed / al-Tanf near the Jordanian tripoint.',
        sources: ['https://en.wikipedia.org/wiki/Iraq%E2%80%93Syria_border'],
      },
      {
        text: 'Iraq reopened the Al-Qa’im crossing in September 2019, five years after Islamic State seized it.',
        sources: [
          'https://www.aljazeera.com/news/2019/9/30/iraq-reopens-al-qaim-border-crossing-with-syria',
        ],
      },
    ],
    claims: ['s03-b'],
  },
  {
    id: 'iraq',
    name: 'Iraq',
    type: 'place',
    description: 'Country in Western Asia; capital Baghdad',
    aliases: [
      { text: 'Iraq', kind: 'name' },
      { text: 'Republic of Iraq', kind: 'name' },
      { text: 'Iraqi', kind: 'demonym' },
      { text: 'العراق', kind: 'native', lang: 'ar' },
      { text: 'Ирак', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'العراق' },
      {
        lang: 'ru',
        text: 'Ирак',
        source:
          'https://news.rambler.ru/army/55761723-voennaya-kolonna-sirii-i-ssha-obstrelyana-v-palmire-est-ranenye-i-zhertvy/',
      },
    ],
    note: {
      text: 'A country in Western Asia with Baghdad as its capital, bordering Syria to the west. Islamic State held large parts of Iraq and Syria from 2014 to 2019. In February 2026 US convoys leaving north-eastern Syria were seen heading for the Iraqi border.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Country in Western Asia with Baghdad as its capital; it borders Syria to the west, as well as Turkey, Iran, Kuwait, Saudi Arabia and Jordan.',
        sources: ['https://en.wikibooks.org/wiki/Pinyin/Iraq'],
      },
      {
        text: 'Islamic State controlled large parts of Iraq and Syria from 2014 to 2019.',
        sources: [
          'https://www.thestar.com.my/news/world/2025/12/19/islamic-state-in-first-comment-calls-palmyra-attack-a-blow-to-us-and-syrian-forces',
        ],
      },
      {
        text: 'In February 2026 US convoys leaving north-eastern Syria were seen heading for the Iraqi border (AFP).',
        sources: [
          'https://www.hurriyetdailynews.com/us-forces-to-complete-withdrawal-from-syria-within-a-month-sources-219230',
        ],
      },
    ],
    claims: ['s03-b'],
  },
  {
    id: 'russia',
    name: 'Russia',
    type: 'place',
    description: 'Country, the largest in Europe; capital Moscow',
    aliases: [
      { text: 'Russia', kind: 'name' },
      { text: 'Russian Federation', kind: 'name' },
      { text: 'Russian', kind: 'demonym' },
      { text: 'Россия', kind: 'native', lang: 'ru' },
      { text: 'России', kind: 'native', lang: 'ru', note: 'Genitive case.' },
      { text: 'Российская Федерация', kind: 'native', lang: 'ru' },
      { text: 'روسيا', kind: 'native', lang: 'ar' },
    ],
    nativeNames: [
      { lang: 'ru', text: 'Россия' },
      { lang: 'ru', text: 'Российская Федерация' },
      {
        lang: 'ar',
        text: 'روسيا',
        source:
          'https://www.shafaq.com/en/World/Putin-al-Sharaa-agree-to-resume-the-Russian-Syrian-joint-committee-soon',
      },
    ],
    note: {
      text: 'Russia sent forces to Syria in September 2015 to support Bashar al-Assad’s government and keeps an air base at Hmeimim and a naval facility at Tartus. It gave Assad asylum when his government fell in December 2024 and has refused to hand him over. Since 2025 it has been negotiating with Syria’s new authorities over the bases and earlier agreements.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Its capital is Moscow.',
        sources: ['https://citizendium.org/wiki/Moscow'],
      },
      {
        text: 'Sent a military contingent to Syria in September 2015; keeps a naval logistics point at Tartus and the Hmeimim air base.',
        sources: [KOMMERSANT_BASES],
        asOf: '2025-12',
      },
      {
        text: 'Gave Assad asylum in December 2024 and has refused to extradite him.',
        sources: [
          'https://dw.com/en/syria-updates-assad-in-russia-granted-asylum-reports/live-70993412',
          'https://www.middleeastmonitor.com/20250418-russia-refuses-to-extradite-assad-to-syria-diplomat-says/',
        ],
        asOf: '2026-02',
      },
      {
        text: 'Voted for the UN Security Council resolution of November 2025 that removed al-Sharaa from the sanctions list.',
        sources: [
          'https://news.liga.net/en/politics/news/un-security-council-lifts-sanctions-on-new-syrian-president-before-his-visit-to-trump',
        ],
      },
      {
        text: 'Launched a full-scale invasion of Ukraine on 24 February 2022.',
        sources: [HINDU_PUTIN_ADDRESS],
      },
    ],
    claims: [
      's05-a',
      's05-b',
      's06-a',
      's06-b',
      's07-a',
      's08-a',
      's09-a',
      's10-a',
      's11-a',
      's11-b',
      's12-a',
      's13-a',
      's13-b',
      's14-a',
      's15-a',
      's15-b',
      's16-a',
      's16-b',
      's17-a',
    ],
  },
  {
    id: 'moscow',
    name: 'Moscow',
    type: 'place',
    description: 'Capital of Russia',
    aliases: [
      {
        text: 'Moscow',
        kind: 'name',
        ambiguous: true,
        // The towns rule the city out on their pages; a newspaper's name and a cocktail's only
        // where they are written.
        context: {
          notThis: [
            'Moscow, Idaho',
            'Moscow, ID',
            'Moscow, Pennsylvania',
            'The Moscow Times',
            'Moscow Mule',
          ],
          notOnPageWith: ['Moscow, Idaho', 'Moscow, ID', 'Moscow, Pennsylvania'],
        },
      },
      { text: 'Москва', kind: 'native', lang: 'ru' },
      { text: 'موسكو', kind: 'native', lang: 'ar' },
    ],
    nativeNames: [
      { lang: 'ru', text: 'Москва', source: 'https://citizendium.org/wiki/Moscow' },
      {
        lang: 'ar',
        text: 'موسكو',
        source:
          'https://www.shafaq.com/en/World/Putin-al-Sharaa-agree-to-resume-the-Russian-Syrian-joint-committee-soon',
      },
    ],
    note: {
      text: 'The capital of Russia, on the Moskva River, and the seat of the Kremlin; news reports often use its name for the Russian government. Bashar al-Assad and his family arrived there in December 2024. Ahmed al-Sharaa held talks with Vladimir Putin in the Kremlin in October 2025 and January 2026.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Capital of Russia, on the Moskva River; the Kremlin stands there.',
        sources: ['https://citizendium.org/wiki/Moscow'],
      },
      {
        text: 'The Putin–al-Sharaa talks of 15 October 2025 were held in the Grand Kremlin Palace.',
        sources: ['https://tass.ru/politika/25351689'],
      },
      {
        text: 'Assad and his family arrived in Moscow on 8 December 2024 and were reported to have been given asylum.',
        sources: [
          'https://dw.com/en/syria-updates-assad-in-russia-granted-asylum-reports/live-70993412',
        ],
      },
    ],
    claims: ['s06-b'],
  },
  {
    id: 'middle-east',
    name: 'Middle East',
    type: 'place',
    description:
      'Loosely defined region: usually Egypt, Syria, Iraq, Iran, the Arabian Peninsula and their neighbours',
    aliases: [
      { text: 'Middle East', kind: 'name' },
      { text: 'الشرق الأوسط', kind: 'native', lang: 'ar' },
      {
        text: 'Ближний Восток',
        kind: 'native',
        lang: 'ru',
        note: 'Literally “Near East”, the usual Russian term for the Middle East.',
      },
    ],
    nativeNames: [
      { lang: 'ar', text: 'الشرق الأوسط' },
      {
        lang: 'ru',
        text: 'Ближний Восток',
        source:
          'https://vedomosti.ru/politics/news/2018/03/27/755022-putin-naznachil-novogo-zamestitelya-ministra-inostrannih-del',
      },
    ],
    note: {
      text: 'An imprecise name for a region that usually covers Egypt, Jordan, Israel, Lebanon, Syria, Iraq, Iran and the Arabian Peninsula, and sometimes Turkey, Libya or Sudan. Russia’s bases in Syria have been its only official military outposts outside the former Soviet Union. Reuters described the US garrison at al-Tanf, on roads linking Damascus and Tehran, as a foothold against Iranian influence in the region.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'An imprecise term; usually Egypt, Jordan, Israel, Lebanon, Syria, Iran, Iraq and the Arabian Peninsula, sometimes also Turkey, Libya or Sudan.',
        sources: ['http://www.reference.com/browse/Middle+East'],
      },
      {
        text: 'Russia’s bases at Tartus and Hmeimim have been Moscow’s only official military outposts outside the former Soviet Union.',
        sources: [GULF_NEWS_BASES],
      },
      {
        text: 'Because al-Tanf sits on roads linking Damascus and Tehran, Reuters describes it as a US foothold against Iranian influence.',
        sources: [REUTERS_AL_TANF],
      },
    ],
    claims: ['s06-b'],
  },
  {
    id: 'ukraine',
    name: 'Ukraine',
    type: 'place',
    description: 'Country in Eastern Europe; capital Kyiv',
    aliases: [
      { text: 'Ukraine', kind: 'name' },
      { text: 'Ukrainian', kind: 'demonym' },
      { text: 'Україна', kind: 'native', lang: 'uk' },
      { text: 'Украина', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'uk', text: 'Україна', source: 'https://cms-example.chautec.com/ukraine' },
      { lang: 'ru', text: 'Украина' },
    ],
    note: {
      text: 'The second-largest country in Europe after Russia, with Kyiv as its capital; it declared independence from the Soviet Union in August 1991. Russia invaded it on 24 February 2022, in a war that began in 2014. In March 2022, 141 UN member states backed a General Assembly resolution on Russia’s aggression against Ukraine.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Eastern European country, the second largest in Europe after Russia; its capital is Kyiv.',
        sources: ['http://media-1.web.britannica.com/eb-diffs/921/612921-16737-108710.html'],
      },
      {
        text: 'Part of the USSR from 1922; declared independence on 24 August 1991, confirmed by a popular vote.',
        sources: ['http://media-1.web.britannica.com/eb-diffs/921/612921-16737-108710.html'],
      },
      {
        text: 'Invaded by Russia on 24 February 2022.',
        sources: [HINDU_PUTIN_ADDRESS],
      },
      {
        text: 'On 2 March 2022 the UN General Assembly adopted a resolution on Russia’s “aggression against Ukraine”: 141 for, 5 against, 35 abstentions.',
        sources: [UN_GA_VOTE],
      },
    ],
    claims: ['s15-a', 's15-b', 's16-a', 's17-a'],
  },
  {
    id: 'donbas',
    name: 'Donbas',
    type: 'place',
    description: 'Region of eastern Ukraine: the Donetsk and Luhansk oblasts',
    aliases: [
      { text: 'Donbas', kind: 'name' },
      { text: 'Donbass', kind: 'variant', note: 'The Russian spelling, used in the article.' },
      { text: 'Donets Basin', kind: 'name' },
      { text: 'Донбас', kind: 'native', lang: 'uk' },
      { text: 'Донбасс', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'uk', text: 'Донбас', source: 'https://mdwiki.org/wiki/Donbas' },
      { lang: 'ru', text: 'Донбасс', source: 'https://mdwiki.org/wiki/Donbas' },
    ],
    note: {
      text: 'A historical and industrial region of eastern Ukraine, today usually taken to mean the Donetsk and Luhansk oblasts; the name comes from the Donets coal basin. Fighting between Ukrainian forces and Russian and Russian-backed forces began there in 2014. Russia proclaimed its annexation in September 2022, after referendums the international community called a sham.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Historical, cultural and economic region of eastern Ukraine, now usually defined as the Donetsk and Luhansk oblasts; the name comes from “Donets (coal) Basin”.',
        sources: ['https://graphsearch.epfl.ch/en/concept/737930'],
      },
      {
        text: 'From March 2014, after Euromaidan and the Revolution of Dignity, pro-Russian unrest there grew into war between Ukrainian forces and Russian and Russian-backed forces.',
        sources: ['https://graphsearch.epfl.ch/en/concept/737930'],
      },
      {
        text: 'Russia recognised the self-proclaimed Donetsk and Luhansk “people’s republics” in February 2022. On 30 September 2022 it proclaimed the annexation of Donetsk, Luhansk, Kherson and Zaporizhzhia after referendums the international community called a sham.',
        sources: ['https://www.defactoborders.org/places/luhansk-people-s-republic'],
      },
      {
        text: 'Putin cited appeals from the Donbas “people’s republics” when he announced the invasion of Ukraine.',
        sources: [HINDU_PUTIN_ADDRESS],
      },
    ],
    claims: ['s15-b'],
  },
  {
    id: 'russian-military-bases-in-syria',
    name: 'Russian military bases in Syria',
    type: 'place',
    description:
      'Russia’s Hmeimim air base and Tartus naval facility; their future under negotiation (as of late 2025)',
    aliases: [
      { text: 'Russian military bases in Syria', kind: 'name' },
      { text: 'Russian bases in Syria', kind: 'variant' },
      { text: 'Russia’s military bases in Syria', kind: 'variant' },
      { text: 'Russia’s bases in Syria', kind: 'variant' },
      {
        text: 'Russian military bases',
        kind: 'short',
        ambiguous: true,
        context: { requireNear: SYRIA_NEAR },
      },
      {
        text: 'Russian bases',
        kind: 'short',
        ambiguous: true,
        context: { requireNear: SYRIA_NEAR },
      },
    ],
    nativeNames: [],
    note: {
      text: 'Russia keeps two military installations in Syria: the Hmeimim air base near Jableh and the naval facility at Tartus, its only official military outposts outside the former Soviet Union. They supported its intervention on Assad’s side from 2015. Since his fall their future has been under negotiation with Syria’s new authorities (reported in October 2025).',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Russia sent a military contingent to Syria in September 2015 and keeps a naval logistics point at Tartus and the Hmeimim air base.',
        sources: [KOMMERSANT_BASES],
      },
      {
        text: 'Tartus and Hmeimim have been Moscow’s only official military outposts outside the former Soviet Union; the basing lease runs to 2066.',
        sources: [GULF_NEWS_BASES],
      },
      {
        text: 'When Assad fell on 8 December 2024, Russia’s foreign ministry said its bases in Syria were on high alert but under no serious threat.',
        sources: [
          'https://fotkaew.ru/mid-zayavil-o-privedenii-voennykh-baz-rossii-v-sirii-v-povyshennuyu-boegotovnost',
        ],
      },
      {
        text: 'In October 2025 Syria’s foreign minister said the agreements made under Assad were suspended and the bases were under negotiation; the Kremlin said the bases would be discussed at the Putin–al-Sharaa talks of 15 October 2025.',
        sources: [RBC_SHAIBANI, SHAFAQ_MEETING],
        asOf: '2025-10',
      },
      {
        text: 'On 3 December 2025 Russia’s deputy foreign minister Sergey Vershinin said the bases were operating and played a stabilising role in Syria and the wider region.',
        sources: ['https://tass.com/politics/2052995', KOMMERSANT_BASES],
        asOf: '2025-12-03',
      },
    ],
    claims: ['s05-b', 's06-a', 's06-b', 's07-a', 's10-a'],
  },
  {
    id: 'hmeimim-air-base',
    name: 'Hmeimim Air Base',
    type: 'place',
    description:
      'Russian air base near Jableh, Latakia province, Syria (status after February 2026 not verified)',
    aliases: [
      { text: 'Hmeimim Air Base', kind: 'name' },
      { text: 'Hmeimim', kind: 'short' },
      { text: 'Khmeimim', kind: 'variant', note: 'Transliterated from Russian.' },
      { text: 'Khmeimim Air Base', kind: 'variant' },
      { text: 'Khmeimim airbase', kind: 'variant' },
      { text: 'Hmeymim', kind: 'variant' },
      { text: 'قاعدة حميميم', kind: 'native', lang: 'ar' },
      { text: 'حميميم', kind: 'native', lang: 'ar' },
      { text: 'авиабаза Хмеймим', kind: 'native', lang: 'ru' },
      { text: 'Хмеймим', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'قاعدة حميميم', source: TRT_ARABI_BASES },
      { lang: 'ru', text: 'авиабаза Хмеймим', source: KOMMERSANT_BASES },
    ],
    note: {
      text: 'Russia’s air base in Syria, near Jableh in Latakia province, used by Russian military aircraft since the 2015 intervention on the Assad government’s side. A 2015 agreement gave Russia free use of the airfield with no end date. Its future has been under negotiation with Syria’s new authorities since 2025.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Russian air base near Jableh in Latakia province.',
        sources: ['https://tass.com/politics/2052995'],
        asOf: '2025-12',
      },
      {
        text: 'An agreement signed in Damascus on 26 August 2015 gave Russia free use of the airfield with no time limit.',
        sources: [
          'https://en.news-front.info/2016/08/10/russian-airpower-may-be-deployed-to-syria-indefinitely/',
          'https://www.masress.com/moheet/2455361',
        ],
      },
      {
        text: 'Russia’s military operation in Syria, requested by Assad, began on 30 September 2015; Russian aerospace-forces aircraft have been based at Hmeimim since then.',
        sources: [
          'https://fr.sputniknews.africa/20200529/poutine-ordonne-de-negocier-lelargissement-des-bases-russes-en-syrie-1043868603.html?chat_room_id=1043868603',
          SPUTNIK_FR_2020,
        ],
      },
      {
        text: 'After Assad fell in December 2024, Russia pulled units from elsewhere in Syria back to Hmeimim.',
        sources: [TRT_ARABI_BASES],
      },
      {
        text: 'Its future was on the agenda of the Putin–al-Sharaa talks of 15 October 2025.',
        sources: [SHAFAQ_MEETING],
      },
    ],
    claims: ['s05-b', 's06-a', 's10-a'],
  },
  {
    id: 'tartus-naval-base',
    name: 'Tartus naval base',
    type: 'place',
    description:
      'Russian naval logistics facility in the port of Tartus, Syria (status after February 2026 not verified)',
    aliases: [
      { text: 'Tartus naval base', kind: 'name' },
      { text: 'Tartous naval base', kind: 'variant' },
      { text: 'Tartus naval facility', kind: 'name' },
      { text: 'Russian naval logistics point at Tartus', kind: 'variant' },
      {
        text: '720th Material-Technical Support Point',
        kind: 'name',
        note: 'Its formal Russian designation.',
      },
      {
        text: 'Tartus',
        kind: 'short',
        ambiguous: true,
        context: {
          notThis: ['Tartus province', 'Tartus governorate'],
          requireNear: { entities: RUSSIAN_BASE_EVIDENCE, window: 200 },
        },
      },
      {
        text: 'Tartous',
        kind: 'short',
        ambiguous: true,
        context: {
          notThis: ['Tartous province', 'Tartous governorate'],
          requireNear: { entities: RUSSIAN_BASE_EVIDENCE, window: 200 },
        },
      },
      {
        text: 'طرطوس',
        kind: 'native',
        lang: 'ar',
        ambiguous: true,
        context: { requireNear: { entities: RUSSIAN_BASE_EVIDENCE, window: 200 } },
      },
      {
        text: 'Тартус',
        kind: 'native',
        lang: 'ru',
        ambiguous: true,
        context: { requireNear: { entities: RUSSIAN_BASE_EVIDENCE, window: 200 } },
      },
      {
        text: '720-й пункт материально-технического обеспечения ВМФ',
        kind: 'native',
        lang: 'ru',
      },
    ],
    nativeNames: [
      { lang: 'ar', text: 'طرطوس', source: TRT_ARABI_BASES },
      { lang: 'ru', text: 'Тартус', source: KOMMERSANT_BASES },
      {
        lang: 'ru',
        text: '720-й пункт материально-технического обеспечения ВМФ',
        source: KOMMERSANT_BASES,
      },
    ],
    note: {
      text: 'Russia’s naval facility in the Syrian port of Tartus, formally its 720th naval logistics support point, dating from a 1971 Soviet agreement. A 2017 agreement set a 49-year term, renewed automatically, and allows up to 11 warships. Since Assad’s fall its future has been under negotiation; a separate contract under which a Russian firm ran the commercial port was cancelled in January 2025.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'A Soviet-era facility set up under a 1971 agreement; formally Russia’s 720th naval logistics support point.',
        sources: [SPUTNIK_FR_2020, KOMMERSANT_BASES],
      },
      {
        text: 'An agreement of 18 January 2017 runs for 49 years, with automatic 25-year extensions, and allows up to 11 warships, nuclear-powered ones included.',
        sources: [
          'https://it.topwar.ru/132461-gosduma-ratificirovala-soglashenie-o-rasshirenii-bazy-vmf-v-tartuse.html',
          'https://biztonsagpiac.hu/oroszorszag-befeszkeli-magat-katonai-bazisai-bovitesere-keszul-sziriaban/',
        ],
      },
      {
        text: 'With Hmeimim, Moscow’s only official military outposts outside the former USSR; the basing lease runs to 2066.',
        sources: [GULF_NEWS_BASES],
      },
      {
        text: 'In January 2025 Syria annulled a 2019 contract with the Russian firm STG Stroytransgaz to run the commercial port; that contract was separate from the naval base.',
        sources: [
          'https://www.timesofisrael.com/liveblog_entry/syria-cancels-port-management-contract-with-russian-firm-sources-say/',
        ],
      },
      {
        text: 'In October 2025 Syria’s foreign minister said the agreements made under Assad were suspended and the bases were under negotiation.',
        sources: [RBC_SHAIBANI],
        asOf: '2025-10',
      },
    ],
    claims: ['s05-b', 's06-a', 's10-a'],
  },
];
