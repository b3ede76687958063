/** Media named in the article. Facts and sources: shared/reference/facts.md (O1); notes are ours. */
import type { Entity } from '../schema';

const ALMODON_DAMASCUS_BULLETIN =
  'https://www.almodon.com/media/2025/10/27/%D8%AA%D9%84%D9%81%D8%B2%D9%8A%D9%88%D9%86-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%8A%D8%A8%D8%AB-%D8%A3%D9%88%D9%84-%D9%86%D8%B4%D8%B1%D8%A9-%D8%A5%D8%AE%D8%A8%D8%A7%D8%B1%D9%8A%D8%A9-%D9%85%D9%86-%D8%AF%D9%85%D8%B4%D9%82';
const DAILY_SABAH_ANNIVERSARY =
  'https://www.dailysabah.com/world/mid-east/syrian-television-in-istanbul-celebrates-3rd-anniversary';

export const MEDIA: Entity[] = [
  {
    id: 'syria-tv',
    name: 'Syria TV',
    type: 'media',
    description:
      'Private Arabic-language TV channel founded by Syrian journalists in Istanbul in 2018; not Syrian state TV',
    aliases: [
      { text: 'Syria TV', kind: 'name' },
      { text: 'Syria Television', kind: 'variant' },
      { text: 'Suriye TV', kind: 'variant', lang: 'tr', note: 'Its Turkish name.' },
      { text: 'تلفزيون سوريا', kind: 'native', lang: 'ar' },
    ],
    nativeNames: [{ lang: 'ar', text: 'تلفزيون سوريا', source: ALMODON_DAMASCUS_BULLETIN }],
    note: {
      text: 'A private Arabic-language channel set up in Istanbul in 2018 by Syrian journalists, within the Qatari Fadaat Media group, as an alternative to Assad-government media. By its own account it has broadcast from Damascus since December 2024, and it received a Syrian licence in September 2025. It is not Syria’s state broadcaster, whose outlets are SANA and Al-Ikhbariya.',
      asOf: '2026-02',
    },
    facts: [
      {
        text: 'Founded in March 2018 in Istanbul by Syrian journalists, as part of the Qatari Fadaat Media group; about 200 staff in 2021.',
        sources: [DAILY_SABAH_ANNIVERSARY],
      },
      {
        text: 'Set out to be an alternative to the Assad government’s media and aligned itself with the values of the 2011 uprising.',
        sources: [
          DAILY_SABAH_ANNIVERSARY,
          'https://www.newarab.com/news/syria-tv-marks-third-anniversary-timely-new-programmes',
        ],
      },
      {
        text: 'Says it has broadcast from Damascus since 9 December 2024; it received a licence from the Syrian Information Ministry in September 2025 and aired its first bulletin from its Damascus headquarters in October 2025.',
        sources: [
          'https://www.alaraby.co.uk/entertainment_media/%D8%AA%D9%84%D9%81%D8%B2%D9%8A%D9%88%D9%86-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%83%D9%84%D9%85%D8%A7%D8%AA-%D9%81%D9%8A-%D8%B0%D9%83%D8%B1%D9%89-%D8%B3%D9%82%D9%88%D8%B7-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85',
          ALMODON_DAMASCUS_BULLETIN,
        ],
      },
      {
        text: 'Described as a “private broadcaster” in January 2026 reporting.',
        sources: [
          'https://www.dailysabah.com/world/mid-east/syrian-president-al-sharaa-heads-to-moscow-for-talks-with-putin',
        ],
        asOf: '2026-01',
      },
      {
        text: 'On 13 December 2025 it reported, as relayed by RIA Novosti and Sputnik, that joint Syrian and US forces had been attacked near Palmyra, with wounded on both sides and one Syrian serviceman killed, and that US helicopters flew the wounded to al-Tanf.',
        sources: [
          'https://news.mail.ru/incident/69085085/',
          'https://sputnikglobe.com/20251213/one-dead-several-hurt-in-attack-on-us-syrian-troops-near-palmyra---reports-1123289828.html',
        ],
      },
      {
        text: 'On 14 December 2025 it reported US flares over Palmyra and at least three arrests.',
        sources: ['https://www.gazeta.ru/army/news/2025/12/14/27407101.shtml'],
      },
    ],
    claims: ['s01-a'],
  },
];
