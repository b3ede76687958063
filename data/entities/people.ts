/**
 * People named in the article. Facts and sources: shared/reference/facts.md (P1–P5); notes are
 * ours. Offices are dated: the article's titles were right in December 2025, and later changes are
 * `updates`.
 */
import type { Entity } from '../schema';

/** Phrases that name another member of the Assad family: never Bashar. */
const OTHER_ASSADS = [
  'Hafez al-Assad',
  'Hafez Assad',
  'Asma al-Assad',
  'Asma Assad',
  'Maher al-Assad',
  'Maher Assad',
  'Basil al-Assad',
  'Basil Assad',
];

/** Farouk al-Sharaa, a different Syrian politician, shares the family name. */
const FAROUK = ['Farouk al-Sharaa', 'Farouq al-Sharaa', 'Faruq al-Sharaa'];

export const PEOPLE: Entity[] = [
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    type: 'person',
    description: 'President of Russia (as of February 2026)',
    aliases: [
      { text: 'Vladimir Putin', kind: 'name' },
      { text: 'Vladimir Vladimirovich Putin', kind: 'name' },
      { text: 'Putin', kind: 'short' },
      { text: 'President Putin', kind: 'title' },
      { text: 'Владимир Владимирович Путин', kind: 'native', lang: 'ru' },
      { text: 'Владимир Путин', kind: 'native', lang: 'ru' },
      { text: 'Путин', kind: 'native', lang: 'ru' },
      { text: 'Путина', kind: 'native', lang: 'ru', note: 'Genitive case.' },
      { text: 'فلاديمير بوتين', kind: 'native', lang: 'ar' },
      { text: 'بوتين', kind: 'native', lang: 'ar' },
    ],
    nativeNames: [
      { lang: 'ru', text: 'Владимир Владимирович Путин' },
      {
        lang: 'ar',
        text: 'فلاديمير بوتين',
        source:
          'https://www.shafaq.com/en/World/Putin-al-Sharaa-agree-to-resume-the-Russian-Syrian-joint-committee-soon',
      },
    ],
    note: {
      text: 'President of Russia from 2000 to 2008 and again since 2012, with four years as prime minister in between; he began a fifth term in May 2024. He ordered the full-scale invasion of Ukraine in February 2022. He received Syria’s interim president Ahmed al-Sharaa in the Kremlin in October 2025 and again in January 2026.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Born on 7 October 1952; a former KGB officer. Acting president from 31 December 1999, when Boris Yeltsin resigned; president 2000–2008, prime minister 2008–2012, president again since 2012.',
        sources: ['https://www.diplomaticpress.com/vladimir-vladimirovich-putin/'],
      },
      {
        text: 'Sworn in for a fifth term on 7 May 2024; constitutional changes in 2020 reset the count of his terms.',
        sources: ['https://interfax.com/newsroom/top-stories/102063/'],
      },
      {
        text: 'On 24 February 2022 he announced a “special military operation” against Ukraine, saying it was meant to protect people in Donbas from what he called genocide and to “demilitarise and denazify” Ukraine.',
        sources: [
          'https://www.thehindu.com/news/international/special-military-operation-aimed-at-demilitarisation-and-denazification-of-ukraine-putins-televised-address/article65080000.ece',
        ],
      },
      {
        text: 'Held talks of about two and a half hours with al-Sharaa in the Kremlin on 15 October 2025.',
        sources: ['https://tass.ru/politika/25354605'],
      },
      {
        text: 'Russia’s ambassador to Iraq said in April 2025 that Assad had been given asylum on Putin’s direct order and that this would not be reversed.',
        sources: [
          'https://www.middleeastmonitor.com/20250418-russia-refuses-to-extradite-assad-to-syria-diplomat-says/',
        ],
      },
    ],
    updates: [
      {
        date: '2026-01-28',
        text: 'Met al-Sharaa for a second time in Moscow.',
        sources: ['https://tass.com/politics/2078027'],
      },
    ],
    claims: ['s08-a'],
  },
  {
    id: 'ahmed-al-sharaa',
    name: 'Ahmed al-Sharaa',
    type: 'person',
    description:
      'President of Syria for the transitional period, since January 2025 (as of February 2026)',
    aliases: [
      { text: 'Ahmed al-Sharaa', kind: 'name' },
      { text: 'Ahmad al-Sharaa', kind: 'variant' },
      { text: 'Ahmed Hussein al-Sharaa', kind: 'name' },
      { text: 'Ahmed al-Shara', kind: 'variant' },
      { text: 'Ahmed ash-Sharaa', kind: 'variant', note: 'Transliterated from Russian.' },
      {
        text: 'Ahmed Ash-Sharara',
        kind: 'article',
        note: 'A transliteration of Russian “аш-Шараа”, with an extra “ra”.',
      },
      {
        text: 'Ash-Sharara',
        kind: 'article',
        note: 'A transliteration of Russian “аш-Шараа”, with an extra “ra”.',
      },
      {
        text: 'al-Sharaa',
        kind: 'short',
        ambiguous: true,
        context: { notThis: FAROUK },
      },
      {
        text: 'al-Shara',
        kind: 'short',
        ambiguous: true,
        context: { notThis: ['Farouk al-Shara', 'Farouq al-Shara', 'Faruq al-Shara'] },
      },
      { text: 'al-Shaara', kind: 'variant' },
      {
        text: 'Sharaa',
        kind: 'short',
        ambiguous: true,
        context: { notThis: [...FAROUK, 'Farouk Sharaa'], requireOnPage: ['syria'] },
      },
      { text: 'Abu Mohammad al-Julani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'Abu Mohammad al-Jolani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'Abu Mohammad al-Golani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'Abu Mohammed al-Julani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'Abu Mohammed al-Jolani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'Abu Mohammed al-Golani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'Abu Muhammed al-Jolani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'al-Julani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'al-Jolani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'al-Golani', kind: 'former', note: 'His former nom de guerre.' },
      { text: 'أحمد الشرع', kind: 'native', lang: 'ar' },
      { text: 'أبو محمد الجولاني', kind: 'native', lang: 'ar' },
      { text: 'Ахмед аш-Шараа', kind: 'native', lang: 'ru' },
      { text: 'аш-Шараа', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      { lang: 'ar', text: 'أحمد الشرع', source: 'https://wikimili.com/en/Ahmed_al-Sharaa' },
      { lang: 'ar', text: 'أبو محمد الجولاني' },
      {
        lang: 'ru',
        text: 'Ахмед аш-Шараа',
        source: 'https://www.vedomosti.ru/politics/news/2025/10/15/1147017-putin-provedet',
      },
    ],
    note: {
      text: 'Syria’s president for the transitional period since January 2025, after an offensive led by his group, Hay’at Tahrir al-Sham (HTS), ended Bashar al-Assad’s rule in December 2024. As Abu Mohammad al-Julani he had founded the al-Nusra Front in 2012 and led HTS from 2017. He visited Moscow in October 2025 and January 2026 and the White House in November 2025.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Born on 29 October 1982 in Riyadh to a Syrian family. Founded the al-Nusra Front in 2012 and led Hay’at Tahrir al-Sham from 2017 to 2025, using the nom de guerre Abu Mohammad al-Julani.',
        sources: ['https://wikimili.com/en/Ahmed_al-Sharaa'],
      },
      {
        text: 'Declared president for the transitional phase on 29 January 2025 by the Military Operations Command, at what it called a “victory conference”.',
        sources: [
          'https://www.anews.com.tr/middle-east/2025/01/29/al-sharaa-officially-appointed-as-transitional-president-of-syria',
        ],
      },
      {
        text: 'On 6 November 2025 the UN Security Council removed him and Interior Minister Anas Khattab from its ISIL/Al-Qaida sanctions list (Resolution 2799: 14 in favour, China abstaining).',
        sources: [
          'https://www.dailysabah.com/world/mid-east/un-lifts-sanctions-on-syrias-al-sharaa-ahead-of-meeting-with-trump',
          'https://particle.news/story/un-security-council-delists-syrias-president-lifts-un-bans-ahead-of-us-visit',
        ],
      },
      {
        text: 'Met President Trump at the White House on 10 November 2025; Syria then joined the US-led coalition against IS.',
        sources: [
          'https://jewishinsider.com/2025/11/donald-trump-syria-al-sharaa-anti-isis-coalition-white-house-meeting',
          'https://www.devdiscourse.com/article/politics/3693837-syria-joins-global-coalition-against-isis-amid-historic-white-house-visit',
        ],
      },
      {
        text: 'His first visit to Russia, for talks with Putin, was on 15 October 2025.',
        sources: ['https://tass.com/politics/2030019'],
      },
    ],
    updates: [
      {
        date: '2026-01-28',
        text: 'Visited Moscow a second time for talks with Putin.',
        sources: ['https://tass.com/world/2078095', 'https://tass.com/politics/2078027'],
      },
    ],
    claims: ['s08-a'],
  },
  {
    id: 'sergey-vershinin',
    name: 'Sergey Vershinin',
    type: 'person',
    description:
      'Russian diplomat; deputy foreign minister 2018–2026, then ambassador to Turkey (as of February 2026)',
    aliases: [
      { text: 'Sergey Vershinin', kind: 'name' },
      { text: 'Sergei Vershinin', kind: 'variant' },
      { text: 'Sergey Vasilyevich Vershinin', kind: 'name' },
      { text: 'Vershinin', kind: 'short' },
      {
        text: 'Sergei V\u0435rshinin',
        kind: 'article',
        note: 'Written with a Cyrillic “е” (U+0435) in place of the Latin “e”.',
      },
      {
        text: 'V\u0435rshinin',
        kind: 'article',
        note: 'Written with a Cyrillic “е” (U+0435) in place of the Latin “e”.',
      },
      { text: 'Verşinin', kind: 'variant', lang: 'tr', note: 'The Turkish spelling.' },
      { text: 'Сергей Васильевич Вершинин', kind: 'native', lang: 'ru' },
      { text: 'Сергей Вершинин', kind: 'native', lang: 'ru' },
      { text: 'Вершинин', kind: 'native', lang: 'ru' },
      { text: 'سيرغي فيرشينين', kind: 'native', lang: 'ar' },
    ],
    nativeNames: [
      {
        lang: 'ru',
        text: 'Сергей Васильевич Вершинин',
        source:
          'https://vestikavkaza.ru/analytics/putin-naznacil-versinina-poslom-rossii-v-turcii.html',
      },
      {
        lang: 'ar',
        text: 'سيرغي فيرشينين',
        source:
          'https://sarabic.ae/amp/20250731/%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D9%85%D8%B3%D8%AA%D9%85%D8%B1%D8%A9-%D9%85%D8%B9-%D8%AF%D9%85%D8%B4%D9%82-%D8%A8%D8%B4%D8%A3%D9%86-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-1103210030.html',
      },
    ],
    note: {
      text: 'A career Russian diplomat and Middle East specialist who took part in the Syria talks held in Astana, Geneva and Vienna. He was deputy foreign minister from March 2018, the post the article gives him, until February 2026, when he was named ambassador to Turkey.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Born on 24 July 1954; graduated from MGIMO in 1976 and has worked in the foreign ministry ever since.',
        sources: [
          'https://tvzvezda.ru/news/20262201022-wNByh.html',
          'https://vedomosti.ru/politics/news/2018/03/27/755022-putin-naznachil-novogo-zamestitelya-ministra-inostrannih-del',
        ],
      },
      {
        text: 'Head of the ministry’s Middle East and North Africa Department from February 2005 and the minister’s special representative for Middle East settlement; deputy foreign minister by decree from 27 March 2018.',
        sources: [
          'https://vedomosti.ru/politics/news/2018/03/27/755022-putin-naznachil-novogo-zamestitelya-ministra-inostrannih-del',
        ],
      },
      {
        text: 'Ambassador to Algeria from 1999 to 2003; took part in the Syria negotiations in Astana, Geneva and Vienna.',
        sources: [
          'https://www.hurriyet.com.tr/dunya/lavrovun-yardimcisi-turkiye-buyukelcisi-oldu-43113227',
        ],
      },
      {
        text: 'In an RTVI interview on 3 December 2025 he said Russia’s military bases in Syria were operating, had a stabilising role in Syria and the region, and could be used to receive humanitarian aid; he added that no sanctions restricted military-technical cooperation with Syria.',
        sources: [
          'https://tass.com/politics/2052995',
          'https://ria.ru/20251203/rossiya-2059536442.html',
          'https://www.kommersant.ru/doc/8250694',
        ],
      },
      {
        text: 'Still deputy foreign minister when he met al-Sharaa at Vnukovo airport on 28 January 2026.',
        sources: ['https://tass.com/world/2077833'],
      },
    ],
    updates: [
      {
        date: '2026-02-20',
        text: 'Relieved as deputy foreign minister and appointed Russia’s ambassador to Turkey, by decrees published on 20 February 2026; Georgy Borisenko became deputy minister.',
        sources: [
          'https://www.tvc.ru/news/337267',
          'https://vestikavkaza.ru/analytics/putin-naznacil-versinina-poslom-rossii-v-turcii.html',
        ],
      },
    ],
    claims: ['s06-a', 's06-b'],
  },
  {
    id: 'bashar-al-assad',
    name: 'Bashar al-Assad',
    type: 'person',
    description:
      'President of Syria from 2000 until December 2024; in exile in Russia since (as of February 2026)',
    aliases: [
      { text: 'Bashar al-Assad', kind: 'name' },
      { text: 'Bashar Hafez al-Assad', kind: 'name' },
      { text: 'Bashar Assad', kind: 'variant' },
      { text: 'Bashar al-Asad', kind: 'variant' },
      {
        text: 'al-Assad',
        kind: 'short',
        ambiguous: true,
        context: { notThis: OTHER_ASSADS.filter((p) => p.includes('al-Assad')) },
      },
      {
        text: 'Assad',
        kind: 'short',
        ambiguous: true,
        context: {
          notThis: OTHER_ASSADS,
          requireOnPage: ['syria', 'syrian-civil-war', 'fall-of-assad-2024', 'ahmed-al-sharaa'],
        },
      },
      { text: 'بشار حافظ الأسد', kind: 'native', lang: 'ar' },
      { text: 'بشار الأسد', kind: 'native', lang: 'ar' },
      { text: 'Башар Асад', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      {
        lang: 'ar',
        text: 'بشار حافظ الأسد',
        source: 'https://tomorrow.paperai.life/https://wn.com/Bashar_Al_Assad',
      },
      {
        lang: 'ru',
        text: 'Башар Асад',
        source: 'https://www.gazeta.ru/army/news/2025/12/13/27405487.shtml',
      },
    ],
    note: {
      text: 'Syria’s president from 2000, when he succeeded his father Hafez al-Assad, until December 2024, when he left the country as opposition forces took Damascus. He has lived in Moscow since, under asylum granted by Russia. Syria’s new authorities want him handed over for trial; Russia has refused.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Born on 11 September 1965 in Damascus. Trained as an ophthalmologist and went to London in 1992 to continue his studies; became heir after his brother Basil died in 1994.',
        sources: ['http://media-2.web.britannica.com/eb-diffs/020/711020-15670-400533.html'],
      },
      {
        text: 'Elected president unopposed on 10 July 2000, a month after his father Hafez al-Assad died on 10 June.',
        sources: ['http://media-2.web.britannica.com/eb-diffs/020/711020-15670-400533.html'],
      },
      {
        text: 'Left Syria on 8 December 2024 as opposition forces took Damascus; Russian agencies reported that he and his family had been given asylum in Moscow.',
        sources: [
          'https://jakartaglobe.id/news/bashar-assad-receives-asylum-from-moscow-russian-state-media-say',
          'https://dw.com/en/syria-updates-assad-in-russia-granted-asylum-reports/live-70993412',
        ],
      },
      {
        text: 'Syria’s new authorities asked for his extradition to stand trial. Russia refused (reported in April 2025), and al-Sharaa confirmed the refusal.',
        sources: [
          'https://www.middleeastmonitor.com/20250418-russia-refuses-to-extradite-assad-to-syria-diplomat-says/',
          'https://insidermails.com/en/amp/news/280839',
        ],
        asOf: '2026-02',
      },
      {
        text: 'Reported in hospital in Moscow in September 2025, with the Syrian Observatory alleging poisoning; Russia’s foreign minister Lavrov denied any poisoning on 13 October 2025.',
        sources: ['https://en.wikipedia.org/wiki/Proposed_handover_of_Bashar_al-Assad_to_Syria'],
      },
    ],
    claims: ['s10-a', 's13-a'],
  },
  {
    id: 'asaad-al-shaibani',
    name: 'Asaad al-Shaibani',
    type: 'person',
    description: 'Foreign minister of Syria since December 2024 (as of February 2026)',
    aliases: [
      { text: 'Asaad al-Shaibani', kind: 'name' },
      { text: 'Asaad Hassan al-Shaibani', kind: 'name' },
      { text: 'Asaad al-Shibani', kind: 'variant' },
      { text: 'Asaad Hassan al-Shibani', kind: 'variant' },
      { text: 'Asaad Al-Shaybani', kind: 'variant' },
      { text: 'Assad al-Shaibani', kind: 'variant' },
      {
        text: 'Assad al-Shibani',
        kind: 'article',
        note: 'From Russian “Асаад аш-Шибани”. His given name, As’ad, is unrelated to the Assad family.',
      },
      {
        text: 'al-Shaibani',
        kind: 'short',
        ambiguous: true,
        context: {
          requireOnPage: ['syria', 'syrian-foreign-ministry', 'syrian-transitional-government'],
        },
      },
      {
        text: 'al-Shibani',
        kind: 'short',
        ambiguous: true,
        context: {
          requireOnPage: ['syria', 'syrian-foreign-ministry', 'syrian-transitional-government'],
        },
      },
      {
        text: 'al-Sheibani',
        kind: 'short',
        ambiguous: true,
        context: {
          requireOnPage: ['syria', 'syrian-foreign-ministry', 'syrian-transitional-government'],
        },
      },
      { text: 'Zaid al-Attar', kind: 'former', note: 'The name Syrian media say he used in HTS.' },
      { text: 'أسعد حسن الشيباني', kind: 'native', lang: 'ar' },
      { text: 'أسعد الشيباني', kind: 'native', lang: 'ar' },
      {
        text: 'زيد العطار',
        kind: 'native',
        lang: 'ar',
        note: 'The name Syrian media say he used in HTS.',
      },
      { text: 'Асаад аш-Шибани', kind: 'native', lang: 'ru' },
      { text: 'Асаад аш-Шейбани', kind: 'native', lang: 'ru' },
    ],
    nativeNames: [
      {
        lang: 'ar',
        text: 'أسعد حسن الشيباني',
        source:
          'https://arabic.rt.com/middle_east/1739422-%D9%82%D8%AA%D9%84-%D9%81%D9%8A%D9%87-%D8%AC%D9%86%D9%88%D8%AF-%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A%D9%88%D9%86-%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%AF%D9%8A%D9%86-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85-%D8%A7%D9%84%D8%A5%D8%B1%D9%87%D8%A7%D8%A8%D9%8A-%D8%A8%D8%A7%D9%84%D9%82%D8%B1%D8%A8-%D9%85%D9%86-%D8%AA%D8%AF%D9%85%D8%B1',
      },
      {
        lang: 'ar',
        text: 'زيد العطار',
        source:
          'https://elmanshar.com/2024/12/21/%d8%a3%d8%b3%d8%b9%d8%af-%d8%ad%d8%b3%d9%86-%d8%a7%d9%84%d8%b4%d9%8a%d8%a8%d8%a7%d9%86%d9%8a',
      },
      {
        lang: 'ru',
        text: 'Асаад аш-Шибани',
        source: 'https://www.rbc.ru/politics/19/10/2025/68f4026f9a79471876c9f4a0',
      },
      {
        lang: 'ru',
        text: 'Асаад аш-Шейбани',
        source: 'https://www.gazeta.ru/politics/news/2025/10/18/26986412.shtml',
      },
    ],
    note: {
      text: 'Syria’s foreign minister since 21 December 2024. He came from the Idlib-based Syrian Salvation Government, where he headed political affairs, and Syrian media identify him with the HTS foreign-relations official once known as Zaid al-Attar. In October 2025 he said Syria’s Assad-era agreements with Russia were suspended and the Russian bases were under negotiation.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Born in 1987 in Hasakah; graduated in English language and literature from Damascus University in 2009.',
        sources: ['https://trt.global/world/article/18245934'],
      },
      {
        text: 'Named foreign minister on 21 December 2024. Earlier a founding member (2017) of the Syrian Salvation Government in Idlib and head of its political affairs department; holds a master’s degree from Istanbul Sabahattin Zaim University.',
        sources: ['https://rudaw.net/english/middleeast/syria/211220245'],
      },
      {
        text: 'Syrian media identify him as the HTS foreign-relations official formerly known as “Zaid al-Attar”.',
        sources: [
          'https://elmanshar.com/2024/12/21/%d8%a3%d8%b3%d8%b9%d8%af-%d8%ad%d8%b3%d9%86-%d8%a7%d9%84%d8%b4%d9%8a%d8%a8%d8%a7%d9%86%d9%8a',
          'https://nhs-media.com/syrias-interim-foreign-minister-asaad-shaibani-to-embark-on-regional-diplomatic-tour/',
        ],
      },
      {
        text: 'On 31 July 2025 he was the first senior Syrian official to visit Moscow after Assad’s fall; with Lavrov he spoke of reviewing the agreements concluded under Assad.',
        sources: [
          'https://gulfnews.com/world/mena/russia-syria-to-bolster-ties-review-assad-era-agreements-2-1.500218264',
        ],
      },
      {
        text: 'In an Al-Ikhbariya interview reported on 18–19 October 2025 he said Syria and Russia had no new agreements yet, that the agreements made with the former government were suspended, that the Russian bases were under negotiation, and that Assad’s fate had been raised.',
        sources: [
          'https://www.gazeta.ru/politics/news/2025/10/18/26986412.shtml',
          'https://www.rbc.ru/politics/19/10/2025/68f4026f9a79471876c9f4a0',
          'https://www.kommersant.ru/doc/8137984',
        ],
      },
      {
        text: 'Condemned the 13 December 2025 attack near Palmyra on a joint Syrian–US counter-terrorism patrol and offered condolences to the United States.',
        sources: [
          'https://arabic.rt.com/middle_east/1739422-%D9%82%D8%AA%D9%84-%D9%81%D9%8A%D9%87-%D8%AC%D9%86%D9%88%D8%AF-%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A%D9%88%D9%86-%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%AF%D9%8A%D9%86-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85-%D8%A7%D9%84%D8%A5%D8%B1%D9%87%D8%A7%D8%A8%D9%8A-%D8%A8%D8%A7%D9%84%D9%82%D8%B1%D8%A8-%D9%85%D9%86-%D8%AA%D8%AF%D9%85%D8%B1',
        ],
      },
    ],
    claims: ['s12-a'],
  },
];
