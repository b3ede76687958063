import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SENTENCES, articleText } from '../../../../data/article';
import { DATASET } from '../../../../data/index';
import {
  acceptOnPage,
  compileTable,
  createMatcher,
  emptyEvidence,
  mergeEvidence,
  scanText,
  type Match,
  type Matcher,
  type MatcherTable,
} from '../../../../lib/matcher';
import { MATCHER_FORMAT } from '../../../../lib/matcher/types';
import {
  foldCodePoint,
  foldText,
  foldWithOffsets,
  isWordCodePoint,
} from '../../../../lib/matcher/normalize';

const matcher = createMatcher(compileTable(DATASET));
const found = (text: string) => scanText(matcher, text).map((m) => [m.surface, m.entity]);

describe('matching the dataset', () => {
  it.each([
    ['whole words only', 'Rasputin and Putinism, not Putin.', [['Putin', 'vladimir-putin']]],
    [
      'possessives',
      "Syria’s army and Russia's bases",
      [
        ['Syria', 'syria'],
        ['Russia', 'russia'],
      ],
    ],
    [
      'case and full width',
      'SYRIA and ｓｙｒｉａ',
      [
        ['SYRIA', 'syria'],
        ['ｓｙｒｉａ', 'syria'],
      ],
    ],
    [
      'diacritics, precomposed and combining',
      'Sýria, Syri\u0301a',
      [
        ['Sýria', 'syria'],
        ['Syri\u0301a', 'syria'],
      ],
    ],
    [
      'a Cyrillic е inside a Latin name',
      'V\u0435rshinin said',
      [['V\u0435rshinin', 'sergey-vershinin']],
    ],
    [
      'a soft hyphen inside a word',
      'Ver\u00adshinin said',
      [['Ver\u00adshinin', 'sergey-vershinin']],
    ],
    [
      'line breaks and nbsp inside a name',
      'Vladimir\n   Putin and Vladimir\u00a0Putin',
      [
        ['Vladimir\n   Putin', 'vladimir-putin'],
        ['Vladimir\u00a0Putin', 'vladimir-putin'],
      ],
    ],
    ['typographic dashes', 'the Syria–Iraq border', [['Syria–Iraq border', 'iraq-syria-border']]],
    [
      'longest match wins',
      'the Syrian Foreign Ministry said',
      [['Syrian Foreign Ministry', 'syrian-foreign-ministry']],
    ],
    [
      'the foreign minister is not Bashar al-Assad',
      'Assad al-Shibani and Syria',
      [
        ['Assad al-Shibani', 'asaad-al-shaibani'],
        ['Syria', 'syria'],
      ],
    ],
    ['Asma al-Assad is not Bashar', 'Asma al-Assad visited Syria', [['Syria', 'syria']]],
    ['Moscow, Idaho is not Moscow', 'Moscow, Idaho has a university.', []],
    [
      'Palmyra Atoll is not Palmyra',
      'Palmyra Atoll lies in the Pacific, far from Syria.',
      [['Syria', 'syria']],
    ],
    [
      'Palmyra in Syria',
      'Palmyra is in Syria.',
      [
        ['Palmyra', 'palmyra'],
        ['Syria', 'syria'],
      ],
    ],
    [
      'US only in capitals',
      'let us see the US and U.S. forces',
      [
        ['US', 'united-states'],
        ['U.S.', 'united-states'],
      ],
    ],
    [
      'US not in locale and charset codes, nor as "us" in capitals',
      'lang="en-US" in US-ASCII. FOLLOW US. CONTACT US. US-led talks; states that follow US sanctions',
      [
        ['US', 'united-states'],
        ['US', 'united-states'],
      ],
    ],
    [
      'US not as a currency sign, nor in a language menu',
      'GDP of US$1.82 trillion, more than US$ 100.000; English (US) | English (UK); US forces',
      [['US', 'united-states']],
    ],
    [
      'USA not in the newspaper’s name',
      'USA Today and USA TODAY report on the USA',
      [['USA', 'united-states']],
    ],
    [
      'a name after an emoji',
      '😀Syria and 𝐒yria',
      [
        ['Syria', 'syria'],
        ['𝐒yria', 'syria'],
      ],
    ],
    [
      'Russian spellings',
      'Путин встретился с аш-Шараа',
      [
        ['Путин', 'vladimir-putin'],
        ['аш-Шараа', 'ahmed-al-sharaa'],
      ],
    ],
    [
      'Arabic spellings',
      'التقى بوتين مع أحمد الشرع',
      [
        ['بوتين', 'vladimir-putin'],
        ['أحمد الشرع', 'ahmed-al-sharaa'],
      ],
    ],
    [
      'a block separator is a boundary',
      'Syria\u0000Russia',
      [
        ['Syria', 'syria'],
        ['Russia', 'russia'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves demonyms alone unless asked', () => {
    expect(found('Syrian and Russian troops')).toEqual([]);
    expect(
      scanText(matcher, 'Syrian and Russian troops', { demonyms: true }).map((m) => m.entity),
    ).toEqual(['syria', 'russia']);
  });

  it('finds exactly the mentions of the seed article', () => {
    const paragraphs = [0, 1].map((p) =>
      ARTICLE_SENTENCES.filter((s) => s.paragraph === p)
        .map((s) => s.text)
        .join(' '),
    );
    expect(articleText()).toContain(paragraphs[0]?.slice(0, 40));
    const mentions = scanText(matcher, articleText()).map((m) => `${m.surface} → ${m.entity}`);
    // Written by hand from reading the article, not from the matcher's output.
    expect(mentions).toEqual([
      'Syria → syria',
      'United States → united-states',
      'Palmyra → palmyra',
      'Syria TV → syria-tv',
      'Et-Tanf → al-tanf',
      'U.S. military → us-forces-in-syria',
      'Syria-Iraq border → iraq-syria-border',
      'U.S. → united-states',
      'Syria → syria',
      'Syrian government → syrian-transitional-government',
      'Russia → russia',
      'Syria → syria',
      'Sergei V\u0435rshinin → sergey-vershinin',
      'Moscow → moscow',
      'Middle East → middle-east',
      'Syria → syria',
      'Vladimir Putin → vladimir-putin',
      'Ahmed Ash-Sharara → ahmed-al-sharaa',
      'power transition in Syria → fall-of-assad-2024',
      'Syrian Foreign Ministry → syrian-foreign-ministry',
      'Russia → russia',
      'Bashar al-Assad → bashar-al-assad',
      'Syria → syria',
      'Russia → russia',
      'Assad al-Shibani → asaad-al-shaibani',
      'Syria → syria',
      'Assad → bashar-al-assad',
      'Syria → syria',
      'Russia → russia',
      'conflict in Ukraine → russian-invasion-of-ukraine',
      'Donbass → donbas',
      'Maidan revolution → maidan-revolution',
      'Russia → russia',
      'Syria → syria',
      'Ukraine → ukraine',
      'Russia → russia',
    ]);
  });
});

describe('the survey', () => {
  it('finds names inside words too, but nothing where no alias occurs', () => {
    const text = 'xSyriax and nothing else';
    expect(scanText(matcher, text)).toEqual([]);
    expect(surveyStarts(matcher, text)).toEqual([1]);
    expect(surveyStarts(matcher, 'the weather in Lisbon today')).toEqual([]);
  });

  it('keeps case-sensitive aliases case-sensitive and demonyms behind their setting', () => {
    expect(surveyStarts(matcher, 'a bus for us')).toEqual([]);
    expect(surveyStarts(matcher, 'the US said')).toEqual([4]);
    expect(surveyStarts(matcher, 'an American view')).toEqual([]);
    expect(matcher.survey('an American view', { demonyms: true })).toEqual([3]);
  });
});

describe('building', () => {
  it('compiles the automaton itself for a table that ships none', () => {
    const { automaton: _shipped, ...bare } = compileTable(DATASET);
    expect(createMatcher(bare).scan(articleText())).toEqual(matcher.scan(articleText()));
  });
});

describe('page evidence', () => {
  it('holds a requireOnPage match until the page gives evidence', () => {
    const { matches, evidence } = matcher.scan('Assad spoke.');
    const assad = matches[0];
    expect(assad?.needsPage).toContain('syria');
    expect(assad && acceptOnPage(assad, evidence)).toBe(false);
    const page = emptyEvidence();
    expect(mergeEvidence(page, evidence)).toBe(false);
    expect(mergeEvidence(page, matcher.scan('News from Syria.').evidence)).toBe(true);
    expect(assad && acceptOnPage(assad, page)).toBe(true);
  });

  it('vetoes an alias page-wide after a notOnPageWith phrase', () => {
    const page = emptyEvidence();
    const first = matcher.scan('Moscow is the capital.');
    const moscow = first.matches[0];
    mergeEvidence(page, first.evidence);
    expect(moscow && acceptOnPage(moscow, page)).toBe(true);
    mergeEvidence(page, matcher.scan('Moscow, Idaho, is a college town.').evidence);
    expect(moscow && acceptOnPage(moscow, page)).toBe(false);
  });
});

describe('the compiled table', () => {
  it('is JSON-safe and names every entity', () => {
    const table = compileTable(DATASET);
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    expect(table.entities.map((e) => e.id)).toEqual(DATASET.entities.map((e) => e.id));
    expect(table.aliases.filter((a) => a.entity === -1).every((a) => a.kind === 'not-this')).toBe(
      true,
    );
  });

  it('carries each alias already folded, as the matcher would fold it', () => {
    for (const alias of compileTable(DATASET).aliases) {
      expect([alias.text, alias.key]).toEqual([alias.text, foldText(alias.text)]);
      if (alias.caseSensitive) expect(alias.caseKey).toBe(foldText(alias.text, true));
    }
  });

  it('ships an automaton that scans exactly like one compiled on the spot', () => {
    const { automaton, ...bare } = compileTable(DATASET);
    expect(automaton?.patterns.length).toBeGreaterThan(250);
    const text = `${articleText()} Moscow, Idaho. Palmyra Atoll. Syrian Foreign Ministry.`;
    expect(createMatcher(bare).scan(text)).toEqual(matcher.scan(text));
  });

  it('ignores a shipped automaton built for other patterns', () => {
    const table = compileTable(DATASET);
    const stale = {
      ...table,
      automaton: compileTable({ ...DATASET, entities: DATASET.entities.slice(0, 3) }).automaton,
    };
    expect(createMatcher(stale).scan(articleText())).toEqual(matcher.scan(articleText()));
  });

  it('refuses an alias that folds to nothing', () => {
    const table: MatcherTable = {
      format: MATCHER_FORMAT,
      datasetVersion: 't',
      entities: [{ id: 'x', name: 'X', type: 'place' }],
      aliases: [{ text: '\u200b\u00ad', entity: 0, kind: 'name' }],
    };
    expect(() => createMatcher(table)).toThrow(/alias 0 .* folds to nothing/);
  });
});

/**
 * A naive reference: fold the whole text, look for every alias with indexOf, map back through the
 * offset map, check the boundaries with regular expressions, then take leftmost-longest.
 */
/** A character that a boundary check looks at: one that folds to something, or a mark. */
const visible = (c: string) => foldCodePoint(c.codePointAt(0) ?? 0) !== '' || /\p{M}/u.test(c);

function reference(table: MatcherTable, text: string): [number, number, string][] {
  const { folded, starts, ends } = foldWithOffsets(text);
  const candidates: [number, number, number][] = [];
  table.aliases.forEach((alias, index) => {
    const pattern = foldText(alias.text);
    for (let at = folded.indexOf(pattern); at >= 0; at = folded.indexOf(pattern, at + 1)) {
      const start = starts[at] ?? -1;
      const last = at + pattern.length - 1;
      if (start < 0 || (starts[last + 1] ?? 0) === -1) continue;
      let end = ends[last] ?? 0;
      while (/\p{M}/u.test(text[end] ?? '')) end++;
      const before = [...text.slice(0, start)].reverse().find(visible);
      const after = [...text.slice(end)].find(visible);
      const isWord = (c: string | undefined) =>
        c !== undefined && isWordCodePoint(c.codePointAt(0) ?? 0);
      // An end that is a letter, a digit, or one of . ' : (which join letters) needs a non-word
      // neighbour; any other is a word's edge already ("US$1").
      const needs = (c: string | undefined) => isWord(c) || (c !== undefined && ".':".includes(c));
      if (needs(pattern[0]) && isWord(before)) continue;
      if (needs(pattern.at(-1)) && isWord(after)) continue;
      candidates.push([start, end, index]);
    }
  });
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1] || a[2] - b[2]);

  const out: [number, number, string][] = [];
  let reach = -1;
  for (const [start, end, index] of candidates) {
    if (start < reach) continue;
    reach = end;
    out.push([start, end, table.entities[table.aliases[index]?.entity ?? -1]?.id ?? '']);
  }
  return out;
}

function surveyStarts(matcher: Matcher, text: string): number[] {
  return matcher.survey(text);
}

describe('against a naive reference', () => {
  const table: MatcherTable = {
    format: MATCHER_FORMAT,
    datasetVersion: 'test',
    entities: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id, type: 'place' as const })),
    aliases: [
      { text: 'Syria', entity: 0, kind: 'name' },
      { text: 'Syria TV', entity: 1, kind: 'name' },
      { text: 'Iraq–Syria border', entity: 2, kind: 'name' },
      { text: 'al-Tanf', entity: 3, kind: 'name' },
      { text: 'Straße', entity: 4, kind: 'name' },
      { text: 'Tanf', entity: 3, kind: 'short' },
      { text: 'U.S.', entity: 4, kind: 'abbreviation' },
      { text: '$US', entity: 4, kind: 'abbreviation' },
    ],
  };
  const plain = createMatcher(table);
  const pieces = fc.constantFrom(
    'Syria',
    'SYRIA',
    'Sýria',
    'Syria TV',
    'syria\u00a0tv',
    'Iraq-Syria border',
    'Iraq',
    '-',
    'al',
    'Tanf',
    'al\u00adTanf',
    'strasse',
    'STRASSE',
    'Straße',
    'ß',
    ' ',
    '  ',
    '\n',
    '’s',
    "'",
    'x',
    'é',
    '\u0301',
    '😀',
    '\u200b',
    'TV',
    'border',
    '.',
    ',',
    'Ｓｙｒｉａ',
    'V\u0435r',
    'U.S.',
    'U.S.C.',
    'U.S',
    '$US',
    '$',
    '1',
  );

  it('finds the same matches on random text with aliases planted in it', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        const got = plain
          .scan(text)
          .matches.map((m): [number, number, string] => [m.start, m.end, m.entity]);
        expect(got).toEqual(reference(table, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('surveys a superset: every match of any part of the text starts where the survey says', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const starts = new Set(surveyStarts(plain, text));
        // Any slice of the text stands for a block of a page: its matches must start on survey hits.
        const from = text.length === 0 ? 0 : a % text.length;
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        for (const m of plain.scan(text.slice(from, to)).matches) {
          expect(starts.has(from + m.start)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives offsets that slice back to the surface', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 25 }),
        fc.string({ maxLength: 5 }),
        (parts, noise) => {
          const text = noise + parts.join('') + noise;
          for (const m of plain.scan(text).matches as Match[]) {
            expect(text.slice(m.start, m.end)).toBe(m.surface);
            expect(foldText(m.surface)).toBe(foldText(table.aliases[m.alias]?.text ?? ''));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
