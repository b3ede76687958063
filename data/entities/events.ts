/**
 * Events the article reports or refers to. Facts and sources: shared/reference/facts.md (E1–E6);
 * notes are ours. Loaded names ("2014 coup", "special military operation") appear only as what
 * their users call the event, never as our description.
 */
import type { Entity } from '../schema';

const SANA_PALMYRA = 'https://sana.sy/governorates/2352717/';
const WAM_PENTAGON =
  'https://www.wam.ae/en/article/15x5lqz-two-soldiers-interpreter-killed-terrorist-attack';
const REUTERS_IS_COMMENT =
  'https://www.thestar.com.my/news/world/2025/12/19/islamic-state-in-first-comment-calls-palmyra-attack-a-blow-to-us-and-syrian-forces';
const AFP_GUNMAN =
  'https://www.freemalaysiatoday.com/category/world/2025/12/14/syria-gunman-who-killed-americans-was-to-be-fired-from-security-forces-for-extremism';
const SHAFAQ_MEETING =
  'https://www.shafaq.com/en/World/Putin-al-Sharaa-agree-to-resume-the-Russian-Syrian-joint-committee-soon';
const MEDIALINE_FALL =
  'https://themedialine.org/top-stories/syrian-rebels-announce-fall-of-assad-regime-following-rapid-offensive';
const ALARABY_SYRIA_TV =
  'https://www.alaraby.co.uk/entertainment_media/%D8%AA%D9%84%D9%81%D8%B2%D9%8A%D9%88%D9%86-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%83%D9%84%D9%85%D8%A7%D8%AA-%D9%81%D9%8A-%D8%B0%D9%83%D8%B1%D9%89-%D8%B3%D9%82%D9%88%D8%B7-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85';
const HINDU_PUTIN_ADDRESS =
  'https://www.thehindu.com/news/international/special-military-operation-aimed-at-demilitarisation-and-denazification-of-ukraine-putins-televised-address/article65080000.ece';
const EUROMAIDAN_MIRROR = 'https://www.wiki3.en-us.nina.az/Euromaidan.html';
const MAIDAN_MIRROR = 'https://owiki.org/wiki/Maidan_Revolution';
const ROD_WIKIPEDIA = 'https://en.wikipedia.org/wiki/Revolution_of_Dignity';

/** Pages where "Palmyra attack" means the attack of December 2025, not the battles of 2015–2016. */
const PALMYRA_2025_PAGE = [
  'united-states',
  'us-forces-in-syria',
  'syrian-transitional-government',
  'ahmed-al-sharaa',
];

/** Pages about Syria, for generic Arabic phrases ("the fall of the regime"). */
const SYRIA_PAGE = ['syria', 'bashar-al-assad', 'ahmed-al-sharaa'];

/** Pages about Ukraine, for "Maidan" (also a common word for an open ground elsewhere). */
const UKRAINE_PAGE = ['ukraine', 'donbas', 'russian-invasion-of-ukraine'];

export const EVENTS: Entity[] = [
  {
    id: 'palmyra-attack-2025',
    name: 'Palmyra attack (13 December 2025)',
    type: 'event',
    description:
      'Attack by a gunman on Syrian security forces and US troops near Palmyra, 13 December 2025',
    aliases: [
      { text: 'Palmyra ambush', kind: 'name' },
      { text: 'Palmyra shooting', kind: 'name' },
      { text: 'Palmyra insider attack', kind: 'variant' },
      {
        text: 'Palmyra attack',
        kind: 'name',
        ambiguous: true,
        context: { requireOnPage: PALMYRA_2025_PAGE },
      },
      {
        text: 'هجوم تدمر',
        kind: 'native',
        lang: 'ar',
        ambiguous: true,
        context: { requireOnPage: PALMYRA_2025_PAGE },
      },
      { text: 'нападение в районе Пальмиры', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'هجوم تدمر' },
      {
        lang: 'ru',
        text: 'нападение в районе Пальмиры',
        source: 'https://www.gazeta.ru/army/news/2025/12/13/27405487.shtml',
      },
    ],
    note: {
      text: 'On 13 December 2025 a gunman opened fire on Syrian security forces and US troops near Palmyra during a joint visit, killing two US soldiers and a US civilian interpreter before he was killed. Syria’s Interior Ministry said he was a member of its own security forces who was due to be dismissed for extremist views; CENTCOM called him a lone IS gunman. The article reverses this, saying the joint forces launched the attack.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'A gunman opened fire on Syrian security forces and US troops during a joint field visit near Palmyra. SANA’s security source reported two Syrian security personnel and several Americans wounded, the gunman killed, and the wounded flown by US helicopters to al-Tanf.',
        sources: [SANA_PALMYRA, WAM_PENTAGON],
      },
      {
        text: 'The Pentagon and CENTCOM reported two US Army soldiers and one US civilian interpreter killed and three service members wounded during a “key leader engagement”. CENTCOM called the attacker a lone ISIS gunman, killed by partner forces.',
        sources: [WAM_PENTAGON, REUTERS_IS_COMMENT],
      },
      {
        text: 'According to the WSJ, as relayed by TASS, the shooting happened while a US lieutenant colonel was meeting a Syrian Interior Ministry official, and the patrol was guarding that meeting.',
        sources: ['https://tass.com/world/2058327'],
      },
      {
        text: 'Syria’s Interior Ministry (spokesman Noureddine al-Baba) said the gunman was a security-forces member due to be dismissed for extremist views. An AFP source said 11 General Security members were held for questioning; the ministry later reported five arrests.',
        sources: [AFP_GUNMAN, REUTERS_IS_COMMENT],
      },
      {
        text: 'Early Syrian casualty reports differ: Syria TV said one Syrian serviceman was killed, Syrian state TV (per Okaz) an internal-security member, while the WSJ (per RIA) reported three Syrian security personnel wounded. No final official Syrian toll was found.',
        sources: [
          'https://news.mail.ru/incident/69085085/',
          'https://www.okaz.com.sa/politics/na/2226415',
          'https://ria.ru/20251214/siriya-2061908967.html',
        ],
        asOf: '2026-02',
      },
      {
        text: 'The US launched “Operation Hawkeye Strike” on 19 December 2025, hitting more than 70 IS targets.',
        sources: [
          'https://www.foxnews.com/politics/trump-orders-isis-strikes-syria-iowa-national-guards-soldiers-killed',
        ],
      },
    ],
    claims: ['s01-a', 's01-b', 's02-a', 's03-a', 's04-a'],
  },
  {
    id: 'putin-sharaa-meeting-2025',
    name: 'Putin–al-Sharaa meeting (15 October 2025)',
    type: 'event',
    description:
      'First talks in person between Vladimir Putin and Ahmed al-Sharaa, in the Kremlin, 15 October 2025',
    aliases: [
      { text: 'Putin–al-Sharaa meeting', kind: 'name' },
      { text: 'Putin–al-Sharaa talks', kind: 'variant' },
      { text: 'Putin–Sharaa meeting', kind: 'variant' },
      { text: 'Putin–Sharaa Kremlin talks', kind: 'variant' },
      { text: 'переговоры Путина и аш-Шараа', kind: 'native', lang: 'ru' },
      { text: 'لقاء الشرع وبوتين', kind: 'native', lang: 'ar' },
    ],
    nativeNames: [
      {
        lang: 'ru',
        text: 'переговоры Путина и аш-Шараа',
        source: 'https://tass.ru/politika/25354605',
      },
      { lang: 'ar', text: 'لقاء الشرع وبوتين' },
    ],
    note: {
      text: 'Ahmed al-Sharaa’s first visit to Russia: about two and a half hours of talks with Vladimir Putin in the Grand Kremlin Palace on 15 October 2025, their first meeting in person since the change of power in Syria. Al-Sharaa said Syria respects its past agreements with Russia and wants to redefine relations; the Russian bases and Assad’s extradition were expected on the agenda. The two met again on 28 January 2026.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'A working visit; the talks in the Grand Kremlin Palace lasted about two and a half hours. TASS called it the first in-person contact at the top level since the change of power (the first contact had been a phone call in February 2025). It was al-Sharaa’s first visit to Russia.',
        sources: [
          'https://tass.ru/politika/25354605',
          'https://tass.ru/politika/25351689',
          'https://tass.com/politics/2030019',
        ],
      },
      {
        text: 'Al-Sharaa said Syria respects all its past agreements with Russia and wants to restore and redefine the relationship; Putin offered to resume the joint intergovernmental committee.',
        sources: [
          SHAFAQ_MEETING,
          'https://www.middleeastmonitor.com/20251015-syrian-president-al-sharaa-to-visit-moscow-will-seek-assads-extradition-for-trial/',
        ],
      },
      {
        text: 'The Kremlin said the Hmeimim and Tartus bases would be discussed; sources cited by Reuters said Syria would ask for Assad’s extradition.',
        sources: [
          SHAFAQ_MEETING,
          'https://www.rbc.ua/ukr/news/putin-vpershe-zustrivsya-iz-prezidentom-siriyi-1760530662.html/amp',
        ],
      },
      {
        text: 'No joint press conference was planned.',
        sources: ['https://tass.com/politics/2030019'],
      },
    ],
    updates: [
      {
        date: '2026-01-28',
        text: 'Putin and al-Sharaa met a second time, in Moscow.',
        sources: ['https://tass.com/politics/2078027', 'https://tass.com/world/2078095'],
      },
    ],
    claims: ['s08-a', 's08-b', 's09-a'],
  },
  {
    id: 'fall-of-assad-2024',
    name: 'Fall of the Assad government (December 2024)',
    type: 'event',
    description:
      'End of Bashar al-Assad’s rule: an HTS-led offensive took Damascus on 8 December 2024',
    aliases: [
      { text: 'fall of the Assad government', kind: 'name' },
      { text: 'fall of the Assad regime', kind: 'variant' },
      { text: 'fall of Ba’athist Syria', kind: 'variant' },
      { text: 'power transition in Syria', kind: 'article' },
      { text: 'change of power in Syria', kind: 'variant' },
      {
        text: 'Deterrence of Aggression',
        kind: 'variant',
        note: 'The name of the offensive that brought it about.',
      },
      {
        text: 'سقوط النظام',
        kind: 'native',
        lang: 'ar',
        ambiguous: true,
        note: 'Literally “the fall of the regime”.',
        context: { requireOnPage: SYRIA_PAGE },
      },
      {
        text: 'ردع العدوان',
        kind: 'native',
        lang: 'ar',
        ambiguous: true,
        note: 'The name of the offensive that brought it about.',
        context: { requireOnPage: SYRIA_PAGE },
      },
      { text: 'смена власти в Сирии', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'سقوط النظام', source: ALARABY_SYRIA_TV },
      { lang: 'ar', text: 'ردع العدوان', source: ALARABY_SYRIA_TV },
      { lang: 'ru', text: 'смена власти в Сирии', source: 'https://tass.ru/politika/25354605' },
    ],
    note: {
      text: 'An offensive led by Hay’at Tahrir al-Sham (HTS), launched on 27 November 2024, reached Damascus on 8 December 2024 and ended more than five decades of rule by the Assad family. Bashar al-Assad left for Russia, which gave him asylum. A caretaker government followed, and HTS leader Ahmed al-Sharaa was declared transitional president in January 2025.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'A coalition led by HTS launched its offensive on 27 November 2024 and took Damascus on 8 December 2024.',
        sources: [MEDIALINE_FALL],
      },
      {
        text: 'It ended the Assad family’s rule, begun by Hafez al-Assad in 1971, and Baath Party rule dating from 1963.',
        sources: [
          'https://wikimili.com/en/Fall_of_the_Assad_regime',
          'https://trt.global/world/article/18245934',
        ],
      },
      {
        text: 'Russia’s foreign ministry said Assad left after negotiations and had ordered a peaceful transfer of power; he received asylum in Russia.',
        sources: [
          'https://jakartaglobe.id/news/bashar-assad-receives-asylum-from-moscow-russian-state-media-say',
        ],
      },
      {
        text: 'Mohammed al-Bashir led a caretaker government; al-Sharaa was declared transitional president on 29 January 2025.',
        sources: [
          'https://tass.com/world/1896183',
          'https://www.anews.com.tr/middle-east/2025/01/29/al-sharaa-officially-appointed-as-transitional-president-of-syria',
        ],
      },
    ],
    claims: ['s08-a'],
  },
  {
    id: 'maidan-revolution',
    name: 'Revolution of Dignity (Euromaidan)',
    type: 'event',
    description:
      'Protests in Ukraine from November 2013 that led to President Yanukovych’s removal in February 2014',
    aliases: [
      { text: 'Revolution of Dignity', kind: 'name' },
      { text: 'Euromaidan', kind: 'name' },
      {
        text: 'Maidan Revolution',
        kind: 'variant',
        note: 'The article writes “Maidan revolution”.',
      },
      {
        text: 'Maidan',
        kind: 'short',
        ambiguous: true,
        context: { notThis: ['Maidan Nezalezhnosti'], requireOnPage: UKRAINE_PAGE },
      },
      { text: 'Революція гідності', kind: 'native', lang: 'uk' },
      { text: 'Євромайдан', kind: 'native', lang: 'uk' },
      { text: 'Евромайдан', kind: 'native', lang: 'ru' },
      {
        text: 'Майдан',
        kind: 'native',
        lang: 'ru',
        ambiguous: true,
        context: { requireOnPage: UKRAINE_PAGE },
      },
    ],
    nativeNames: [
      { lang: 'uk', text: 'Революція гідності', source: ROD_WIKIPEDIA },
      { lang: 'uk', text: 'Євромайдан', source: EUROMAIDAN_MIRROR },
      { lang: 'ru', text: 'Евромайдан' },
    ],
    note: {
      text: 'Protests that began on Kyiv’s Maidan Nezalezhnosti in November 2013, after President Viktor Yanukovych decided not to sign an association agreement with the EU. After the deadliest days, 18–20 February 2014, parliament removed Yanukovych and called elections. Ukrainians call it the Revolution of Dignity; Russian officials describe it as an illegal coup.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'The Euromaidan protests began on 21 November 2013 on Kyiv’s Maidan Nezalezhnosti, after President Yanukovych chose not to sign the EU–Ukraine Association Agreement.',
        sources: [EUROMAIDAN_MIRROR],
      },
      {
        text: 'Most deaths came on 18–20 February 2014; parliament then removed Yanukovych, restored the 2004 constitution and called elections.',
        sources: [ROD_WIKIPEDIA, MAIDAN_MIRROR],
      },
      {
        text: 'It was followed by Russia’s occupation of Crimea, the start of the Russo-Ukrainian War.',
        sources: [MAIDAN_MIRROR],
      },
      {
        text: 'Russian officials call it a coup: in March 2022 Russia’s UN envoy spoke of an “illegal coup in Kyiv in February 2014”.',
        sources: ['https://www.nationthailand.com/international/40012985'],
      },
    ],
    claims: ['s15-b'],
  },
  {
    id: 'russian-invasion-of-ukraine',
    name: 'Russian invasion of Ukraine',
    type: 'event',
    description: 'Russia’s full-scale invasion of Ukraine, begun on 24 February 2022',
    aliases: [
      { text: 'Russian invasion of Ukraine', kind: 'name' },
      { text: 'war in Ukraine', kind: 'variant' },
      { text: 'conflict in Ukraine', kind: 'variant' },
      {
        text: 'Russo-Ukrainian War',
        kind: 'variant',
        note: 'The wider war since 2014, of which the invasion is the full-scale phase.',
      },
      {
        text: 'full-scale invasion',
        kind: 'short',
        ambiguous: true,
        context: { requireNear: { entities: ['ukraine', 'russia'], window: 150 } },
      },
      {
        text: 'special military operation',
        kind: 'variant',
        note: 'The Russian government’s name for it.',
      },
      {
        text: 'специальная военная операция',
        kind: 'native',
        lang: 'ru',
        note: 'The Russian government’s name for it.',
      },
      {
        text: 'СВО',
        kind: 'native',
        lang: 'ru',
        caseSensitive: true,
        note: 'Abbreviation of the Russian government’s name for it.',
      },
      { text: 'повномасштабне вторгнення', kind: 'native', lang: 'uk' },
    ],
    nativeNames: [
      {
        lang: 'ru',
        text: 'специальная военная операция',
        source:
          'https://weekend.rambler.ru/read/53617861-professor-katasonov-mobilizatsiya-eto-ne-tolko-povestka-eto-chetkiy-plan/comments',
      },
      { lang: 'uk', text: 'повномасштабне вторгнення' },
    ],
    note: {
      text: 'Russia’s full-scale invasion of Ukraine, begun on 24 February 2022, within a war that started in 2014 with the occupation of Crimea and fighting in Donbas. Putin called it a “special military operation” to protect people in Donbas and to “demilitarise and denazify” Ukraine. In March 2022, 141 UN member states backed a General Assembly resolution on Russia’s aggression against Ukraine.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Began on 24 February 2022, when Putin announced a “special military operation”; his stated aims were to protect people in Donbas from alleged “genocide” and to “demilitarise and denazify” Ukraine.',
        sources: [HINDU_PUTIN_ADDRESS],
      },
      {
        text: 'Preceded by Russia’s recognition of the Donetsk and Luhansk “people’s republics”; on 30 September 2022 Russia proclaimed the annexation of four Ukrainian regions.',
        sources: ['https://www.defactoborders.org/places/luhansk-people-s-republic'],
      },
      {
        text: 'The UN General Assembly’s resolution of 2 March 2022 on “aggression against Ukraine” passed by 141 votes to 5, with 35 abstentions.',
        sources: ['https://new-york-un.diplo.de/un-en/2515114-2515114'],
      },
      {
        text: 'Widely seen as a continuation of Russia’s 2014 annexation of Crimea and the conflict in Donbas.',
        sources: ['https://www.jurist.org/features/author/olhachernovol/'],
      },
    ],
    claims: ['s15-a', 's15-b', 's16-a'],
  },
  {
    id: 'syrian-civil-war',
    name: 'Syrian civil war',
    type: 'event',
    description: 'Armed conflict in Syria from 2011; Assad’s rule ended in December 2024',
    aliases: [
      { text: 'Syrian civil war', kind: 'name' },
      { text: 'Syrian war', kind: 'variant' },
      { text: 'Syrian conflict', kind: 'variant' },
      { text: 'Syrian revolution', kind: 'variant', note: 'The opposition’s name for it.' },
      { text: 'الحرب الأهلية السورية', kind: 'native', lang: 'ar' },
      { text: 'الثورة السورية', kind: 'native', lang: 'ar', note: 'The opposition’s name for it.' },
      { text: 'гражданская война в Сирии', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'الحرب الأهلية السورية' },
      { lang: 'ar', text: 'الثورة السورية', source: ALARABY_SYRIA_TV },
      { lang: 'ru', text: 'гражданская война в Сирии' },
    ],
    note: {
      text: 'The armed conflict that grew out of protests against Bashar al-Assad’s rule in March 2011. Russia intervened on the government’s side in September 2015, and Assad’s rule ended in December 2024 after nearly 13 years of war. Violence did not stop with his fall, so the article’s “post-war Syria” is its own description.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'The armed conflict began in March 2011, after protests against Assad’s rule.',
        sources: [
          'http://whc.unesco.org/en/soc/3350/&mode=doc',
          'https://www.bbc.co.uk/news/world-middle-east-14703856',
        ],
      },
      {
        text: 'Russia sent forces in September 2015 at the Syrian government’s request.',
        sources: [
          'https://www.kommersant.ru/doc/8250694',
          'https://fr.sputniknews.africa/20200529/poutine-ordonne-de-negocier-lelargissement-des-bases-russes-en-syrie-1043868603.html?chat_room_id=1043868603',
        ],
      },
      {
        text: 'Assad’s rule ended on 8 December 2024, after nearly 13 years of conflict.',
        sources: [MEDIALINE_FALL],
      },
      {
        text: 'Violence continued after his fall: CENTCOM blamed the December 2025 attack near Palmyra on an IS gunman.',
        sources: [REUTERS_IS_COMMENT],
      },
    ],
    claims: ['s05-b', 's09-a', 's12-b'],
  },
];
